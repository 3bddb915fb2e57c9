// The budgets the bench measures against, DESIGN.md "Budgets" (the gzip one is the build's own,
// from scripts/embed-config.js). The bench prints a verdict for each; nothing here is asserted.
import { EMBED_BUDGET_GZIP } from '../embed-config.js';

export const BUDGETS = {
  gzip: EMBED_BUDGET_GZIP,
  firstQuestionMs: 50,
  answerDomMs: 1,
  heapAboveBlank: 1024 * 1024,
};

/** DESIGN.md's floor estimates (KB gzip) for the parts it names. */
export const FLOOR_ESTIMATES = { lit: 6.4, xstate: 12.1, guide: 3.4 };
