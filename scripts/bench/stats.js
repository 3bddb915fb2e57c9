// Medians and percentiles over repeated runs. Values that are not finite numbers (a mark a run did
// not reach) are left out rather than counted as zero.
const sorted = (values) => values.filter(Number.isFinite).sort((a, b) => a - b);

export function median(values) {
  const list = sorted(values);
  if (list.length === 0) return null;
  const middle = Math.floor(list.length / 2);
  return list.length % 2 ? list[middle] : (list[middle - 1] + list[middle]) / 2;
}

/** Nearest-rank percentile. */
export function percentile(values, p) {
  const list = sorted(values);
  if (list.length === 0) return null;
  return list[Math.min(list.length - 1, Math.ceil((p / 100) * list.length) - 1)];
}
