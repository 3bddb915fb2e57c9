// Lighthouse on the demo article, programmatically, in the project's Chromium: the scores, the
// metrics, every audit that failed (with the elements or URLs it names), and the audits that
// Lighthouse itself could not run here, kept apart because they say nothing about the page.
// Writes .bench/lighthouse.json and .bench/lighthouse.html.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromiumArgs, findChromium } from '../find-browser.js';
import { OUT } from './paths.js';

const METRICS = [
  'first-contentful-paint',
  'largest-contentful-paint',
  'total-blocking-time',
  'cumulative-layout-shift',
  'speed-index',
];

/** What an audit names, one line each: the element or URL, and what is wrong with it. */
const itemLines = (audit) =>
  (audit.details?.items ?? [])
    .slice(0, 6)
    .map((item) => {
      const where = item.node?.selector ?? item.url ?? item.source?.url ?? item.label ?? '';
      const what = item.node?.explanation ?? item.node?.snippet ?? item.description ?? '';
      return `${where}${what ? ` — ${String(what).replace(/\s+/g, ' ').slice(0, 200)}` : ''}`;
    })
    .filter(Boolean);

/** Failed audits (binary under 1, scored under 0.9) and the audits that errored. */
function auditResults(lhr) {
  const findings = [];
  const toolErrors = [];
  for (const [categoryId, category] of Object.entries(lhr.categories)) {
    for (const ref of category.auditRefs) {
      const audit = lhr.audits[ref.id];
      const failed =
        ['binary', 'numeric', 'metricSavings'].includes(audit.scoreDisplayMode) &&
        audit.score !== null &&
        audit.score < (audit.scoreDisplayMode === 'binary' ? 1 : 0.9);
      if (audit.scoreDisplayMode === 'error') {
        toolErrors.push({ id: ref.id, message: audit.errorMessage ?? '' });
        continue;
      }
      if (!failed) continue;
      findings.push({
        category: categoryId,
        id: ref.id,
        title: audit.title,
        score: audit.score,
        weight: ref.weight,
        displayValue: audit.displayValue ?? audit.errorMessage ?? '',
        items: itemLines(audit),
      });
    }
  }
  return { findings, toolErrors };
}

/** Lighthouse's layout-shift details fail here (see toolErrors), so keep the trace's own
 *  LayoutShift events: score and the rectangles [x, y, width, height] that moved. */
const traceShifts = (artifacts) =>
  (artifacts?.Trace?.traceEvents ?? [])
    .filter((event) => event.name === 'LayoutShift' && event.args?.data?.is_main_frame)
    .map(({ args: { data } }) => ({
      score: data.score,
      hadRecentInput: data.had_recent_input,
      moved: (data.impacted_nodes ?? []).map(
        (node) => `[${node.old_rect.join(', ')}] → [${node.new_rect.join(', ')}]`,
      ),
    }));

export async function lighthouseRun(url) {
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const chrome = await chromeLauncher.launch({
    chromePath: findChromium(),
    chromeFlags: ['--headless=new', ...chromiumArgs],
    logLevel: 'silent',
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: ['json', 'html'],
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    });
    const [json, html] = result.report;
    writeFileSync(join(OUT, 'lighthouse.json'), json);
    writeFileSync(join(OUT, 'lighthouse.html'), html);
    const { lhr } = result;
    return {
      url: lhr.finalDisplayedUrl,
      formFactor: lhr.configSettings.formFactor,
      throttling: lhr.configSettings.throttlingMethod,
      lighthouseVersion: lhr.lighthouseVersion,
      scores: Object.fromEntries(
        Object.entries(lhr.categories).map(([id, category]) => [
          id,
          Math.round(category.score * 100),
        ]),
      ),
      metrics: Object.fromEntries(METRICS.map((id) => [id, lhr.audits[id]?.displayValue])),
      ...auditResults(lhr),
      traceShifts: traceShifts(result.artifacts),
    };
  } finally {
    await chrome.kill();
  }
}
