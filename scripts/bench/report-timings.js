// The timing and heap tables: each figure for the widget beside the blank page (baseline) and the
// same question as plain HTML (static), with the ratios or differences taken within the run.
import { difference, heapText, ms, ratio } from './format.js';

export const TIMING_HEAD = [
  'Figure',
  'widget',
  'baseline (blank shell)',
  'static HTML',
  'widget ÷ baseline',
  'widget ÷ static',
];

export function timingRows(result) {
  const { widget, baseline, static: plain } = result.medians;
  const row = (label, key, { base = true, stat = true } = {}) => [
    label,
    ms(widget[key]),
    base ? ms(baseline[key]) : '—',
    stat ? ms(plain[key]) : '—',
    base ? ratio(widget[key], baseline[key]) : '—',
    stat ? ratio(widget[key], plain[key]) : '—',
  ];
  return [
    row('script arrived → module ran (widget: element defined)', 'scriptToRan'),
    row('script arrived → intro rendered', 'scriptToIntro', { base: false, stat: false }),
    row('script arrived → first question rendered (Start clicked at once)', 'scriptToQuestion', {
      base: false,
      stat: false,
    }),
    row('navigation → HTML parsed (inline script at the end of body)', 'navToParsed'),
    row('navigation → module ran', 'navToRan'),
    row('navigation → intro rendered', 'navToIntro', { base: false, stat: false }),
    row('navigation → first question in DOM (baseline: shell parsed)', 'navToQuestion'),
    row('navigation → its next frame (rAF)', 'navToQuestionFrame'),
    row('answer → next question in DOM, median', 'answer', { base: false }),
    row('answer → next question in DOM, p90', 'answerP90', { base: false }),
    row('answer → its heading focus() called (DOM built), median', 'answerBeforeFocus', {
      base: false,
    }),
    row('answer → next frame (rAF), median', 'answerFrame', { base: false }),
    row('answer → next frame (rAF), p90', 'answerFrameP90', { base: false }),
    row('answer → that frame rendered, median', 'answerPainted', { base: false }),
    row('Back → previous question in DOM, median', 'back', { base: false }),
    row('Back → previous question in DOM, p90', 'backP90', { base: false }),
    row('Back → next frame (rAF), median', 'backFrame', { base: false }),
  ];
}

export const HEAP_HEAD = [
  'After',
  'widget',
  'baseline (blank shell)',
  'static HTML',
  'widget − baseline',
  'widget − static',
];

export function heapRows(result, answers) {
  const { widget, baseline, static: plain } = result.medians;
  return [
    ['after first question rendered', 'heapRendered'],
    [`after ${answers} answers + ${answers} Backs (baseline: idle)`, 'heapAnswered'],
  ].map(([label, key]) => [
    label,
    heapText(widget[key]),
    heapText(baseline[key]),
    heapText(plain[key]),
    difference(widget[key], baseline[key], heapText),
    difference(widget[key], plain[key], heapText),
  ]);
}
