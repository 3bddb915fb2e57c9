// Shared by the end-to-end tests: the built demo site (dist/demo/, from `npm run build`) served by
// scripts/serve.js, Debian's Chromium driven by playwright-core, and a log of everything a page
// did that a site owner would not want: console errors and warnings, uncaught errors, CSP
// violations, requests to another origin.
import assert from 'node:assert/strict';
import { copyFileSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { after, before } from 'node:test';
import { chromium } from 'playwright-core';
import { chromiumArgs, findChromium } from '../../scripts/find-browser.js';
import { serve } from '../../scripts/serve.js';
import { READER_PATHS } from '../reader-paths.js';

export const DEMO = 'dist/demo';

/** The reach-out path from the shared reader paths: one array of option values per question. */
export const REACH_OUT = READER_PATHS['reach-out'].answers.map(([, ...choices]) => choices);
export const REACH_OUT_OUTCOME = { outcome: 'reach-out', steps: READER_PATHS['reach-out'].steps };

/** Serves `root` on a free port (`options`: serve()'s); returns the server and its origin. */
export async function startServer(root = DEMO, options = {}) {
  assert.ok(existsSync(`${root}/index.html`), `${root}/index.html is missing: run npm run build`);
  const server = await serve({ ...options, root, port: 0 });
  return { server, origin: `http://127.0.0.1:${server.address().port}` };
}

/**
 * A throwaway site with one host page per embed: each `{ tag, file }` of `embeds` is copied in and
 * gets `<tag>.html`, the page `page(embed, src)` writes around it (`src`: the script's address).
 * Served on a free port; `close()` stops the server and removes the files.
 */
export async function serveEmbedPages(name, embeds, page) {
  const site = mkdtempSync(join(tmpdir(), `ex-back-quiz-${name}-`));
  writeFileSync(join(site, 'index.html'), `<!doctype html><title>${name}</title>`);
  for (const embed of embeds) {
    copyFileSync(embed.file, join(site, basename(embed.file)));
    writeFileSync(join(site, `${embed.tag}.html`), page(embed, `./${basename(embed.file)}`));
  }
  const { server, origin } = await startServer(site);
  return {
    origin,
    close() {
      server.close();
      rmSync(site, { recursive: true, force: true });
    },
  };
}

export function launchBrowser() {
  return chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
}

/**
 * Serves `root` and launches a browser before the tests of the file (or of the describe block it is
 * called in), closing both after them. Returns `{ server, origin, browser }`, filled in by then.
 */
export function serveDemoSite(root = DEMO) {
  const site = {};
  before(async () => {
    ({ server: site.server, origin: site.origin } = await startServer(root));
    site.browser = await launchBrowser();
  });
  after(async () => {
    await site.browser?.close();
    site.server?.close();
  });
  return site;
}

/**
 * A fresh context and page for one test, with its log. The init script runs before any page
 * script (Playwright injects it outside the page's CSP) and records CSP violations and the
 * widgets' quiz-complete events.
 */
export async function openPage(browser, { viewport = { width: 1280, height: 900 }, ...rest } = {}) {
  const context = await browser.newContext({ viewport, reducedMotion: 'reduce', ...rest });
  await context.addInitScript(() => {
    window.__violations = [];
    window.__completes = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__violations.push(`${event.violatedDirective} ${event.blockedURI} ${event.sample}`);
    });
    document.addEventListener('quiz-complete', (event) => {
      const target = event.composedPath()[0];
      window.__completes.push({ id: target.id || null, ...event.detail });
    });
  });
  const log = { console: [], errors: [], requests: [] };
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning') {
      const { url } = message.location();
      log.console.push(`${message.type()}: ${message.text()}${url ? ` (${url})` : ''}`);
    }
  });
  page.on('pageerror', (error) => log.errors.push(error.message));
  context.on('request', (request) => log.requests.push(request.url()));
  return { context, page, log };
}

/**
 * No console error or warning, no uncaught error, no CSP violation, no request off `origin`.
 * `allowConsole`: patterns of console messages that are the test page's, not the widget's.
 */
export async function assertClean(
  page,
  log,
  origin,
  { allowRequests = [], allowConsole = [] } = {},
) {
  assert.deepEqual(log.errors, [], 'uncaught errors');
  const messages = log.console.filter(
    (text) => !allowConsole.some((pattern) => pattern.test(text)),
  );
  assert.deepEqual(messages, [], 'console errors and warnings');
  if (!page.isClosed() && new URL(page.url()).origin === origin) {
    assert.deepEqual(await page.evaluate(() => window.__violations), [], 'CSP violations');
  }
  const away = log.requests.filter(
    (url) => new URL(url).origin !== origin && !allowRequests.includes(url),
  );
  assert.deepEqual(away, [], 'requests that left the page’s origin');
}

/** The widget's open shadow root, once rendered: Playwright locators pierce it. */
export async function waitForWidget(widget) {
  await widget.locator('[part~="card"]').waitFor({ state: 'visible' });
}

/** Answers `answers` through the UI (check each value, press Continue); `onScreen` after each. */
export async function answerAll(widget, answers, onScreen) {
  for (const values of answers) {
    await answer(widget, values);
    await onScreen?.();
  }
}

export async function start(widget) {
  await widget.locator('button[part~="primary-button"]').click();
  await widget.locator('fieldset').waitFor({ state: 'visible' });
}

export async function answer(widget, values) {
  const heading = await widget.locator('[data-screen-heading]').textContent();
  for (const value of values) await widget.locator(`input[value="${value}"]`).check();
  await widget.getByRole('button', { name: 'Continue', exact: true }).click();
  // The next screen has another heading (questions are never asked twice).
  await widget
    .locator('[data-screen-heading]')
    .filter({ hasNotText: heading ?? '' })
    .waitFor({ state: 'visible' });
}

/**
 * Start → the reach-out answers → the outcome, checked by its quiz-complete event and links.
 * `answered`: how many of the answers were already given (the widget is on the next question).
 */
export async function completeReachOut(page, widget, { answered, onScreen } = {}) {
  const before = await page.evaluate(() => window.__completes.length);
  if (answered === undefined) {
    await start(widget);
    await onScreen?.();
  }
  await answerAll(widget, REACH_OUT.slice(answered ?? 0), onScreen);
  await page.waitForFunction((count) => window.__completes.length > count, before);
  const complete = await page.evaluate((index) => window.__completes[index], before);
  assert.deepEqual(
    { outcome: complete.outcome, steps: complete.steps },
    REACH_OUT_OUTCOME,
    'quiz-complete detail',
  );
  const links = await widget
    .locator('a[part~="step-link"]')
    .evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')));
  assert.equal(links.length, 2, 'two recommended steps');
  assert.match(links[0], /#step-2$/);
  assert.match(links[1], /#step-3$/);
  return complete;
}

/**
 * What sticks out on the widget's current screen: the card past the viewport, any element past
 * the card's edges, any element whose content is wider than its box (clipped or spilling).
 */
export function layoutProblems(widget) {
  return widget.evaluate((host) => {
    const card = host.shadowRoot.querySelector('[part~="card"]');
    const screen = host.shadowRoot.querySelector('[data-screen-heading]')?.textContent?.trim();
    const edges = card.getBoundingClientRect();
    const problems = [];
    const where = (element) =>
      `${element.tagName.toLowerCase()}${element.className ? `.${element.className}` : ''}`;
    if (edges.left < 0 || edges.right > document.documentElement.clientWidth) {
      problems.push(`card spans ${edges.left}–${edges.right} px, past the viewport`);
    }
    for (const element of [card, ...card.querySelectorAll('*')]) {
      const box = element.getBoundingClientRect();
      if (box.width <= 1 || getComputedStyle(element).clipPath !== 'none') continue;
      // The Exit button floating at the top of the viewport while its bar is scrolled away (a
      // popover, in the top layer) is placed against the viewport, not the card.
      if (element.matches(':popover-open')) {
        if (box.left < 0 || box.right > document.documentElement.clientWidth) {
          problems.push(`${where(element)} floats ${box.left}–${box.right} px, past the viewport`);
        }
        continue;
      }
      if (box.right > edges.right + 0.5 || box.left < edges.left - 0.5) {
        problems.push(`${where(element)} sticks out of the card (${box.left}–${box.right} px)`);
      }
      if (element.scrollWidth > element.clientWidth + 1 && element.clientWidth > 0) {
        problems.push(
          `${where(element)} content ${element.scrollWidth} px in ${element.clientWidth}`,
        );
      }
    }
    return [...new Set(problems)].map((problem) => `${screen}: ${problem}`);
  });
}

/** Parses `rgb(…)`/`rgba(…)` from getComputedStyle. */
export function parseColor(text) {
  const match = text.match(/rgba?\(([^)]+)\)/);
  assert.ok(match, `not an rgb() colour: ${text}`);
  const [r, g, b, a = 1] = match[1]
    .split(/[\s,/]+/)
    .filter(Boolean)
    .map(Number);
  return { r, g, b, a };
}

/** WCAG 2 contrast ratio of two opaque colours. */
export function contrast(first, second) {
  const luminance = ({ r, g, b }) => {
    const [R, G, B] = [r, g, b].map((channel) => {
      const c = channel / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * R + 0.7152 * G + 0.0722 * B;
  };
  const [light, dark] = [luminance(first), luminance(second)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}
