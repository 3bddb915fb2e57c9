// What moves on the demo article while it loads, seen from inside the page, where Lighthouse
// can only give the sum here.
import { median } from './stats.js';

/** Layout shifts on the demo article as a phone loads it (Lighthouse's mobile viewport): the
 *  sum, and which elements moved (Lighthouse 12.2's own layout-shift audits fail on Chromium
 *  156's traces, so these are the details behind its CLS). */
export async function demoLayoutShifts(browser, base) {
  const runs = [];
  for (let run = 0; run < 3; run++) {
    const context = await browser.newContext({
      viewport: { width: 412, height: 823 },
      deviceScaleFactor: 1.75,
      isMobile: true,
      hasTouch: true,
    });
    const page = await context.newPage();
    await page.addInitScript(() => {
      window.__shifts = [];
      const describe = (node) => {
        if (!node) return '(removed node)';
        if (node.nodeType !== 1) return `text in ${describe(node.parentElement)}`;
        const id = node.id ? `#${node.id}` : '';
        const classes = [...node.classList].map((name) => `.${name}`).join('');
        const host = node.getRootNode() instanceof ShadowRoot ? ' (in the shadow root)' : '';
        return `${node.localName}${id}${classes}${host}`;
      };
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          window.__shifts.push({
            at: Math.round(entry.startTime),
            value: entry.value,
            // Set by the viewport emulation too; Lighthouse counts these early shifts anyway.
            hadRecentInput: entry.hadRecentInput,
            sources: entry.sources.map((source) => ({
              node: describe(source.node),
              from: `${Math.round(source.previousRect.y)}px`,
              to:
                source.currentRect.width === 0 && source.currentRect.height === 0
                  ? 'out of view'
                  : `${Math.round(source.currentRect.y)}px`,
            })),
          });
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(`${base}/`, { waitUntil: 'load' });
    await page.waitForTimeout(1500);
    const shifts = await page.evaluate(() => window.__shifts);
    runs.push({ cls: shifts.reduce((sum, shift) => sum + shift.value, 0), shifts });
    await context.close();
  }
  return { cls: median(runs.map((run) => run.cls)), shifts: runs[0].shifts };
}
