// The Lighthouse section of the report: scores, metrics, the layout shifts behind its CLS (from
// its trace and from the bench's own observer), its findings, and the audits it could not run.
import { table } from './format.js';

/** The section's lines; `layoutShifts` is the bench's own measurement on the same article. */
export function lighthouseLines(result, layoutShifts) {
  const lines = ['### Lighthouse (demo article, dist/demo/index.html)', ''];
  const out = (text = '') => lines.push(text);
  if (result.error) {
    out(`Lighthouse failed: ${result.error.split('\n')[0]}`);
    return lines;
  }
  const { scores, metrics, findings } = result;
  out(
    table(
      ['performance', 'accessibility', 'best-practices', 'seo'],
      [
        [scores.performance, scores.accessibility, scores['best-practices'], scores.seo].map(
          String,
        ),
      ],
    ),
  );
  out();
  const metricText = Object.entries(metrics)
    .map(([id, value]) => `${id}: ${value}`)
    .join(', ');
  out(
    `Lighthouse ${result.lighthouseVersion}, ${result.formFactor}, ${result.throttling} throttling. ${metricText}. Full report: .bench/lighthouse.html.`,
  );
  out();
  for (const shift of result.traceShifts) {
    out(
      `Lighthouse trace: layout shift ${shift.score.toFixed(3)}${shift.hadRecentInput ? ' (flagged had_recent_input by the emulation; Lighthouse counts it)' : ''}, rectangles [x, y, w, h] moved: ${shift.moved.join('; ')}.`,
    );
    out();
  }
  if (layoutShifts) {
    out(
      `Layout shifts on the demo article at 412 × 823 (bench's own PerformanceObserver, median of 3 loads): CLS ${layoutShifts.cls.toFixed(3)}.`,
    );
    for (const shift of layoutShifts.shifts) {
      const moved = shift.sources.map((source) => `${source.node} ${source.from} → ${source.to}`);
      const flagged = shift.hadRecentInput ? ' (flagged had_recent_input)' : '';
      out(`- at ${shift.at} ms, ${shift.value.toFixed(3)}${flagged}: ${moved.join('; ')}`);
    }
    out();
  }
  if (findings.length) {
    out('Findings (binary audits failed, scored audits under 0.9):');
    out();
    for (const finding of findings) {
      out(
        `- \`${finding.id}\` (${finding.category}, score ${finding.score ?? 'error'}, weight ${finding.weight}): ${finding.title}${finding.displayValue ? ` — ${finding.displayValue}` : ''}`,
      );
      for (const item of finding.items) out(`  - ${item.replaceAll('|', '\\|')}`);
    }
  } else {
    out('No findings.');
  }
  out();
  if (result.toolErrors.length) {
    out(
      `Audits Lighthouse ${result.lighthouseVersion} could not run here (its trace processing vs this Chromium; not about the page): ${result.toolErrors.map((error) => `\`${error.id}\``).join(', ')} — ${result.toolErrors[0].message}`,
    );
    out();
  }
  return lines;
}
