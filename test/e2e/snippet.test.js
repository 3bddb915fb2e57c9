// The README's embed snippets, pasted as they are into an otherwise empty page beside a copy of
// dist/ex-back-quiz.js: the widget renders its intro, cleanly. The snippets are read from the
// README itself, so the README and this test cannot drift apart.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { assertClean, launchBrowser, openPage, startServer, waitForWidget } from './helpers.js';

let site;
let server;
let origin;
let browser;

/** The ```html blocks of README.md's "Embed it" section. */
function readmeSnippets() {
  const readme = readFileSync('README.md', 'utf8');
  const section = readme.slice(readme.indexOf('## Embed it'));
  const end = section.indexOf('\n## ', 1);
  const blocks = [
    ...(end === -1 ? section : section.slice(0, end)).matchAll(/```html\n([\s\S]*?)```/g),
  ];
  return blocks.map((block) => block[1]);
}

before(async () => {
  site = mkdtempSync(join(tmpdir(), 'ex-back-quiz-snippet-'));
  copyFileSync('dist/ex-back-quiz.js', join(site, 'ex-back-quiz.js'));
  const [snippet, withIntegrity] = readmeSnippets();
  assert.ok(snippet?.includes('<ex-back-quiz'), 'README has an embed snippet');
  writeFileSync(join(site, 'index.html'), snippet);
  // The integrity variant: the README's script tag with the real hash, plus the element.
  const hash = createHash('sha384').update(readFileSync('dist/ex-back-quiz.js')).digest('base64');
  const element = snippet.slice(snippet.indexOf('<ex-back-quiz'));
  assert.ok(withIntegrity?.includes('integrity='), 'README has the integrity snippet');
  writeFileSync(
    join(site, 'integrity.html'),
    `${withIntegrity.replace(/sha384-[^"]*/, `sha384-${hash}`)}${element}`,
  );
  ({ server, origin } = await startServer(site));
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  server?.close();
  if (site) rmSync(site, { recursive: true, force: true });
});

for (const page of ['index.html', 'integrity.html']) {
  test(`the README snippet renders the intro (${page})`, async () => {
    const { context, page: tab, log } = await openPage(browser);
    try {
      await tab.goto(`${origin}/${page}`);
      const widget = tab.locator('ex-back-quiz');
      await waitForWidget(widget);
      assert.equal(await widget.locator('[data-screen-heading]').count(), 1, 'intro heading');
      assert.ok(await widget.locator('button[part~="primary-button"]').isVisible(), 'Start');
      assert.equal(await widget.locator('a').first().isVisible(), false, 'fallback link hidden');
      // The bare test page has no icon, so Chromium's own request for /favicon.ico is a 404.
      await assertClean(tab, log, origin, { allowConsole: [/404.*\/favicon\.ico\)$/] });
    } finally {
      await context.close();
    }
  });
}

test('without JavaScript the snippet shows its fallback link', async () => {
  const { context, page } = await openPage(browser, { javaScriptEnabled: false });
  try {
    await page.goto(`${origin}/index.html`);
    const link = page.locator('ex-back-quiz a');
    assert.ok(await link.isVisible());
    assert.match((await link.getAttribute('href')) ?? '', /^https?:\/\//);
  } finally {
    await context.close();
  }
});
