// Chromium for the bench, and one page in a fresh context: the harness injected first, the CPU
// throttled through CDP if asked, and the page's marks once its first question is painted.
import { chromium } from 'playwright-core';
import { chromiumArgs, findChromium } from '../find-browser.js';
import { harness } from './harness.js';

/** The project's Chromium, with gc() exposed so that heap figures follow a full collection. */
export function launchBrowser() {
  return chromium.launch({
    executablePath: findChromium(),
    args: [...chromiumArgs, '--js-flags=--expose-gc'],
  });
}

export async function openPage(browser, url, { cpu = 1 } = {}) {
  const context = await browser.newContext();
  await context.addInitScript(harness);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const cdp = await context.newCDPSession(page);
  if (cpu > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
  await page.goto(url, { waitUntil: 'load' });
  await page
    .waitForFunction(
      () =>
        window.__bench.t.error ||
        (window.__bench.t.ran !== undefined && window.__bench.t.questionPainted !== undefined),
      undefined,
      { timeout: 30_000 },
    )
    .catch(() => {});
  const marks = await page.evaluate(() => window.__bench.t);
  if (marks.error || errors.length || marks.questionPainted === undefined) {
    await context.close();
    throw new Error(
      `${url}: ${marks.error ?? errors.join('; ') ?? 'no first question'} (marks ${JSON.stringify(marks)})`,
    );
  }
  return { context, page, cdp, marks };
}
