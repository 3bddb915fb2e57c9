// How figures are written in the report: units, ratios, and Markdown tables laid out the way Biome
// formats Markdown, so that `--write-doc` leaves BENCHMARKS.md as `npm run format` would.
export const isNumber = (value) => typeof value === 'number' && Number.isFinite(value);

export const ms = (value) =>
  isNumber(value) ? `${value < 10 ? value.toFixed(2) : value.toFixed(1)} ms` : '—';

export const kib = (bytes) => (isNumber(bytes) ? `${(bytes / 1024).toFixed(1)} KB` : '—');

/** Bytes with thousands apart, for prose: "32 768 B". */
export const bytes = (value) =>
  isNumber(value) ? `${String(value).replace(/\B(?=(\d{3})+$)/g, ' ')} B` : '—';

export const heapText = (value) =>
  isNumber(value)
    ? Math.abs(value) >= 1024 * 1024
      ? `${(value / 1024 / 1024).toFixed(2)} MiB`
      : `${(value / 1024).toFixed(0)} KiB`
    : '—';

export const ratio = (a, b) =>
  isNumber(a) && isNumber(b) && b > 0 ? `${(a / b).toFixed(1)}×` : '—';

export const difference = (a, b, format) => (isNumber(a) && isNumber(b) ? format(a - b) : '—');

/** A Markdown table, aligned the way Biome formats Markdown; first column left, rest right. */
export function table(head, rows) {
  const all = [head, ...rows].map((row) => row.map(String));
  const length = (text) => [...text].length;
  const widths = head.map((_, column) =>
    Math.max(3, ...all.map((row) => length(row[column] ?? ''))),
  );
  const pad = (text, column) => {
    const fill = ' '.repeat(widths[column] - length(text));
    return column === 0 ? text + fill : fill + text;
  };
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [
    line(all[0].map(pad)),
    line(
      widths.map((width, column) =>
        column === 0 ? '-'.repeat(width) : `${'-'.repeat(width - 1)}:`,
      ),
    ),
    ...all.slice(1).map((row) => line(row.map(pad))),
  ].join('\n');
}
