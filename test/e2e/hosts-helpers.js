// Shared by test/e2e/hosts-*.test.js, the host-page tests (the widget on the pages of
// demo/hosts/, built into dist/demo/hosts/). On top of helpers.js (its server, browser and page
// log): short timeouts, so a test that cannot go on says where in seconds; steps found by role and
// documented part, not by today's markup (Continue may stop being a submit button; Exit may become
// a link); a second origin; pixels of an element.
import assert from 'node:assert/strict';
import { READER_PATHS } from '../reader-paths.js';
import { openPage, startServer, waitForWidget } from './helpers.js';

/** How long a step may take before the test says the widget is stuck there. */
export const STEP_TIMEOUT = 5000;

/** The answers of each reader path, by path name: one array of option values per question. */
export const ANSWERS = Object.fromEntries(
  Object.entries(READER_PATHS).map(([name, path]) => [
    name,
    path.answers.map(([, ...choices]) => choices),
  ]),
);

/** The longest outcome on screen: rebuild recommends five steps. */
export const LONGEST = 'rebuild';

/** Chromium's report of a top-level navigation a sandboxed frame may not make. */
export const SANDBOX_REFUSED_TOP = /^error: Unsafe attempt to initiate navigation/;

/** openPage (helpers.js) with short timeouts. */
export async function openHostPage(browser, options) {
  const opened = await openPage(browser, options);
  opened.context.setDefaultTimeout(STEP_TIMEOUT);
  return opened;
}

/**
 * A second server of dist/demo on another port: another origin, for cross-origin frames. It sends
 * `Access-Control-Allow-Origin: *`, as a CDN does: a sandboxed frame without allow-same-origin has
 * an opaque origin, and a module script is always fetched with CORS.
 */
export async function startSecondOrigin() {
  const second = await startServer();
  second.server.prependListener('request', (_request, response) => {
    response.setHeader('Access-Control-Allow-Origin', '*');
  });
  return second;
}

export const startButton = (widget) => widget.getByRole('button', { name: 'Start', exact: true });
export const continueButton = (widget) =>
  widget.getByRole('button', { name: 'Continue', exact: true });
/** The documented part, whatever element carries it. */
export const exitControl = (widget) => widget.locator('[part~="exit-button"]');
export const card = (widget) => widget.locator('[part~="card"]');
export const heading = (widget) => widget.locator('[data-screen-heading]');

/** The text of the current screen's heading. */
async function headingText(widget) {
  return ((await heading(widget).textContent()) ?? '').trim();
}

/** Start: the first question shows, or the test fails saying so. */
export async function startQuiz(widget) {
  await waitForWidget(widget);
  await startButton(widget).click();
  try {
    await widget.locator('fieldset').waitFor({ state: 'visible', timeout: STEP_TIMEOUT });
  } catch {
    assert.fail('Start did not show the first question');
  }
}

/** Checks `values` and presses Continue: the next screen shows, or the test fails saying so. */
export async function answerQuestion(widget, values) {
  const before = await headingText(widget);
  for (const value of values) await widget.locator(`input[value="${value}"]`).check();
  await continueButton(widget).click();
  try {
    await heading(widget)
      .filter({ hasNotText: before })
      .waitFor({ state: 'visible', timeout: STEP_TIMEOUT });
  } catch {
    assert.fail(`Continue did not leave “${before}”: the answer was not taken`);
  }
}

/** Start, then every answer of reader path `name`: its outcome is on screen. */
export async function playTo(widget, name) {
  await startQuiz(widget);
  for (const values of ANSWERS[name]) await answerQuestion(widget, values);
  const steps = READER_PATHS[name].steps;
  assert.equal(
    await widget.locator('[part~="step"]').count(),
    steps.length,
    `the ${READER_PATHS[name].outcome} outcome shows its ${steps.length} steps`,
  );
}

/** The quiz-complete events a page (or frame) recorded (helpers.js's init script). */
export function completes(frame) {
  return frame.evaluate(() => window.__completes);
}

/** Presses Shift three times, as a reader in a hurry does. */
export async function pressShiftThrice(page) {
  for (let press = 0; press < 3; press += 1) await page.keyboard.press('Shift');
}

/** Waits until `read()` returns `expected` (polling), then asserts it: the message says what it was. */
export async function eventually(read, expected, message, timeout = STEP_TIMEOUT) {
  const until = Date.now() + timeout;
  let value = await read();
  while (value !== expected && Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    value = await read();
  }
  assert.equal(value, expected, message);
}

/**
 * Holds responses for `url` back by `ms` (so a test can look at the page while it is leaving for
 * it); returns a function that removes the hold.
 */
export async function holdResponses(context, url, ms) {
  const handler = async (route) => {
    await new Promise((resolve) => setTimeout(resolve, ms));
    await route.continue().catch(() => {});
  };
  await context.route(url, handler);
  return () => context.unroute(url, handler);
}

/**
 * The average colour of a rectangle of an element's rendering, from a screenshot decoded by the
 * browser in a scratch page (no request, nothing on the page under test). `inset`: the fraction
 * of each side left out, e.g. 0.35 keeps the middle 30 %.
 */
export async function averageColour(context, locator, inset = 0.35) {
  const png = await locator.screenshot({ animations: 'disabled', caret: 'hide' });
  const scratch = await context.newPage();
  try {
    return await scratch.evaluate(
      async ({ bytes, inset }) => {
        const bitmap = await createImageBitmap(new Blob([new Uint8Array(bytes)]));
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const context2d = canvas.getContext('2d');
        context2d.drawImage(bitmap, 0, 0);
        const x = Math.floor(bitmap.width * inset);
        const y = Math.floor(bitmap.height * inset);
        const width = Math.max(1, bitmap.width - 2 * x);
        const height = Math.max(1, bitmap.height - 2 * y);
        const { data } = context2d.getImageData(x, y, width, height);
        const sum = [0, 0, 0];
        for (let index = 0; index < data.length; index += 4) {
          for (let channel = 0; channel < 3; channel += 1) sum[channel] += data[index + channel];
        }
        const count = data.length / 4;
        const [r, g, b] = sum.map((total) => Math.round(total / count));
        return { r, g, b, a: 1 };
      },
      { bytes: [...png], inset },
    );
  } finally {
    await scratch.close();
  }
}

/** Relative luminance (WCAG) of an opaque colour, 0 (black) to 1 (white). */
export function luminance({ r, g, b }) {
  const [R, G, B] = [r, g, b].map((channel) => {
    const c = channel / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * R + 0.7152 * G + 0.0722 * B;
}

/** Dark enough to be a dark theme's background (luminance under that of #595959). */
export const isDark = (colour) => luminance(colour) < 0.1;
