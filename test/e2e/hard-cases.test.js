// The hard-case pages of the built demo site (dist/demo/), each loading the real embed
// dist/ex-back-quiz.js: on every page the reach-out path is completed through the UI, and the page
// stays clean (no console error or warning, no uncaught error, no CSP violation, no request to
// another origin).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { STRICT_CSP } from '../../scripts/serve.js';
import {
  answer,
  assertClean,
  completeReachOut,
  contrast,
  layoutProblems,
  openPage,
  parseColor,
  serveDemoSite,
  start,
  waitForWidget,
} from './helpers.js';

const site = serveDemoSite();

/** Opens `path` in a fresh context; `run` gets the page, its widget and log; then closes it. */
async function onPage(path, run, options) {
  const { context, page, log } = await openPage(site.browser, options);
  try {
    const response = await page.goto(`${site.origin}/${path}`);
    assert.equal(response?.status(), 200, `${path} is served`);
    await run({ page, widget: page.locator('ex-back-quiz').first(), log, response });
  } finally {
    await context.close();
  }
}

/** Computed styles of an element inside the widget, by selector. */
function styleOf(locator, properties) {
  return locator.evaluate(
    (element, names) =>
      Object.fromEntries(names.map((name) => [name, getComputedStyle(element)[name]])),
    properties,
  );
}

/** What a site's inherited CSS could change on the widget's text; the font family is the page's. */
const OWN_LOOK = ['color', 'fontSize', 'lineHeight', 'letterSpacing', 'textTransform', 'textAlign'];
const LOOK_OF = {
  card: '[part~="card"]',
  progress: '[part~="progress"]',
  question: 'legend [data-screen-heading]',
  option: '[part~="option"] span',
  // Continue, by its role and name (Playwright's role selector): it is not a submit button.
  continue: 'role=button[name="Continue"]',
};

/** The computed look of the first question's pieces, keyed like LOOK_OF. */
async function firstQuestionLook(widget) {
  await waitForWidget(widget);
  await start(widget);
  const look = {};
  for (const [name, selector] of Object.entries(LOOK_OF)) {
    look[name] = await styleOf(widget.locator(selector).first(), OWN_LOOK);
  }
  return look;
}

describe('hostile page CSS (Bootstrap and !important global rules)', () => {
  for (const width of [1280, 320]) {
    const viewport = { width, height: 800 };

    test(`the widget looks like itself, ${width} px wide`, async () => {
      let reference;
      let referenceWidth;
      await onPage(
        'index.html',
        async ({ widget }) => {
          reference = await firstQuestionLook(widget);
          referenceWidth = (await widget.boundingBox())?.width;
        },
        { viewport },
      );
      await onPage(
        'hostile.html',
        async ({ page, widget }) => {
          // The page's rules really apply to the page: its own text is red and 22 px.
          const pageText = await styleOf(page.locator('main h1'), ['color', 'fontSize']);
          assert.deepEqual(pageText, { color: 'rgb(204, 0, 0)', fontSize: '22px' });

          // The widget sizes its heading to its own width (container units), and this page gives
          // it more room than the article does: compared at the article's width.
          await widget.evaluate((host, px) => {
            host.style.width = `${px}px`;
          }, referenceWidth);
          const look = await firstQuestionLook(widget);
          const problems = [];
          for (const [name, values] of Object.entries(look)) {
            for (const property of OWN_LOOK) {
              if (values[property] !== reference[name][property]) {
                problems.push(
                  `${name} ${property}: ${values[property]} (own: ${reference[name][property]})`,
                );
              }
            }
          }
          if (look.question.color === 'rgb(204, 0, 0)')
            problems.push('question text is the page’s red');
          // At 320 px the widget's own heading size is also 22px; only a change from it counts.
          if (look.question.fontSize === '22px' && reference.question.fontSize !== '22px') {
            problems.push('question text is the page’s 22px');
          }

          const card = widget.locator('[part~="card"]');
          const background = await card.evaluate(
            (element) => getComputedStyle(element).backgroundColor,
          );
          const ratio = contrast(parseColor(look.question.color), parseColor(background));
          if (ratio < 4.5) problems.push(`question contrast ${ratio.toFixed(2)}:1 is under 4.5:1`);

          const next = widget.getByRole('button', { name: 'Continue', exact: true });
          const box = await next.boundingBox();
          if (!(await next.isVisible())) problems.push('Continue is not visible');
          else if (!box || box.width < 24 || box.height < 24) {
            problems.push(`Continue is ${box?.width}×${box?.height} px, under 24×24`);
          }

          assert.deepEqual(problems, []);
        },
        { viewport },
      );
    });

    test(`nothing sticks out of the card on any screen, ${width} px wide`, async () => {
      await onPage(
        'hostile.html',
        async ({ page, widget }) => {
          await waitForWidget(widget);
          const problems = await layoutProblems(widget);
          await completeReachOut(page, widget, {
            onScreen: async () => problems.push(...(await layoutProblems(widget))),
          });
          assert.deepEqual(problems, []);
        },
        { viewport },
      );
    });

    test(`the widget works and the page stays clean, ${width} px wide`, async () => {
      await onPage(
        'hostile.html',
        async ({ page, widget, log }) => {
          await waitForWidget(widget);
          await completeReachOut(page, widget);
          await assertClean(page, log, site.origin);
        },
        { viewport },
      );
    });
  }
});

describe('strict Content Security Policy with Trusted Types', () => {
  test('the page is served under the policy, and the widget renders and works', async () => {
    await onPage('csp.html', async ({ page, widget, log, response }) => {
      assert.equal(response.headers()['content-security-policy'], STRICT_CSP);
      await waitForWidget(widget);
      assert.equal(await widget.locator('[data-screen-heading]').count(), 1, 'intro heading');
      await completeReachOut(page, widget);
      await assertClean(page, log, site.origin);
    });
  });

  test('the policy is enforced: inline script and inline style are blocked and reported', async () => {
    await onPage('csp.html', async ({ page, widget }) => {
      await waitForWidget(widget);
      assert.deepEqual(await page.evaluate(() => window.__violations), []);
      // Trusted Types refuses a string as script text (Playwright's addScriptTag sets script.text).
      await assert.rejects(page.addScriptTag({ content: 'window.__inlineRan = true;' }), /Trusted/);
      assert.equal(await page.evaluate(() => window.__inlineRan), undefined);
      // style-src 'self' refuses an inline <style> (the widget's constructed sheets are allowed).
      await page.evaluate(() => {
        const style = document.createElement('style');
        style.textContent = 'body { outline: 9px solid red; }';
        document.head.append(style);
      });
      await page.waitForFunction(() => window.__violations.length >= 2);
      const directives = await page.evaluate(() =>
        window.__violations.map((violation) => violation.split(' ')[0]),
      );
      assert.deepEqual(directives, ['require-trusted-types-for', 'style-src-elem']);
    });
  });
});

describe('two widgets on one page', () => {
  test('answering in one does not change the other', async () => {
    await onPage('two.html', async ({ page, log }) => {
      const first = page.locator('#first-quiz');
      const second = page.locator('#second-quiz');
      await waitForWidget(first);
      await waitForWidget(second);
      await start(first);
      await start(second);
      await answer(first, ['no']);
      const firstQuestion = await first.locator('legend').textContent();
      const secondQuestion = await second.locator('legend').textContent();
      assert.notEqual(firstQuestion, secondQuestion, 'the second is still on the first question');
      assert.equal(
        await second.locator('input:checked').count(),
        0,
        'nothing chosen in the second',
      );

      await completeReachOut(page, first, { answered: 1 });
      assert.equal(
        await second.locator('legend').textContent(),
        secondQuestion,
        'second untouched',
      );
      assert.equal(
        await second.locator('input:checked').count(),
        0,
        'nothing chosen in the second',
      );
      await completeReachOut(page, second, { answered: 0 });
      const ids = await page.evaluate(() => window.__completes.map((complete) => complete.id));
      assert.deepEqual(ids, ['first-quiz', 'second-quiz']);
      await assertClean(page, log, site.origin);
    });
  });
});

describe('the embed loaded twice, and its classic-script twin', () => {
  test('under strict CSP: the first copy runs, the others evaluate nothing, no error or violation', async () => {
    await onPage('twice.html', async ({ page, widget, log }) => {
      await waitForWidget(widget);
      await page.waitForLoadState('load');
      const loaded = log.requests
        .map((url) => new URL(url))
        .map((url) => url.pathname + url.search);
      for (const path of ['/ex-back-quiz.js', '/ex-back-quiz.js?again', '/ex-back-quiz.iife.js']) {
        assert.ok(loaded.includes(path), `${path} was loaded`);
      }
      const response = await page.request.get(new URL('twice.html', site.origin).href);
      assert.match(response.headers()['content-security-policy'] ?? '', /trusted-types lit-html/);
      const copies = await page.evaluate(() => ({
        // Every evaluation of Lit registers its version. The bundle is wrapped in a check for the
        // tag, so only the first copy (the classic script, which runs before deferred modules)
        // evaluates; a second Lit would also be refused its Trusted Types policy.
        lit: globalThis.litHtmlVersions?.length,
        widgets: document.querySelectorAll('ex-back-quiz').length,
        upgraded:
          document.querySelector('ex-back-quiz') instanceof customElements.get('ex-back-quiz'),
      }));
      assert.deepEqual(copies, { lit: 1, widgets: 1, upgraded: true });
      await completeReachOut(page, widget);
      await assertClean(page, log, site.origin);
    });
  });
});

describe('the script added after the element', () => {
  test('the fallback shows first, then the element upgrades and works', async () => {
    await onPage('late.html', async ({ page, widget, log }) => {
      const fallback = page.locator('ex-back-quiz .fallback');
      assert.equal(await page.evaluate(() => customElements.get('ex-back-quiz')), undefined);
      assert.ok(await fallback.isVisible(), 'fallback content visible before the upgrade');
      assert.equal(await fallback.getByRole('link').getAttribute('href'), './#step-1');
      await waitForWidget(widget);
      assert.equal(await fallback.isVisible(), false, 'fallback hidden once the widget renders');
      await completeReachOut(page, widget);
      await assertClean(page, log, site.origin);
    });
  });
});

describe('themed through --quiz-* properties and ::part() only', () => {
  test('the accent and font come from themed.css', async () => {
    await onPage('themed.html', async ({ page, widget, log }) => {
      await waitForWidget(widget);
      const startButton = widget.locator('button[part~="primary-button"]');
      const look = await styleOf(startButton, [
        'backgroundColor',
        'fontFamily',
        'borderTopLeftRadius',
      ]);
      assert.equal(look.backgroundColor, 'rgb(30, 107, 58)', 'Start has the green accent');
      assert.match(look.fontFamily, /Georgia/);
      assert.equal(look.borderTopLeftRadius, '999px', '::part(button) applies');
      await completeReachOut(page, widget);
      await assertClean(page, log, site.origin);
    });
  });
});
