// `npm run screenshots`: builds and serves the demo site, walks the quiz in headless Chromium and saves a picture
// of every kind of screen, at desktop and phone width, light and dark, into screenshots/.
// For looking at what we built; not a test.

import { execSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { READER_PATHS } from '../test/reader-paths.js';
import { chromiumArgs, findChromium } from './find-browser.js';
import { serve } from './serve.js';

const out = 'screenshots';
mkdirSync(out, { recursive: true });
execSync('node scripts/build.js', { stdio: 'inherit' });
const server = await serve({ root: 'dist/demo', port: 0 });
const base = `http://127.0.0.1:${server.address().port}/`;
const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });

/** Answers by option value, one array per question, from the shared reader paths. */
const paths = Object.fromEntries(
  ['reach-out', 'abuse-by-warning-signs', 'move-on', 'rebuild'].map((name) => [
    name,
    READER_PATHS[name].answers.map(([, ...choices]) => choices),
  ]),
);

async function shoot(page, name) {
  await page.locator('ex-back-quiz').screenshot({ path: `${out}/${name}.png` });
}

async function answer(page, values) {
  for (const value of values) await page.locator(`ex-back-quiz input[value="${value}"]`).check();
  await continueButton(page).click();
}

/** Continue, by its role and name (it is a plain button, not a submit). */
function continueButton(page) {
  return page.locator('ex-back-quiz').getByRole('button', { name: 'Continue', exact: true });
}

for (const [variant, options] of [
  ['desktop', { viewport: { width: 1000, height: 900 } }],
  ['phone', { viewport: { width: 320, height: 640 } }],
  ['dark', { viewport: { width: 1000, height: 900 }, colorScheme: 'dark' }],
]) {
  const context = await browser.newContext({ ...options, reducedMotion: 'reduce' });
  for (const [outcome, answers] of Object.entries(paths)) {
    const page = await context.newPage();
    page.on('pageerror', (error) => console.error('page error:', error.message));
    page.on('console', (m) => m.type() === 'error' && console.error('console:', m.text()));
    await page.goto(base);
    if (outcome === 'reach-out') await shoot(page, `${variant}-1-intro`);
    await page.locator('ex-back-quiz button.primary').click();
    if (outcome === 'reach-out') {
      await continueButton(page).click();
      await shoot(page, `${variant}-2-question-error`);
    }
    for (const [index, values] of answers.entries()) {
      if (outcome === 'abuse-by-warning-signs' && index === 1)
        await shoot(page, `${variant}-3-warning-signs`);
      if (outcome === 'rebuild' && index === 3) await shoot(page, `${variant}-4-multi-question`);
      await answer(page, values);
    }
    await shoot(page, `${variant}-5-outcome-${outcome}`);
    await page.close();
  }
  await context.close();
}
await browser.close();
await server.close();
console.log(`Screenshots in ${out}/`);
