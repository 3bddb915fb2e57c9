// The screen catalogue: every distinct screen of the BUILT widget, reached through its UI as a
// reader reaches it, in English (dist/ex-back-quiz.js) and in the right-to-left pseudo-locale ar-XB
// (dist/test-locales/), and shown in any of the variants (width × theme) on the spot. The screen
// tests (screens.test.js: axe, accessibility-tree snapshots, visual regression) walk it once per
// language and check each screen in every variant where it stands, so the quiz is played only
// twice.
//
// The screens, each named once (SCREEN_NAMES):
// - `intro`;
// - `question-<id>`: each of the 10 questions as it first shows (nothing chosen). The warning-signs
//   question shows the safety panel: the panel has no disclosure, it is always open where it shows;
// - `question-safety-focused`: the first question with its first answer focused from the keyboard
//   (Tab from the heading the widget focuses), the only screen that shows the focus ring;
// - `error-single`, `error-multi`: Continue with nothing chosen on the first single-choice
//   (radio) question and on the first multi-choice (checkbox) question, warning-signs, with its
//   safety panel;
// - `outcome-<id>`: each of the 14 outcomes as it first shows, every step's <details> closed;
//   dont-go-back has the safety panel;
// - `outcome-reach-out-step-open`: the reach-out outcome with its first step's <details> opened
//   by a click on its summary.
// The questions and outcomes are reached by the hand-written paths of test/reader-paths.js, one per
// outcome (abuse-by-warning-signs is left out: it ends on dont-go-back, already reached).
import { OUTCOMES, READER_PATHS } from '../reader-paths.js';
import { serveEmbedPages, waitForWidget } from './helpers.js';

/** The embeds the catalogue is shown in: English and the right-to-left pseudo-locale. */
export const EMBEDS = [
  { tag: 'en', file: 'dist/ex-back-quiz.js' },
  { tag: 'ar-XB', file: 'dist/test-locales/ex-back-quiz.ar-XB.js' },
];

export const WIDTHS = [320, 1280];
export const THEMES = ['light', 'dark'];
/** Every width × theme, as `{ width, theme, id }` (id: `1280-light`). */
export const VARIANTS = WIDTHS.flatMap((width) =>
  THEMES.map((theme) => ({ width, theme, id: `${width}-${theme}` })),
);

/** The paths walked, one per outcome, by the outcome's name. */
const PATHS = OUTCOMES.map((outcome) => READER_PATHS[outcome]);

/** What the walk does on a screen to reach the next: `after` names the screen it starts from. */
const EXTRA_SCREENS = {
  // The widget focused the heading; Tab goes to the first answer, with the focus ring.
  'question-safety-focused': {
    after: 'question-safety',
    async reach(page, widget) {
      await page.keyboard.press('Tab');
      await widget.locator('input[name="answer"]:focus').waitFor();
    },
  },
  'error-single': {
    after: 'question-safety-focused',
    reach: (_, widget) => nothingChosen(widget, 'radio'),
  },
  'error-multi': {
    after: 'question-warning-signs',
    reach: (_, widget) => nothingChosen(widget, 'checkbox'),
  },
  'outcome-reach-out-step-open': {
    after: 'outcome-reach-out',
    async reach(_, widget) {
      await widget.locator('[part~="step"] summary').first().click();
      await widget.locator('[part~="step"] details[open]').waitFor();
    },
  },
};

/** Every screen's name, in the order the walk reaches them. */
export const SCREEN_NAMES = (() => {
  const names = ['intro'];
  const add = (name) => {
    names.push(name);
    for (const [extra, { after }] of Object.entries(EXTRA_SCREENS)) if (after === name) add(extra);
  };
  for (const path of PATHS) {
    for (const [question] of path.answers) {
      if (!names.includes(`question-${question}`)) add(`question-${question}`);
    }
    add(`outcome-${path.outcome}`);
  }
  return names;
})();

/**
 * A host page per embed: plain, English and left to right (the ar-XB card declares its own lang
 * and dir), the font pinned to DejaVu Sans (Debian's, so pictures don't depend on fontconfig's
 * default), a landmark and an h1 so axe's page-level rules judge a sane page; the widget's step
 * links go to guide.html#step-N. Served on a free port; `close()` stops it and removes the files.
 */
export function serveCatalogue() {
  return serveEmbedPages(
    'screens',
    EMBEDS,
    ({ tag }, src) => `<!doctype html>
<html lang="en" dir="ltr">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>Screen catalogue: ${tag}</title>
    <link rel="icon" href="data:," />
    <style>
      body { font-family: 'DejaVu Sans', sans-serif; color: #000; background: #fff; }
      h1 { font-size: 1.25rem; }
    </style>
  </head>
  <body>
    <main>
      <h1>Screen catalogue</h1>
      <ex-back-quiz guide-url="guide.html" theme="light"></ex-back-quiz>
    </main>
    <script type="module" src="${src}"></script>
  </body>
</html>
`,
  );
}

/** The viewport's least height: a phone's, about. */
const MIN_HEIGHT = 600;

/** The primary button (Start, Continue), found by its part: its words are the locale's. */
const primaryButton = (widget) => widget.locator('button[part~="primary-button"]');

/** The current screen's heading text. */
const headingOf = async (widget) =>
  (await widget.locator('[data-screen-heading]').textContent()) ?? '';

/** Clicks `button` and waits for a screen with another heading. */
async function moveOn(widget, button) {
  const heading = await headingOf(widget);
  await button.click();
  await widget
    .locator('[data-screen-heading]')
    .filter({ hasNotText: heading })
    .waitFor({ state: 'visible' });
}

/**
 * Puts the widget's screen in `variant` (width × theme) the way a reader would first see it: the
 * viewport `width` wide and tall enough for the whole page (so nothing scrolls, the Exit button
 * stays in its bar rather than floating, and axe sees every element in the viewport), the theme
 * attribute set, the page scrolled to the top, the mouse away from the widget (no hover). The
 * focus stays where the screen put it.
 */
export async function showVariant(page, widget, { width, theme }) {
  await page.mouse.move(0, 0);
  const viewport = page.viewportSize();
  if (viewport?.width !== width) await page.setViewportSize({ width, height: MIN_HEIGHT });
  await widget.evaluate(async (host, value) => {
    host.setAttribute('theme', value);
    await /** @type {any} */ (host).updateComplete;
  }, theme);
  // The page's own height (the body's, not the viewport's), so a shorter screen shrinks it back.
  const height = await page.evaluate(
    () => Math.ceil(document.body.getBoundingClientRect().bottom) + 8,
  );
  const wanted = Math.max(MIN_HEIGHT, height);
  if (page.viewportSize()?.height !== wanted) await page.setViewportSize({ width, height: wanted });
  await page.evaluate(async () => {
    window.scrollTo(0, 0);
    await document.fonts.ready;
    // Two frames: the resize laid out, the widget's intersection observers called back.
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
  });
}

/** Continue with nothing chosen on a question of `type` (radio, checkbox): the error shows. */
async function nothingChosen(widget, type) {
  const answers = widget.locator('input[name="answer"]');
  const types = await answers.evaluateAll((inputs) => inputs.map((input) => input.type));
  if (!types.length || types.some((each) => each !== type)) {
    throw new Error(`expected a question of ${type} answers, got ${types.join(', ')}`);
  }
  await primaryButton(widget).click();
  await widget.locator('[part~="error"]').waitFor({ state: 'visible' });
}

/**
 * Walks the catalogue on `page` (a fresh page of a context with reduced motion), at `url`, the
 * host page of one embed; calls `onScreen(name, widget)` on each screen, in SCREEN_NAMES order.
 * `onScreen` may change the variant (showVariant) but not the screen. Returns the names seen.
 */
export async function walkCatalogue(page, url, onScreen) {
  const seen = [];
  const show = async (name, widget) => {
    seen.push(name);
    await onScreen(name, widget);
    for (const [extra, { after, reach }] of Object.entries(EXTRA_SCREENS)) {
      if (after !== name) continue;
      await reach(page, widget);
      await show(extra, widget);
    }
  };
  for (const path of PATHS) {
    await page.goto(url);
    const widget = page.locator('ex-back-quiz');
    await waitForWidget(widget);
    if (!seen.includes('intro')) await show('intro', widget);
    await moveOn(widget, primaryButton(widget));
    for (const [question, ...choices] of path.answers) {
      if (!seen.includes(`question-${question}`)) await show(`question-${question}`, widget);
      for (const value of choices) await widget.locator(`input[value="${value}"]`).check();
      await moveOn(widget, primaryButton(widget));
    }
    await widget.locator('[part~="step"]').first().waitFor({ state: 'visible' });
    await show(`outcome-${path.outcome}`, widget);
  }
  return seen;
}
