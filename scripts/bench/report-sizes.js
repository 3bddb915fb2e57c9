// The size tables and the size budget in words: the gate, the floor (what any embed of this quiz
// must carry), the embed as a multiple of the floor, and what each part costs.
import { BUDGETS, FLOOR_PARTS } from './budgets.js';
import { PARTS, shortLabel } from './bundle-parts.js';
import { bytes, kib } from './format.js';

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

/** The size budget in words, from this run's numbers (gzip -9 throughout). */
export function sizeLines(sizes, analysis) {
  const embed = sizes.gzip;
  const floor = analysis.floor.gzip;
  const margin = BUDGETS.gzip - embed;
  const names = (keys) => keys.map((key) => shortLabel(PARTS.find((part) => part.key === key)));
  const above = PARTS.map((part) => part.key).filter((key) => !FLOOR_PARTS.includes(key));
  const byCost = [...analysis.parts].sort((a, b) => b.marginalGzip - a.marginalGzip);
  return [
    `- Gate: ${bytes(BUDGETS.gzip)} gzip -9; the build fails above it. The embed, ${bytes(embed)}, is ${margin >= 0 ? `${bytes(margin)} under` : `**${bytes(-margin)} over**`}.`,
    `- Floor: ${bytes(floor)} = ${names(FLOOR_PARTS).join(' + ')}, built together with nothing else: what any embed of this quiz carries.`,
    `- Embed ${bytes(embed)} = ${(embed / floor).toFixed(2)} × floor; the ${bytes(embed - floor)} above it are ${names(above).join(' and ')}.`,
    `- Marginal cost, largest first: ${byCost.map((part) => `${shortLabel(part)} ${part.marginalGzip} B`).join(', ')}.`,
  ];
}
