// The JS heap as the budget counts it: the used size after forced garbage collection, so that
// garbage not yet collected never counts against the widget.
export async function heapUsed(cdp) {
  // Twice: one collection can leave behind what it only just released (weak references).
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  return (await cdp.send('Runtime.getHeapUsage')).usedSize;
}

/** The widget's heap above the blank page: the larger of its two figures (first question
 *  rendered, then after the answers) minus the blank page's. */
export const heapAboveBlank = ({ widget, baseline }) =>
  Math.max(widget.heapRendered, widget.heapAnswered) - baseline.heapRendered;
