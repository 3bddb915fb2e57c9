// Vite plugin for the embed build: minifies the CSS inside Lit's css`…` templates with
// lightningcss (Vite's own CSS minifier). JS minifiers leave template text as is, and our styles
// are a fifth of the element's weight. Templates with ${} interpolations are left alone.
//
// The element's stylesheet is written in five files by concern, listed in cascade order by
// src/quiz-element.styles.ts (`export const styles = [base, screens, …]`). Such a list of other
// styles modules' css`…` is built as one css`…` of their text joined in the same order: the same
// rules in the same cascade (the sheets of a list apply in its order, as one sheet would), in one
// template and one constructed sheet instead of five (measured on 2026-11-27: 40 B gzip English,
// 35 B Spanish; lightningcss writes the same rules either way). test/build/minify-lit-css.test.js.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { transform } from 'lightningcss';

const cssTemplate = /\bcss`([^`$]*)`/g;
const styleImport = /^import \{ (\w+) \} from (['"])(\.{1,2}\/[^'"]+\.styles\.ts)\2;$/gm;
const styleList = /^export const (\w+) = \[([\w\s,]+)\];$/m;

function minifyCss(filename, text) {
  const { code } = transform({ filename, code: Buffer.from(text), minify: true });
  return code.toString().replaceAll('\\', '\\\\');
}

/**
 * A styles module that only lists other styles modules' css`…` (`export const styles = [a, b]`,
 * each imported from a .styles.ts file that exports it as one css`…` without ${}) as a single
 * css`…` of their text in list order; null for any other module.
 */
export function mergeStyleList(code, id, read = (file) => readFileSync(file, 'utf8')) {
  const list = styleList.exec(code);
  if (!list) return null;
  const imports = new Map(
    [...code.matchAll(styleImport)].map(([, name, , path]) => [name, resolve(dirname(id), path)]),
  );
  const names = list[2]
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  if (names.length === 0 || !names.every((name) => imports.has(name))) return null;
  const files = names.map((name) => imports.get(name));
  const texts = names.map((name, i) => {
    const sheet = new RegExp(`^export const ${name} = css\`([^\`$]*)\`;$`, 'm').exec(
      read(files[i]),
    );
    if (!sheet) throw new Error(`minify-lit-css: ${files[i]} has no plain css\`…\` named ${name}`);
    return sheet[1];
  });
  return {
    files,
    code: `import { css } from 'lit';\nexport const ${list[1]} = css\`${minifyCss(id, texts.join('\n'))}\`;\n`,
  };
}

export function minifyLitCss() {
  return {
    name: 'minify-lit-css',
    transform(code, id) {
      if (!id.endsWith('.styles.ts')) return null;
      const merged = mergeStyleList(code, id);
      if (merged) {
        for (const file of merged.files) this.addWatchFile(file);
        return { code: merged.code, map: null };
      }
      return code.replace(cssTemplate, (_, text) => `css\`${minifyCss(id, text)}\``);
    },
  };
}
