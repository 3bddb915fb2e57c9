// Host situations of our own, which real pages create and the contract does not name, each a page
// of dist/demo/hosts/: a script that stops key and click events on the window before anyone sees
// them; a page wrapped in one big <form>; a cookie banner over the bottom of a phone's screen; a
// theme wrapper with overflow-x: hidden (which turns position: sticky off for what is inside); the
// quiz in a tab that is hidden at first; a single-page app that removes and re-creates the element.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { assertClean, layoutProblems, serveDemoSite, waitForWidget } from './helpers.js';
import {
  ANSWERS,
  answerQuestion,
  card,
  eventually,
  exitControl,
  heading,
  LONGEST,
  openHostPage,
  playTo,
  pressShiftThrice,
  startQuiz,
} from './hosts-helpers.js';

const site = serveDemoSite();

const PHONE = { viewport: { width: 390, height: 844 } };
const exitPage = () => `${site.origin}/hosts/exit.html`;

/**
 * Opens a host page; `run` gets the page, the first widget, the log and `exits()`, the number of
 * quiz-exit events the tab has seen (counted in Node, so it survives the navigation away).
 */
async function onHostPage(name, options, run) {
  const { context, page, log } = await openHostPage(site.browser, options);
  let exits = 0;
  await context.exposeBinding('__countQuizExit', () => {
    exits += 1;
  });
  await context.addInitScript(() => {
    document.addEventListener('quiz-exit', () => window.__countQuizExit());
  });
  try {
    await page.goto(`${site.origin}/hosts/${name}.html`);
    await run({ page, widget: page.locator('ex-back-quiz').first(), log, exits: () => exits });
  } finally {
    await context.close();
  }
}

/** The Exit control: in view, and what a tap at its middle hits (nothing of the page over it). */
function exitInReach(widget) {
  return widget.evaluate((host) => {
    const exit = host.shadowRoot.querySelector('[part~="exit-button"]');
    if (!exit) return 'no Exit control';
    const box = exit.getBoundingClientRect();
    if (box.top < 0 || box.bottom > window.innerHeight || box.height === 0) {
      return `Exit is at ${Math.round(box.top)}–${Math.round(box.bottom)} px, out of view`;
    }
    const hit = host.shadowRoot.elementFromPoint(
      box.left + box.width / 2,
      box.top + box.height / 2,
    );
    if (!hit || !exit.contains(hit)) {
      return `Exit is covered by ${hit?.tagName.toLowerCase()}${hit?.className ? `.${hit.className}` : ''}`;
    }
    return 'in reach';
  });
}

/** Plays the longest outcome, then checks the Exit control in the middle and at the end of it. */
async function exitThroughLongOutcome(widget) {
  await playTo(widget, LONGEST);
  const steps = widget.locator('[part~="step"]');
  await steps.nth(2).evaluate((element) => element.scrollIntoView({ block: 'center' }));
  const middle = await exitInReach(widget);
  const end = widget.getByRole('button', { name: 'Start again', exact: true });
  await end.evaluate((element) => element.scrollIntoView({ block: 'end' }));
  const atEnd = await exitInReach(widget);
  assert.deepEqual({ middle, end: atEnd }, { middle: 'in reach', end: 'in reach' });
}

describe('a host script stops keydown and click propagation on window, in the capture phase', () => {
  test('Shift pressed three times still exits', async () => {
    await onHostPage('capture-stopper', {}, async ({ page, widget, exits }) => {
      await waitForWidget(widget);
      await pressShiftThrice(page);
      await eventually(() => page.url(), exitPage(), 'Shift×3 left for exit-url');
      assert.equal(exits(), 1, 'one quiz-exit');
    });
  });

  test('the Exit control still exits', async () => {
    await onHostPage('capture-stopper', {}, async ({ page, widget }) => {
      await waitForWidget(widget);
      await exitControl(widget).click();
      const stopped = await page
        .evaluate(() => window.__stopped?.click)
        .catch(() => 'the page has left');
      await eventually(
        () => page.url(),
        exitPage(),
        `the Exit control left for exit-url (clicks stopped by the page: ${stopped})`,
      );
    });
  });
});

test('a page wrapped in a <form>: answering the quiz never submits the site’s form', async () => {
  await onHostPage('host-form', {}, async ({ page, widget, log }) => {
    const url = page.url();
    await startQuiz(widget);
    // Keyboard first: Space picks an answer, Enter is what submits forms. Whether Enter moves
    // on or not is the widget's business; the site's form must not see it.
    const question = await heading(widget).textContent();
    await widget.locator('input[value="no"]').focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('Enter');
    await page.waitForTimeout(300);
    const [first, ...rest] = ANSWERS['reach-out'];
    if ((await heading(widget).textContent()) === question) await answerQuestion(widget, first);
    for (const values of rest) await answerQuestion(widget, values);
    await widget.getByRole('button', { name: 'Start again', exact: true }).click();
    await page.waitForTimeout(300);
    assert.equal(page.url(), url, 'the page did not navigate');
    assert.deepEqual(
      await page.evaluate(() => ({
        submits: window.__siteSubmits,
        fields: [...new FormData(document.getElementById('site-form')).keys()],
      })),
      { submits: 0, fields: ['__VIEWSTATE', 'q'] },
      'the site’s form was never submitted and holds none of the quiz’s answers',
    );
    await assertClean(page, log, site.origin);
  });
});

test('a cookie banner over the bottom of a phone: Exit stays in view, uncovered, and works', async () => {
  await onHostPage('cookie-banner', PHONE, async ({ page, widget, log }) => {
    await exitThroughLongOutcome(widget);
    await exitControl(widget).click();
    await eventually(() => page.url(), exitPage(), 'the Exit control left for exit-url');
    await assertClean(page, log, site.origin);
  });
});

test('a theme wrapper with overflow-x: hidden on a phone: Exit stays in view through a long outcome', async () => {
  await onHostPage('overflow-wrapper', PHONE, async ({ page, widget, log }) => {
    assert.equal(
      await page.locator('.site').evaluate((site) => getComputedStyle(site).overflowX),
      'hidden',
      'the wrapper clips (so it is a scroll container)',
    );
    await exitThroughLongOutcome(widget);
    await assertClean(page, log, site.origin);
  });
});

describe('the quiz in a tab that is hidden when the element upgrades', () => {
  test('while its tab is hidden, Shift pressed three times still exits (quick exit is page-wide)', async () => {
    await onHostPage('hidden-tab', {}, async ({ page, widget, exits }) => {
      await page.waitForFunction(() =>
        document.querySelector('ex-back-quiz')?.shadowRoot?.querySelector('[part~="card"]'),
      );
      assert.equal(await card(widget).isVisible(), false, 'the quiz is hidden');
      await pressShiftThrice(page);
      await eventually(() => page.url(), exitPage(), 'Shift×3 left for exit-url');
      assert.equal(exits(), 1, 'one quiz-exit');
    });
  });

  test('shown later, it takes its full width, fits, and plays to an outcome', async () => {
    await onHostPage('hidden-tab', {}, async ({ page, widget, log }) => {
      await page.waitForFunction(() => customElements.get('ex-back-quiz'));
      await page.getByRole('tab', { name: 'Quiz' }).click();
      await waitForWidget(widget);
      const widths = await widget.evaluate((host) => ({
        widget: Math.round(host.getBoundingClientRect().width),
        panel: Math.round(host.parentElement.getBoundingClientRect().width),
        max: Math.round(Number.parseFloat(getComputedStyle(host).maxWidth)),
      }));
      assert.equal(widths.widget, Math.min(widths.panel, widths.max), 'its width once shown');
      assert.deepEqual(await layoutProblems(widget), []);
      await playTo(widget, 'reach-out');
      assert.deepEqual(await layoutProblems(widget), []);
      await assertClean(page, log, site.origin);
    });
  });
});

test('a single-page app removes and re-creates the element: quick exit works once, only where it is', async () => {
  await onHostPage('spa', {}, async ({ page, log, exits }) => {
    const home = `${site.origin}/hosts/spa.html`;
    const quizView = `${home}?view=quiz`;
    const nav = (name) => page.locator(`nav a[data-route="${name}"]`);
    const widget = page.locator('ex-back-quiz');
    const noExit = async (where) => {
      await pressShiftThrice(page);
      await page.waitForTimeout(300);
      assert.equal(page.url(), where, 'Shift×3 did nothing on a view without the quiz');
      assert.equal(exits(), 0, 'no quiz-exit');
    };

    await noExit(home);
    await nav('quiz').click();
    await startQuiz(widget);
    await answerQuestion(widget, ANSWERS['reach-out'][0]);
    await nav('home').click();
    assert.equal(await widget.count(), 0, 'the quiz view is gone');
    await noExit(home);
    await nav('quiz').click();
    await nav('home').click();
    await page.goBack(); // popstate: the quiz view again, a new element
    assert.equal(page.url(), quizView);
    await playTo(widget, 'reach-out');
    await assertClean(page, log, site.origin);
    await pressShiftThrice(page);
    await eventually(() => page.url(), exitPage(), 'Shift×3 left for exit-url');
    assert.equal(exits(), 1, 'exactly one quiz-exit');
  });
});
