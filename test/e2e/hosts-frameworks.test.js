// The element rendered by a React 19 app and a Vue 3 app (dist/demo/hosts/react.html and vue.html,
// bundled by Vite from demo/hosts/react-app.js and vue-app.js; the embed is the real
// ex-back-quiz.js, loaded after the app). Each app mounts the element, binds its attributes to
// app state, listens to its events, unmounts and remounts it. A boolean attribute written as the
// string "false" (Vue writes `:no-quick-exit="false"` that way) never turns a safety feature off.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { assertClean, serveDemoSite } from './helpers.js';
import {
  ANSWERS,
  answerQuestion,
  eventually,
  exitControl,
  heading,
  openHostPage,
  playTo,
  pressShiftThrice,
  startQuiz,
} from './hosts-helpers.js';

const site = serveDemoSite();

/** Opens an app page; `run` gets the page, the element and the app's event list. */
async function onApp(app, run) {
  const { context, page, log } = await openHostPage(site.browser);
  try {
    await page.goto(`${site.origin}/hosts/${app}.html`);
    const widget = page.locator(`#${app}-quiz`);
    const events = async () => ((await page.locator('#events').textContent()) ?? '').split(' ');
    await run({ page, widget, events, log });
  } finally {
    await context.close();
  }
}

const EXIT_PAGE = () => `${site.origin}/hosts/exit.html`;

for (const app of ['react', 'vue']) {
  const name = app === 'react' ? 'React 19' : 'Vue 3';

  describe(`${name} app`, () => {
    test('renders the element, which plays to an outcome; the app gets its events', async () => {
      await onApp(app, async ({ page, widget, events, log }) => {
        await playTo(widget, 'reach-out');
        const got = await events();
        assert.ok(got.includes('quiz-start'), `the app got quiz-start (${got.join(' ')})`);
        assert.equal(
          got.filter((event) => event === 'quiz-answer').length,
          ANSWERS['reach-out'].length,
          'the app got every quiz-answer',
        );
        assert.ok(got.includes('quiz-complete:reach-out'), 'the app got quiz-complete');
        await assertClean(page, log, site.origin);
      });
    });

    test('the app removes the element and adds a new one: it starts afresh, and quick exit works', async () => {
      await onApp(app, async ({ page, widget, log }) => {
        await startQuiz(widget);
        await answerQuestion(widget, ANSWERS['reach-out'][0]);
        await page.locator('#toggle-quiz').click();
        assert.equal(await page.locator('ex-back-quiz').count(), 0, 'removed');
        // No widget on the page: Shift×3 does nothing.
        await pressShiftThrice(page);
        await page.waitForTimeout(300);
        assert.equal(page.url(), `${site.origin}/hosts/${app}.html`, 'no exit without a widget');
        await page.locator('#toggle-quiz').click();
        await widget.locator('[part~="card"]').waitFor();
        assert.equal(
          await widget.getByRole('button', { name: 'Start', exact: true }).count(),
          1,
          'the new element starts at the intro',
        );
        await playTo(widget, 'dont-go-back');
        assert.equal(await exitControl(widget).count(), 1, 'the new element has its Exit control');
        await exitControl(widget).click();
        await eventually(() => page.url(), EXIT_PAGE(), 'quick exit leaves for exit-url');
        await assertClean(page, log, site.origin);
      });
    });

    test('attributes follow app state: no-quick-exit on and off, heading-level', async () => {
      await onApp(app, async ({ page, widget, log }) => {
        await startQuiz(widget);
        assert.equal(await exitControl(widget).count(), 1, 'Exit at first (no-quick-exit off)');
        await page.locator('#no-quick-exit').check();
        await eventually(() => exitControl(widget).count(), 0, 'no-quick-exit on: no Exit');
        await page.locator('#no-quick-exit').uncheck();
        await eventually(() => exitControl(widget).count(), 1, 'no-quick-exit off: Exit is back');
        await page.locator('#heading-level').selectOption('3');
        await eventually(
          () => heading(widget).getAttribute('aria-level'),
          '3',
          'heading-level 3 from app state',
        );
        await pressShiftThrice(page);
        await eventually(() => page.url(), EXIT_PAGE(), 'Shift×3 exits (no-quick-exit off again)');
        await assertClean(page, log, site.origin);
      });
    });
  });
}

describe('Vue 3 writes a boolean bound to false as the string "false"', () => {
  test(':no-quick-exit="false" keeps quick exit: the Exit control shows and Shift×3 exits', async () => {
    await onApp('vue', async ({ page, widget, log }) => {
      await startQuiz(widget);
      assert.equal(
        await widget.getAttribute('no-quick-exit'),
        'false',
        'Vue wrote no-quick-exit="false" (the case under test)',
      );
      assert.equal(await exitControl(widget).count(), 1, 'the Exit control is there');
      await pressShiftThrice(page);
      await eventually(() => page.url(), EXIT_PAGE(), 'Shift×3 exits');
      await assertClean(page, log, site.origin);
    });
  });

  test('after no-quick-exit on then off again (attribute "false"), the Exit control is back', async () => {
    await onApp('vue', async ({ page, widget, log }) => {
      await startQuiz(widget);
      await page.locator('#no-quick-exit').check();
      await eventually(() => widget.getAttribute('no-quick-exit'), 'true', 'attribute "true"');
      await eventually(() => exitControl(widget).count(), 0, 'no-quick-exit on: no Exit');
      await page.locator('#no-quick-exit').uncheck();
      await eventually(() => widget.getAttribute('no-quick-exit'), 'false', 'attribute "false"');
      await eventually(() => exitControl(widget).count(), 1, 'no-quick-exit "false": Exit back');
      await assertClean(page, log, site.origin);
    });
  });

  test(':persist="false" stores nothing (nothing is kept unless persist is on)', async () => {
    await onApp('vue', async ({ page, widget, log }) => {
      // Vue ran before the element was defined, so it could only write the attribute.
      assert.equal(await widget.getAttribute('persist'), 'false', 'Vue wrote persist="false"');
      await startQuiz(widget);
      await answerQuestion(widget, ANSWERS['reach-out'][0]);
      const stored = await page.evaluate(() => Object.keys(sessionStorage));
      assert.deepEqual(stored, [], 'sessionStorage keys after an answer');
      await assertClean(page, log, site.origin);
    });
  });
});
