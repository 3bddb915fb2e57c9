// The embed build's css`…` minifier, and the list of styles modules it builds as one stylesheet.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { test } from 'node:test';
import { mergeStyleList } from '../../scripts/minify-lit-css.js';

const sheets = {
  'src/styles/a.styles.ts':
    "import { css } from 'lit';\n// a\nexport const a = css`\n  p {\n    margin: 0;\n  }\n`;\n",
  'src/styles/b.styles.ts':
    "import { css } from 'lit';\nexport const b = css`\n  @media print {\n    p { color: #000; }\n  }\n`;\n",
};
const read = (file) => sheets[Object.keys(sheets).find((name) => resolve(name) === file)];
const list = [
  'import { b } from "./styles/b.styles.ts";',
  'import { a } from "./styles/a.styles.ts";',
  'export const styles = [',
  '\ta,',
  '\tb',
  '];',
].join('\n');

test('a list of styles modules becomes one minified css`…` of their text, in list order', () => {
  const merged = mergeStyleList(list, resolve('src/all.styles.ts'), read);
  assert.equal(
    merged.code,
    "import { css } from 'lit';\nexport const styles = css`p{margin:0}@media print{p{color:#000}}`;\n",
  );
  assert.deepEqual(merged.files, [
    resolve('src/styles/a.styles.ts'),
    resolve('src/styles/b.styles.ts'),
  ]);
});

test('any other module is left to the per-template minifier', () => {
  assert.equal(
    mergeStyleList(sheets['src/styles/a.styles.ts'], resolve('src/styles/a.styles.ts'), read),
    null,
  );
  const notAllStyles = `${list}\nimport { c } from "./c.ts";`.replace('\tb\n', '\tb,\n\tc\n');
  assert.equal(mergeStyleList(notAllStyles, resolve('src/all.styles.ts'), read), null);
});

test('the element’s own list is built as one stylesheet holding all five files', () => {
  const file = resolve('src/quiz-element.styles.ts');
  const merged = mergeStyleList(readFileSync(file, 'utf8'), file);
  assert.equal(merged.files.length, 5);
  assert.equal(merged.code.match(/\bcss`/g).length, 1);
  for (const rule of [
    ':host{',
    '.option{',
    '.visually-hidden{',
    '@media print{',
    '@media (forced-colors:active){',
  ]) {
    assert.ok(merged.code.includes(rule), rule);
  }
  assert.ok(
    merged.code.indexOf('@media print{') < merged.code.indexOf('@media (forced-colors'),
    'cascade order',
  );
});
