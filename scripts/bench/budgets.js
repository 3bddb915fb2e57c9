// The project's budgets for the embed, in one place. The bench measures each and prints a verdict;
// nothing here is asserted, except that scripts/build.js fails over the size gate. The timing
// budgets are ratios to the static page (the same question as plain HTML, measured in the same
// run, interleaved with the widget) because absolute milliseconds on shared machines move by tens
// of percent between runs, and a ratio within one run cancels the load that slows both alike.
import { EMBED_BUDGET_GZIP } from '../embed-config.js';

export const BUDGETS = {
  /** dist/ex-back-quiz.js, gzip -9, in bytes: the build's hard gate (scripts/embed-config.js). */
  gzip: EMBED_BUDGET_GZIP,
  /** Answer → next question in the DOM, median: at most this many times the static page's. */
  answerVsStatic: 1.5,
  /** Navigation → first screen painted: at most this many times the static page's. */
  firstPaintVsStatic: 1.5,
  /** JS heap above the blank page, in bytes (the larger of the two heap figures). */
  heapAboveBlank: 1024 * 1024,
  /** Lighthouse score on the demo article, in every category. */
  lighthouse: 100,
};

/**
 * The floor of the size budget: what any embed of this quiz must carry, lit, xstate and the
 * content (guide text and quiz copy). The bundle analysis builds these parts together, with
 * nothing else, and the report states the embed as a multiple of that build.
 */
export const FLOOR_PARTS = ['lit', 'xstate', 'guide', 'copy'];
