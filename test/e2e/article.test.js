// The demo's front page (dist/demo/index.html): the guide as an article with the real embed in it.
// The quiz's step links lead to the article's own step sections; quick exit leaves the page
// without adding a history entry. The exit site is answered by Playwright, so nothing really
// leaves the machine.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  assertClean,
  completeReachOut,
  layoutProblems,
  openPage,
  serveDemoSite,
  waitForWidget,
} from './helpers.js';

/** The widget's default quick-exit target (src/quiz-element.ts). */
const DEFAULT_EXIT_URL = 'https://www.bbc.co.uk/weather';

const site = serveDemoSite();

test('the article has all 15 steps, and the fallback link points into it', async () => {
  const { context, page } = await openPage(site.browser, { javaScriptEnabled: false });
  try {
    await page.goto(`${site.origin}/`);
    const ids = await page
      .locator('section[id^="step-"]')
      .evaluateAll((sections) => sections.map((section) => section.id));
    assert.deepEqual(
      ids,
      Array.from({ length: 15 }, (_, index) => `step-${index + 1}`),
    );
    const fallback = page.locator('ex-back-quiz a');
    assert.ok(await fallback.isVisible(), 'without JavaScript the fallback link shows');
    assert.equal(await fallback.getAttribute('href'), '#step-1');
    const hardCases = await page
      .locator('footer nav a')
      .evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    for (const page of ['hostile', 'csp', 'two', 'twice', 'late', 'themed']) {
      assert.ok(hardCases.includes(`./${page}.html`), `the footer links ${page}.html`);
    }
  } finally {
    await context.close();
  }
});

test('reach-out outcome, then its step 2 link goes to the article’s step 2', async () => {
  const { context, page, log } = await openPage(site.browser);
  try {
    await page.goto(`${site.origin}/`);
    const widget = page.locator('ex-back-quiz');
    await waitForWidget(widget);
    await completeReachOut(page, widget);
    // The article has the guide's steps, so without guide-url the links go to them, on the
    // document's own address.
    const link = widget.locator(`a[part~="step-link"][href="${site.origin}/#step-2"]`);
    await link.click();
    await page.waitForURL(`${site.origin}/#step-2`);
    const target = await page.evaluate(() => {
      const element = document.querySelector(':target');
      const box = element?.getBoundingClientRect();
      return {
        id: element?.id,
        tag: element?.tagName,
        inView: Boolean(box && box.top >= 0 && box.top < window.innerHeight && box.bottom > 0),
      };
    });
    assert.deepEqual(target, { id: 'step-2', tag: 'SECTION', inView: true });
    await assertClean(page, log, site.origin);
  } finally {
    await context.close();
  }
});

test('on a 320 px phone, nothing sticks out of the card on any screen', async () => {
  const { context, page, log } = await openPage(site.browser, {
    viewport: { width: 320, height: 640 },
  });
  try {
    await page.goto(`${site.origin}/`);
    const widget = page.locator('ex-back-quiz');
    await waitForWidget(widget);
    const problems = await layoutProblems(widget);
    await completeReachOut(page, widget, {
      onScreen: async () => problems.push(...(await layoutProblems(widget))),
    });
    assert.deepEqual(problems, []);
    await assertClean(page, log, site.origin);
  } finally {
    await context.close();
  }
});

test('quick exit: Shift three times replaces the page with the exit site', async () => {
  const { context, page, log } = await openPage(site.browser);
  try {
    await context.route(`${new URL(DEFAULT_EXIT_URL).origin}/**`, (route) =>
      route.fulfill({
        status: 200,
        contentType: 'text/html',
        body: '<!doctype html><title>Weather</title><p>Weather</p>',
      }),
    );
    await page.goto(`${site.origin}/`);
    const widget = page.locator('ex-back-quiz');
    await waitForWidget(widget);
    await widget.locator('button[part~="primary-button"]').click();
    await widget.locator('fieldset').waitFor();
    const historyBefore = await page.evaluate(() => history.length);

    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await page.waitForURL(DEFAULT_EXIT_URL);
    assert.equal(await page.title(), 'Weather');
    assert.equal(
      await page.evaluate(() => history.length),
      historyBefore,
      'location.replace: no new history entry, Back does not return to the quiz',
    );
    await assertClean(page, log, site.origin, { allowRequests: [DEFAULT_EXIT_URL] });
  } finally {
    await context.close();
  }
});

test('quick exit: the Exit button does the same', async () => {
  const { context, page, log } = await openPage(site.browser);
  try {
    await context.route(`${new URL(DEFAULT_EXIT_URL).origin}/**`, (route) =>
      route.fulfill({ status: 200, contentType: 'text/html', body: '<title>Weather</title>' }),
    );
    await page.goto(`${site.origin}/`);
    const widget = page.locator('ex-back-quiz');
    await waitForWidget(widget);
    const historyBefore = await page.evaluate(() => history.length);
    await widget.locator('button[part~="exit-button"]').click();
    await page.waitForURL(DEFAULT_EXIT_URL);
    assert.equal(await page.evaluate(() => history.length), historyBefore);
    await assertClean(page, log, site.origin, { allowRequests: [DEFAULT_EXIT_URL] });
  } finally {
    await context.close();
  }
});
