// The embed as built (in memory, not written): what its size trims (BENCHMARKS.md, "Why 33 536 B")
// leave out, so a change that quietly brings it back fails here and not only at the size gate.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { build } from 'vite';
import { embedConfig } from '../../scripts/embed-config.js';

let code = '';
/** A string literal holding exactly `text`, in any quotes the minifier picks. */
const quoted = (text) => new RegExp(`[\`"']${text.replaceAll('.', '\\.')}[\`"']`);
before(async () => {
  const [{ output }] = await build(embedConfig({ write: false, logLevel: 'silent' }));
  code = output[0].code;
});

test('the embed does not carry the action creators only xstate’s setup() returns', () => {
  // machines/setup.ts builds the machine without them; each is named by its action type.
  for (const type of ['xstate.sendTo', 'xstate.log', 'xstate.emit', 'xstate.enqueueActions']) {
    assert.ok(!quoted(type).test(code), `${type} is bundled`);
  }
  // …and still carries the ones the machine and xstate's own algorithm use.
  assert.ok(quoted('xstate.assign').test(code));
});
