// `npm run screenshots:hosts`: builds the demo, serves it on two origins and photographs the quiz
// on the host pages (dist/demo/hosts/) into screenshots/hosts-*.png: every iframe page with the
// frame on another origin, the dark and themed pages (reader light and dark), the Arabic page and
// the 220 px sidebar, and the end of the longest outcome on a phone. For looking at, not a test;
// `--no-build` reuses dist/.
import { execSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { READER_PATHS } from '../test/reader-paths.js';
import { chromiumArgs, findChromium } from './find-browser.js';
import { serve } from './serve.js';

const out = 'screenshots';
mkdirSync(out, { recursive: true });
if (!process.argv.includes('--no-build')) execSync('node scripts/build.js', { stdio: 'inherit' });

const top = await serve({ root: 'dist/demo', port: 0 });
const frames = await serve({ root: 'dist/demo', port: 0 });
// Like a CDN: a sandboxed frame without allow-same-origin fetches the module script with CORS.
frames.prependListener('request', (_request, response) => {
  response.setHeader('Access-Control-Allow-Origin', '*');
});
const topOrigin = `http://127.0.0.1:${top.address().port}`;
const frameOrigin = `http://127.0.0.1:${frames.address().port}`;
const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });

const answersOf = (name) => READER_PATHS[name].answers.map(([, ...choices]) => choices);

/** Start, then `answers` (one array of option values per question), in `scope`'s widget. */
async function play(scope, answers) {
  const widget = scope.locator('ex-back-quiz').first();
  await widget.locator('[part~="card"]').waitFor({ state: 'visible' });
  await widget.getByRole('button', { name: 'Start', exact: true }).click();
  for (const values of answers) {
    const heading = await widget.locator('[data-screen-heading]').textContent();
    for (const value of values) await widget.locator(`input[value="${value}"]`).check();
    await widget.getByRole('button', { name: 'Continue', exact: true }).click();
    // In a sandbox without allow-forms, Continue does nothing today: note it and stop there.
    const moved = await widget
      .locator('[data-screen-heading]')
      .filter({ hasNotText: heading ?? '' })
      .waitFor({ timeout: 2000 })
      .then(() => true)
      .catch(() => false);
    if (!moved) return `stuck on “${heading}”`;
  }
  return 'ok';
}

/** A fresh page; `shoot` gets it and returns a note for the console. */
async function withPage(name, options, shoot) {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 900 },
    reducedMotion: 'reduce',
    ...options,
  });
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error(`${name}: page error:`, error.message));
  try {
    const note = await shoot(page);
    console.log(`${out}/hosts-${name}.png${note && note !== 'ok' ? ` (${note})` : ''}`);
  } catch (error) {
    console.error(`${name}: ${error.message.split('\n')[0]}`);
  } finally {
    await context.close();
  }
}

for (const frame of [
  'frame-same-origin',
  'frame-cross-origin',
  'frame-sandbox-scripts',
  'frame-sandbox-forms',
  'frame-sandbox-top-activation',
  'frame-sandbox-forms-top',
]) {
  await withPage(frame, {}, async (page) => {
    const query = frame === 'frame-same-origin' ? '' : `?frame-origin=${frameOrigin}`;
    await page.goto(`${topOrigin}/hosts/${frame}.html${query}`);
    const note = await play(page.frameLocator('iframe.builder-embed'), answersOf('reach-out'));
    await page.screenshot({ path: `${out}/hosts-${frame}.png`, fullPage: true });
    return note;
  });
}

for (const [page, reader] of [
  ['theme-auto', 'light'],
  ['theme-auto', 'dark'],
  ['theme-dark-attribute', 'light'],
  ['theme-light-attribute', 'dark'],
  ['dark-meta', 'light'],
  ['dark-root', 'light'],
]) {
  await withPage(`${page}-reader-${reader}`, { colorScheme: reader }, async (tab) => {
    await tab.goto(`${topOrigin}/hosts/${page}.html`);
    await play(tab, []);
    await tab.screenshot({ path: `${out}/hosts-${page}-reader-${reader}.png`, fullPage: true });
  });
}

await withPage('rtl', {}, async (page) => {
  await page.goto(`${topOrigin}/hosts/rtl.html`);
  await play(page, answersOf('reach-out').slice(0, 1));
  await page.screenshot({ path: `${out}/hosts-rtl.png`, fullPage: true });
});

for (const [name, answers] of [
  ['sidebar-question', answersOf('reach-out').slice(0, 1)],
  ['sidebar-safety-panel', answersOf('abuse-by-warning-signs').slice(0, 1)],
  ['sidebar-outcome', answersOf('dont-go-back')],
]) {
  await withPage(name, {}, async (page) => {
    await page.goto(`${topOrigin}/hosts/sidebar.html`);
    await play(page, answers);
    await page.screenshot({ path: `${out}/hosts-${name}.png`, fullPage: true });
  });
}

await withPage('phone-rebuild-end', { viewport: { width: 390, height: 844 } }, async (page) => {
  await page.goto(`${topOrigin}/`);
  await play(page, answersOf('rebuild'));
  await page
    .locator('ex-back-quiz')
    .getByRole('button', { name: 'Start again', exact: true })
    .evaluate((element) => element.scrollIntoView({ block: 'end' }));
  await page.screenshot({ path: `${out}/hosts-phone-rebuild-end.png` });
});

await browser.close();
top.close();
frames.close();
