// Typed use for TypeScript users, generated from the manifest by scripts/framework-types.js into
// dist/frameworks/ and shipped as 'ex-back-quiz/react' and 'ex-back-quiz/vue': the files say what
// dist/custom-elements.json says, and tsc compiles small consumers (test/frameworks/types/) that
// must typecheck, with their @ts-expect-error lines (a wrong prop type, a wrong event detail, a
// wrong ref) really errors, and without the types, <ex-back-quiz> in JSX must be an error.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';

const manifest = JSON.parse(readFileSync('dist/custom-elements.json', 'utf8'));
const element = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .find((declaration) => declaration.customElement);

/** tsc on a project; returns its exit code and output. */
function tsc(project) {
  const run = spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', project], {
    encoding: 'utf8',
  });
  return { status: run.status, output: `${run.stdout}${run.stderr}` };
}

test('the package exports the types, each with an empty module beside it', () => {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
  for (const name of ['react', 'vue']) {
    assert.deepEqual(pkg.exports[`./${name}`], {
      types: `./dist/frameworks/${name}.d.ts`,
      default: `./dist/frameworks/${name}.js`,
    });
    assert.match(
      fileURLToPath(import.meta.resolve(`ex-back-quiz/${name}`)),
      new RegExp(`/dist/frameworks/${name}\\.js$`),
    );
  }
  assert.ok(pkg.files.includes('dist/frameworks'), 'files ships dist/frameworks');
});

test('the React and Vue declarations name every attribute and event of the manifest', () => {
  const react = readFileSync('dist/frameworks/react.d.ts', 'utf8');
  const vue = readFileSync('dist/frameworks/vue.d.ts', 'utf8');
  assert.match(react, new RegExp(`'${element.tagName}': ${element.name}JsxProps;`));
  assert.match(vue, new RegExp(`'${element.tagName}': DefineComponent<${element.name}VueProps>;`));
  for (const attribute of element.attributes) {
    assert.ok(
      react.includes(`${attribute.name.includes('-') ? `'${attribute.name}'` : attribute.name}?:`),
      attribute.name,
    );
    assert.ok(vue.includes(`${attribute.fieldName}?:`), attribute.fieldName);
  }
  for (const event of element.events) {
    assert.ok(
      react.includes(`'on${event.name}'?: (event: ${event.type.text}) => void;`),
      event.name,
    );
    const handler = `on${event.name.replace(/(^|-)(\w)/g, (_, _dash, letter) => letter.toUpperCase())}`;
    assert.ok(vue.includes(`${handler}?: (event: ${event.type.text}) => void;`), handler);
  }
});

test('a React 19 .tsx and a Vue consumer typecheck with the types; each wrong prop is an error', () => {
  const { status, output } = tsc('test/frameworks/types/tsconfig.json');
  assert.equal(status, 0, output);
});

test('without ex-back-quiz/react, <ex-back-quiz> in JSX is an error', () => {
  const { status, output } = tsc('test/frameworks/types/tsconfig.without.json');
  assert.equal(status, 0, output);
});
