// The embed as built (in memory, not written): what its size trims (BENCHMARKS.md, "The gate's history")
// leave out, so a change that quietly brings it back fails here and not only at the size gate.
import assert from 'node:assert/strict';
import { relative } from 'node:path';
import { before, test } from 'node:test';
import { build } from 'vite';
import { embedConfig } from '../../scripts/embed-config.js';

let code = '';
/** The bundle's modules in the order they are in it, as paths from the project root. */
let modules = [];
/** A string literal holding exactly `text`, in any quotes the minifier picks. */
const quoted = (text) => new RegExp(`[\`"']${text.replaceAll('.', '\\.')}[\`"']`);
before(async () => {
  const [{ output }] = await build(embedConfig({ write: false, logLevel: 'silent' }));
  code = output[0].code;
  modules = output[0].moduleIds.map((id) => relative(process.cwd(), id));
});

test('the embed does not carry the action creators only xstate’s setup() returns', () => {
  // machines/setup.ts builds the machine without them; each is named by its action type.
  for (const type of ['xstate.sendTo', 'xstate.log', 'xstate.emit', 'xstate.enqueueActions']) {
    assert.ok(!quoted(type).test(code), `${type} is bundled`);
  }
  // …and still carries the ones the machine and xstate's own algorithm use.
  assert.ok(quoted('xstate.assign').test(code));
});

test('the bundle holds the content first, then xstate and the machine, then Lit (for gzip)', () => {
  const first = (test) => modules.findIndex(test);
  const lastContent = modules.findLastIndex((id) => id.startsWith('content/'));
  const xstate = first((id) => id.includes('node_modules/xstate/'));
  const machine = modules.indexOf('machines/ex-back.machine.ts');
  const lit = first((id) => /node_modules\/(lit|lit-html|lit-element|@lit)\//.test(id));
  assert.ok(lastContent < xstate && xstate < machine && machine < lit, modules.join('\n'));
});

test('the five styles files are in the embed as one stylesheet, not as modules of their own', () => {
  // scripts/minify-lit-css.js builds src/quiz-element.styles.ts's list as one css`…`.
  assert.deepEqual(
    modules.filter((id) => id.startsWith('src/styles/')),
    [],
  );
  assert.ok(modules.includes('src/quiz-element.styles.ts'));
});
