// The size tables and the size gap in words: how far the embed is from its budget, and what each
// part costs.
import { BUDGETS, FLOOR_ESTIMATES } from './budgets.js';
import { shortLabel } from './bundle-parts.js';
import { kib } from './format.js';

export function sizeRows(sizes, staticBytes) {
  return [
    ['minified', String(sizes.min), kib(sizes.min), staticBytes ? `${staticBytes} B` : '—'],
    ['gzip -9', String(sizes.gzip), kib(sizes.gzip), ''],
    ['brotli q11', String(sizes.brotli), kib(sizes.brotli), ''],
  ];
}

export const ANALYSIS_HEAD = [
  'Part',
  'modules',
  'rendered, before minify (share)',
  'alone, min',
  'alone, gzip',
  'marginal gzip',
];

export function analysisRows(analysis) {
  const share = (part) => `${((part.rendered / analysis.renderedTotal) * 100).toFixed(0)}%`;
  const rows = analysis.parts.map((part) => [
    part.label,
    String(part.modules),
    `${part.rendered} (${share(part)})`,
    String(part.alone.min),
    String(part.alone.gzip),
    String(part.marginalGzip),
  ]);
  const sum = (pick) => analysis.parts.reduce((total, part) => total + pick(part), 0);
  rows.push(
    [
      '**sum of the parts**',
      String(sum((part) => part.modules)),
      String(sum((part) => part.rendered)),
      String(sum((part) => part.alone.min)),
      String(sum((part) => part.alone.gzip)),
      String(sum((part) => part.marginalGzip)),
    ],
    [
      '**the whole embed**',
      String(analysis.modules.length),
      String(analysis.renderedTotal),
      String(analysis.full.min),
      String(analysis.full.gzip),
      String(analysis.full.gzip),
    ],
  );
  return rows;
}

/** The size gap in words, from this run's numbers. */
export function gapText(analysis) {
  const whole = analysis.full.gzip;
  const named = analysis.parts.filter((part) => part.key in FLOOR_ESTIMATES);
  const rest = analysis.parts.filter((part) => !(part.key in FLOOR_ESTIMATES));
  const namedCost = named.reduce((sum, part) => sum + part.marginalGzip, 0);
  const byCost = [...analysis.parts].sort((a, b) => b.marginalGzip - a.marginalGzip);
  const list = byCost
    .map((part) => {
      const estimate = FLOOR_ESTIMATES[part.key];
      const note = estimate ? ` (DESIGN.md estimate ${estimate} KB)` : '';
      return `${shortLabel(part)} ${part.marginalGzip} B${note}`;
    })
    .join(', ');
  const status =
    whole > BUDGETS.gzip
      ? `Over the ${BUDGETS.gzip} B budget by ${whole - BUDGETS.gzip} B gzip.`
      : `Within the ${BUDGETS.gzip} B budget by ${BUDGETS.gzip - whole} B gzip.`;
  return [
    `${status} Marginal cost, largest first: ${list}.`,
    `The parts DESIGN.md estimates (${named.map((part) => part.key).join(', ')}) cost ${namedCost} B,`,
    `leaving ${BUDGETS.gzip - namedCost} B of the budget for ${rest.map(shortLabel).join(', ')},`,
    `which take ${whole - namedCost} B of the whole embed (their marginal costs sum to`,
    `${rest.reduce((sum, part) => sum + part.marginalGzip, 0)} B; the difference is shared compression context).`,
  ].join(' ');
}
