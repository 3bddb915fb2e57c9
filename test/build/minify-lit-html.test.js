// The embed build's html`…` minifier: indentation runs become one space, nothing else changes.
// biome-ignore-all lint/suspicious/noTemplateCurlyInString: the sources under test are JS text held in plain strings
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { minifyHtmlTemplates } from '../../scripts/minify-lit-html.js';

test('a run of whitespace holding a line break becomes one space, in every nested html template', () => {
  const source = [
    'const a = html`',
    '  <p class="x">',
    '    ${ok ? html`<b>',
    '      yes</b>` : nothing}',
    '  </p>`;',
  ].join('\n');
  assert.equal(
    minifyHtmlTemplates(source),
    'const a = html` <p class="x"> ${ok ? html`<b> yes</b>` : nothing} </p>`;',
  );
});

test('leaves spaces on one line, escapes, strings, other templates and non-html tags alone', () => {
  const source = [
    'html`<span>${n}</span> ${t}`;',
    'const m = `line one',
    '  line two`;',
    "html`<a title=${'a `b`\\n'}>\\`x\\`</a>`;",
    'css`a {',
    '  color: red }`; lit-html`x',
    '  y`;',
  ].join('\n');
  assert.equal(minifyHtmlTemplates(source), source);
});

test('a message template inside an expression keeps its line breaks', () => {
  const source = 'html`<p>\n  ${`one\n  two`}\n</p>`';
  assert.equal(minifyHtmlTemplates(source), 'html`<p> ${`one\n  two`} </p>`');
});
