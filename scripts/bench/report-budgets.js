// The budgets table: each budget of budgets.js, the figure it is judged on, and the verdict. The
// timing verdicts are taken at full CPU speed; the throttled figure is shown beside it.
import { BUDGETS } from './budgets.js';
import { heapText, kib, ms } from './format.js';
import { heapAboveBlank } from './heap.js';

export function budgetRows({ sizes, cpu1, cpu4 }) {
  const rows = [
    [
      'dist/ex-back-quiz.js gzip -9',
      kib(BUDGETS.gzip),
      `${kib(sizes.gzip)} (${sizes.gzip} B)`,
      sizes.gzip <= BUDGETS.gzip ? 'met' : `**missed** by ${sizes.gzip - BUDGETS.gzip} B`,
    ],
  ];
  if (cpu1) {
    const w = cpu1.medians.widget;
    const heapAbove = heapAboveBlank(cpu1.medians);
    const check = (value, limit) => (value <= limit ? 'met' : '**missed**');
    rows.push(
      [
        'script arrived → first question rendered',
        `${BUDGETS.firstQuestionMs} ms`,
        `${ms(w.scriptToQuestion)} (4× CPU: ${ms(cpu4?.medians.widget.scriptToQuestion)})`,
        check(w.scriptToQuestion, BUDGETS.firstQuestionMs),
      ],
      [
        'answer → next question DOM, median',
        `${BUDGETS.answerDomMs} ms`,
        `${ms(w.answer)} (4× CPU: ${ms(cpu4?.medians.widget.answer)})`,
        check(w.answer, BUDGETS.answerDomMs),
      ],
      [
        'JS heap above the blank page (larger of the two heap figures)',
        heapText(BUDGETS.heapAboveBlank),
        heapText(heapAbove),
        check(heapAbove, BUDGETS.heapAboveBlank),
      ],
    );
  }
  return rows;
}
