// The bench's three pages, written to .bench/pages/bench/ and served from .bench/pages/
// (scripts/bench/server.js):
//   widget    <ex-back-quiz> and dist/ex-back-quiz.js, byte for byte;
//   baseline  the same shell with an empty module script: what any page costs;
//   static    the widget's first two screens as plain HTML, copied from its shadow DOM in the
//             browser, with a small script that swaps them as the widget does: the practical
//             limit, the least any script could do to show the same question.
import { copyFileSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openPage } from './browser.js';
import { EMBED, PAGES } from './paths.js';

/** Under /bench/, as they always were: the static page's size counts its script's URL. */
export const VARIANTS = {
  widget: { page: '/bench/widget.html', script: '/bench/ex-back-quiz.js', questions: true },
  baseline: { page: '/bench/baseline.html', script: '/bench/noop.js', questions: false },
  static: { page: '/bench/static.html', script: '/bench/static.js', questions: true },
};

/** The same shell for every bench page: doctype, meta, title, body > main, one module script. */
const shell = ({ title, body, script, after = '' }) => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${title}</title>
    <link rel="icon" href="data:," />
  </head>
  <body>
    <main>
${body}
    </main>
    <script type="module" src="${script}"></script>
    ${after}
    <script>__bench.parsed();</script>
  </body>
</html>
`;

// The static page swaps plain-HTML screens the way the widget does: new form, heading focused.
const STATIC_SCRIPT = `__bench.ran();
const root = document.querySelector('[data-bench-root]');
let at = 0;
function show(index) {
  at = index;
  root.replaceChildren(document.getElementById('screen-' + index).content.cloneNode(true));
  root.querySelector('[data-screen-heading]')?.focus();
}
// Continue is a plain button, as in the widget (which never relies on form submission).
root.addEventListener('click', (event) => {
  if (event.target.closest('button.primary') && root.querySelector('input:checked')) show(at + 1);
  if (event.target.closest('button.secondary') && at > 0) show(at - 1);
});
`;

/** Writes `text` at the site path `path`; returns its size in bytes. */
function write(path, text) {
  writeFileSync(join(PAGES, path), text);
  return Buffer.byteLength(text);
}

/** Everything but the static page, which needs the widget's screens from a browser first. */
export function writePages() {
  rmSync(PAGES, { recursive: true, force: true });
  mkdirSync(join(PAGES, 'bench'), { recursive: true });
  copyFileSync(EMBED, join(PAGES, VARIANTS.widget.script));
  write(
    VARIANTS.widget.page,
    shell({
      title: 'bench: widget',
      body: '      <ex-back-quiz></ex-back-quiz>',
      script: VARIANTS.widget.script,
    }),
  );
  write(
    VARIANTS.baseline.page,
    shell({
      title: 'bench: baseline',
      body: '',
      script: VARIANTS.baseline.script,
      after: '<script>__bench.shown();</script>',
    }),
  );
  write(VARIANTS.baseline.script, '__bench.ran();\n');
  write(VARIANTS.static.script, STATIC_SCRIPT);
}

/** The widget's first two screens, as plain HTML for the static page. */
async function captureQuestions(browser, base) {
  const { context, page } = await openPage(browser, base + VARIANTS.widget.page);
  const first = await page.evaluate(() => window.__bench.formHtml());
  const root = page.locator('ex-back-quiz');
  await root.locator('input[value="no"]').check();
  await root.getByRole('button', { name: 'Continue', exact: true }).click();
  await root.locator('input[name="answer"][type="checkbox"]').first().waitFor();
  const second = await page.evaluate(() => window.__bench.formHtml());
  await context.close();
  return [first, second];
}

/** Writes the static page from the widget served at `base`; returns the bytes of the page and
 *  its script, which the size table sets beside the embed's. */
export async function writeStaticPage(browser, base) {
  const [first, second] = await captureQuestions(browser, base);
  const page = shell({
    title: 'bench: static',
    body: `      <div data-bench-root>${first}</div>
      <script>__bench.shown();</script>
      <template id="screen-0">${first}</template>
      <template id="screen-1">${second}</template>`,
    script: VARIANTS.static.script,
  });
  return write(VARIANTS.static.page, page) + Buffer.byteLength(STATIC_SCRIPT);
}
