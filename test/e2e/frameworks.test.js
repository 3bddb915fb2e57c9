// The package's built entries (dist/lib/, through package.json `exports`) used by a React 19, a
// Vue 3 and a Svelte 5 app, as a consumer's bundler would use them: test/frameworks/ holds the
// apps and their Vite config, built here into a scratch folder, served, and each app mounted,
// played to an outcome and unmounted in Chromium.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { assertClean, launchBrowser, startServer } from './helpers.js';
import {
  ANSWERS,
  answerQuestion,
  eventually,
  exitControl,
  heading,
  openHostPage,
  playTo,
  startButton,
} from './hosts-helpers.js';

let out;
let server;
let origin;
let browser;

before(async () => {
  out = mkdtempSync(join(tmpdir(), 'ex-back-quiz-frameworks-'));
  await build({ configFile: 'test/frameworks/vite.config.js', build: { outDir: out } });
  writeFileSync(join(out, 'index.html'), '<!doctype html><title>Apps</title>');
  writeFileSync(join(out, 'guide.html'), '<!doctype html><title>Guide</title>');
  writeFileSync(join(out, 'exit.html'), '<!doctype html><title>Exit</title>');
  ({ server, origin } = await startServer(out));
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  server?.close();
  if (out) rmSync(out, { recursive: true, force: true });
});

/** Opens an app page; `run` gets the tab and reads of its outputs; then checks the log. */
async function onApp(app, run) {
  const { context, page, log } = await openHostPage(browser);
  try {
    await page.goto(`${origin}/${app}.html`);
    const output = async (id) => ((await page.locator(`#${id}`).textContent()) ?? '').trim();
    await run({ page, output });
    await assertClean(page, log, origin);
  } finally {
    await context.close();
  }
}

/** The reach-out outcome as the apps print it. */
const REACH_OUT = 'reach-out:2,3';

test('the apps import the built entries: ex-back-quiz/define and ex-back-quiz resolve to dist/lib/', () => {
  const resolved = (id) => fileURLToPath(import.meta.resolve(id));
  assert.match(resolved('ex-back-quiz/define'), /\/dist\/lib\/define\.js$/);
  assert.match(resolved('ex-back-quiz'), /\/dist\/lib\/index\.js$/);
});

describe('React 19 (JSX)', () => {
  test('mounts the element with its props, plays to an outcome, gets the events through on* props and the element through a ref', async () => {
    await onApp('react', async ({ page, output }) => {
      const widget = page.locator('#quiz');
      await playTo(widget, 'reach-out');
      assert.equal(await output('complete'), REACH_OUT, 'onquiz-complete got the detail');
      const events = (await output('events')).split(' ');
      assert.equal(events[0], 'quiz-start');
      assert.equal(
        events.filter((type) => type === 'quiz-answer').length,
        ANSWERS['reach-out'].length,
      );
      assert.equal(events.at(-1), 'quiz-complete');
      assert.equal(await heading(widget).getAttribute('aria-level'), '3', 'heading-level="3"');
      await page.locator('#read-ref').click();
      assert.equal(await output('ref'), 'ex-back-quiz true ./guide.html', 'the ref is the element');
    });
  });

  test('no-quick-exit follows state; unmounting removes the element, mounting again starts afresh', async () => {
    await onApp('react', async ({ page }) => {
      const widget = page.locator('#quiz');
      await widget.locator('[part~="card"]').waitFor();
      assert.equal(await exitControl(widget).count(), 1, 'Exit at first');
      await page.locator('#no-quick-exit').check();
      await eventually(() => exitControl(widget).count(), 0, 'no-quick-exit on: no Exit');
      await page.locator('#no-quick-exit').uncheck();
      await eventually(() => exitControl(widget).count(), 1, 'no-quick-exit off: Exit back');
      await startButton(widget).click();
      await answerQuestion(widget, ANSWERS['reach-out'][0]);
      await page.locator('#toggle').click();
      assert.equal(await page.locator('ex-back-quiz').count(), 0, 'unmounted');
      await page.locator('#toggle').click();
      await widget.locator('[part~="card"]').waitFor();
      assert.equal(await startButton(widget).count(), 1, 'the new element starts at the intro');
    });
  });
});

describe('Vue 3 (template)', () => {
  test('.noQuickExit and :noQuickExit set the property; :no-quick-exit writes the attribute', async () => {
    await onApp('vue', async ({ page }) => {
      const quiz = (id) => page.locator(`#${id}`);
      await quiz('property').locator('[part~="card"]').waitFor();
      const state = (id) =>
        quiz(id).evaluate((element) => ({
          attribute: element.getAttribute('no-quick-exit'),
          property: element.noQuickExit,
        }));
      for (const id of ['property', 'camel']) {
        assert.deepEqual(await state(id), { attribute: null, property: false }, `#${id} off`);
        assert.equal(await exitControl(quiz(id)).count(), 1, `#${id}: the Exit control`);
      }
      assert.equal((await state('attribute')).attribute, 'false', ':no-quick-exit="false"');
      await page.locator('#no-quick-exit').check();
      for (const id of ['property', 'camel']) {
        await eventually(async () => (await state(id)).property, true, `#${id}: property on`);
        await eventually(() => exitControl(quiz(id)).count(), 0, `#${id}: no Exit control`);
      }
      await eventually(async () => (await state('attribute')).attribute, 'true', 'attribute on');
      await eventually(() => exitControl(quiz('attribute')).count(), 0, '#attribute: no Exit');
    });
  });

  test(':no-quick-exit="false" keeps the Exit control', async () => {
    await onApp('vue', async ({ page }) => {
      const widget = page.locator('#attribute');
      await widget.locator('[part~="card"]').waitFor();
      assert.equal(await widget.getAttribute('no-quick-exit'), 'false');
      assert.equal(await exitControl(widget).count(), 1, 'the Exit control is there');
    });
  });

  test('plays to an outcome, @quiz-complete gets it; v-if removes the elements', async () => {
    await onApp('vue', async ({ page, output }) => {
      await playTo(page.locator('#property'), 'reach-out');
      await eventually(() => output('complete'), REACH_OUT, '@quiz-complete got the detail');
      assert.deepEqual((await output('events')).split(' '), ['quiz-start', 'quiz-complete']);
      await page.locator('#toggle').click();
      assert.equal(await page.locator('ex-back-quiz').count(), 0, 'unmounted');
      await page.locator('#toggle').click();
      await eventually(() => page.locator('ex-back-quiz').count(), 3, 'mounted again');
      await startButton(page.locator('#property')).waitFor();
    });
  });
});

describe('Svelte 5 (component)', () => {
  test('mounts, plays to an outcome, gets onquiz-complete and the element; noQuickExit sets the property; unmount removes it', async () => {
    await onApp('svelte', async ({ page, output }) => {
      const widget = page.locator('#quiz');
      await widget.locator('[part~="card"]').waitFor();
      await page.locator('#no-quick-exit').check();
      await eventually(() => exitControl(widget).count(), 0, 'noQuickExit on: no Exit');
      assert.equal(await widget.getAttribute('no-quick-exit'), null, 'a property, no attribute');
      await page.locator('#no-quick-exit').uncheck();
      await eventually(() => exitControl(widget).count(), 1, 'noQuickExit off: Exit back');
      await playTo(widget, 'reach-out');
      await eventually(() => output('complete'), REACH_OUT, 'onquiz-complete got the detail');
      assert.deepEqual((await output('events')).split(' '), ['quiz-start', 'quiz-complete']);
      await page.locator('#read-ref').click();
      assert.equal(await output('ref'), 'ex-back-quiz ./guide.html', 'bind:this is the element');
      await page.locator('#toggle').click();
      assert.equal(await page.locator('ex-back-quiz').count(), 0, 'unmounted');
      await page.locator('#toggle').click();
      await startButton(widget).waitFor();
    });
  });
});
