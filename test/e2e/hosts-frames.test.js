// The quiz as site builders show custom HTML: in an iframe, same-origin or on the builder's own
// origin, sometimes sandboxed. The frame (dist/demo/hosts/framed-quiz.html, the snippet with the
// site's own exit-url and guide-url) is served by a second server, so it is really cross-origin;
// the top pages are dist/demo/hosts/frame-*.html.
//
// In every frame the quiz is playable (nothing may depend on form submission, which a sandbox
// without allow-forms blocks); a step link opens the guide in the top window where the frame may
// navigate it, else in the frame; quick exit (the Exit control, or Shift three times) hides the
// quiz at once and takes the whole tab to exit-url where top-level navigation is allowed, else
// the frame leaves for it.
//
// Where a sandbox refuses top-level navigation, Chromium logs "Unsafe attempt to initiate
// navigation…" when a frame tries; a widget cannot read its frame's sandbox flags, so that one
// message is allowed there (and only there).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { assertClean, launchBrowser, startServer } from './helpers.js';
import {
  card,
  completes,
  eventually,
  exitControl,
  holdResponses,
  openHostPage,
  playTo,
  pressShiftThrice,
  SANDBOX_REFUSED_TOP,
  startQuiz,
  startSecondOrigin,
} from './hosts-helpers.js';

let top;
let other;
let browser;

before(async () => {
  top = await startServer();
  other = await startSecondOrigin();
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  top?.server.close();
  other?.server.close();
});

/**
 * Each frame page: its sandbox (null: none), whether the frame is on the second origin, and
 * whether the frame may navigate the top window after a click or key press.
 */
const FRAMES = [
  { page: 'frame-same-origin', sandbox: null, crossOrigin: false, topNavigation: true },
  { page: 'frame-cross-origin', sandbox: null, crossOrigin: true, topNavigation: true },
  {
    page: 'frame-sandbox-scripts',
    sandbox: 'allow-scripts allow-same-origin',
    crossOrigin: true,
    topNavigation: false,
  },
  {
    page: 'frame-sandbox-forms',
    sandbox: 'allow-scripts allow-forms',
    crossOrigin: true,
    topNavigation: false,
  },
  {
    page: 'frame-sandbox-top-activation',
    sandbox: 'allow-scripts allow-top-navigation-by-user-activation',
    crossOrigin: true,
    topNavigation: true,
  },
  {
    page: 'frame-sandbox-forms-top',
    sandbox: 'allow-scripts allow-forms allow-top-navigation',
    crossOrigin: true,
    topNavigation: true,
  },
];

/** Opens a frame page; returns the tab, its log, the widget in the frame and the frame itself. */
async function openFramePage({ page: name, sandbox, crossOrigin }) {
  const { context, page, log } = await openHostPage(browser);
  const query = crossOrigin ? `?frame-origin=${encodeURIComponent(other.origin)}` : '';
  const url = `${top.origin}/hosts/${name}.html${query}`;
  assert.equal((await page.goto(url))?.status(), 200, `${name}.html is served`);
  const iframe = page.locator('iframe.builder-embed');
  assert.equal(await iframe.getAttribute('sandbox'), sandbox, 'the frame’s sandbox');
  const frameOrigin = crossOrigin ? other.origin : top.origin;
  await page.waitForFunction(
    (origin) => document.querySelector('iframe.builder-embed')?.src.startsWith(origin),
    frameOrigin,
  );
  const widget = page.frameLocator('iframe.builder-embed').locator('ex-back-quiz');
  const frame = () => page.frames().find((candidate) => candidate !== page.mainFrame());
  return { context, page, log, url, widget, frame };
}

/** Chromium's warning about the host page's own sandbox="allow-scripts allow-same-origin". */
const ESCAPABLE_SANDBOX = /^warning: An iframe which has both allow-scripts and allow-same-origin/;

/**
 * The page stays clean: requests to the frame's origin are ours; Chromium's warning about the
 * host's sandbox choice is the host's; see the top of the file for the refused top navigation.
 */
function assertFramePageClean(page, log, { topNavigation }) {
  return assertClean(page, log, top.origin, {
    allowRequests: log.requests.filter((url) => url.startsWith(`${other.origin}/`)),
    allowConsole: [ESCAPABLE_SANDBOX, ...(topNavigation ? [] : [SANDBOX_REFUSED_TOP])],
  });
}

/** Whether the quiz's card is on screen in the frame (a frame that has left shows none). */
const showing = (widget) =>
  card(widget)
    .isVisible()
    .catch(() => false);

for (const frameCase of FRAMES) {
  const { page: name, sandbox, topNavigation } = frameCase;
  const where = topNavigation ? 'the top window' : 'the frame (the sandbox refuses the top)';

  describe(`${name} (${sandbox ? `sandbox="${sandbox}"` : 'no sandbox'})`, () => {
    test(`the quiz plays to an outcome, and a step link opens the guide in ${where}`, async () => {
      const { context, page, log, url, widget, frame } = await openFramePage(frameCase);
      try {
        await playTo(widget, 'reach-out');
        const events = await completes(frame());
        assert.deepEqual(
          events.map(({ outcome, steps }) => ({ outcome, steps })),
          [{ outcome: 'reach-out', steps: [2, 3] }],
          'one quiz-complete in the frame',
        );
        const link = widget.locator('a[part~="step-link"]').first();
        const guideStep = `${top.origin}/#step-2`;
        assert.equal(
          await link.evaluate((anchor) => anchor.href),
          guideStep,
          'step 2 links to the site’s guide',
        );
        // Clean up to here. What the guide page itself logs once it is in a sandboxed frame (its
        // module script refused by CORS in an opaque origin) is the site's, not the widget's.
        await assertFramePageClean(page, log, frameCase);
        await link.click();
        if (topNavigation) {
          await eventually(() => page.url(), guideStep, 'the top window shows the guide’s step 2');
        } else {
          await eventually(() => frame()?.url(), guideStep, 'the frame shows the guide’s step 2');
          assert.equal(page.url(), url, 'the top page stays');
        }
        assert.deepEqual(log.errors, [], 'uncaught errors');
      } finally {
        await context.close();
      }
    });

    for (const [method, press] of [
      ['the Exit control', (widget) => exitControl(widget).click()],
      ['Shift pressed three times', (_widget, page) => pressShiftThrice(page)],
    ]) {
      const outcome = topNavigation
        ? 'the whole tab goes to exit-url'
        : 'the frame goes to exit-url';
      test(`quick exit by ${method}: the quiz hides at once, then ${outcome}`, async () => {
        const { context, page, log, url, widget, frame } = await openFramePage(frameCase);
        try {
          const exitUrl = `${top.origin}/hosts/exit.html`;
          await startQuiz(widget); // focus is now in the frame, on the first question
          // The exit page answers 1.5 s late: until then, whatever navigates is still here.
          await holdResponses(context, exitUrl, 1500);
          await press(widget, page);
          await eventually(
            () => showing(widget),
            false,
            `the quiz still shows 1 s after ${method}`,
            1000,
          );
          if (topNavigation) {
            await eventually(() => page.url(), exitUrl, 'the top window left for exit-url');
          } else {
            await eventually(() => frame()?.url(), exitUrl, 'the frame left for exit-url');
            assert.equal(page.url(), url, 'the top page stays (its sandbox refuses the top)');
          }
          await assertFramePageClean(page, log, frameCase);
        } finally {
          await context.close();
        }
      });
    }
  });
}
