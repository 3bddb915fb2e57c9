// The budgets table: each budget of budgets.js, the figure it is judged on, and the verdict. The
// timing verdicts are taken at full CPU speed; the throttled figure is shown beside it.
import { BUDGETS } from './budgets.js';
import { heapText, isNumber, kib, ms } from './format.js';
import { heapAboveBlank } from './heap.js';

const verdict = (met) => (met ? 'met' : '**missed**');

/** `key`'s median for the widget over the static page's, e.g. "1.48×". */
const vsStatic = (result, key) => {
  const value = result?.medians.widget[key] / result?.medians.static[key];
  return { value, text: isNumber(value) ? `${value.toFixed(2)}×` : '—' };
};

/** A timing budget: widget ≤ `limit` × static, at 1× CPU, with the throttled ratio beside. */
function ratioRow(label, key, limit, { cpu1, cpu4, cpuSlowdown }) {
  const full = vsStatic(cpu1, key);
  return [
    label,
    `${limit}× static`,
    `${ms(cpu1.medians.widget[key])} = ${full.text} static (${cpuSlowdown}× CPU: ${vsStatic(cpu4, key).text})`,
    verdict(full.value <= limit),
  ];
}

export function budgetRows({ sizes, cpu1, cpu4, cpuSlowdown, lighthouse }) {
  const rows = [
    [
      'dist/ex-back-quiz.js gzip -9 (the build’s gate)',
      kib(BUDGETS.gzip),
      `${kib(sizes.gzip)} (${sizes.gzip} B)`,
      sizes.gzip <= BUDGETS.gzip ? 'met' : `**missed** by ${sizes.gzip - BUDGETS.gzip} B`,
    ],
  ];
  if (cpu1) {
    const timing = { cpu1, cpu4, cpuSlowdown };
    const heapAbove = heapAboveBlank(cpu1.medians);
    rows.push(
      ratioRow('answer → next question in DOM, median', 'answer', BUDGETS.answerVsStatic, timing),
      ratioRow(
        'navigation → first screen painted (widget: its first question)',
        'navToQuestionPainted',
        BUDGETS.firstPaintVsStatic,
        timing,
      ),
      [
        'JS heap above the blank page (larger of the two heap figures)',
        heapText(BUDGETS.heapAboveBlank),
        heapText(heapAbove),
        verdict(heapAbove <= BUDGETS.heapAboveBlank),
      ],
    );
  }
  if (lighthouse?.scores) {
    const scores = Object.values(lighthouse.scores);
    rows.push([
      'Lighthouse, demo article (performance / accessibility / best practices / SEO)',
      String(BUDGETS.lighthouse),
      scores.join(' / '),
      verdict(scores.every((score) => score >= BUDGETS.lighthouse)),
    ]);
  }
  return rows;
}
