// @ts-check
// What each reader should end on, written out by hand from the guide and content/README.md, never
// computed by the code under test (the machine, content/quiz.ts's stepNotes, machines/screen.ts):
// - `STEP_TITLES`: the guide's 15 step titles, from the README's "Seed → real steps" table.
// - `STEPS_BY_OUTCOME`: the steps each outcome recommends, in the order shown: the hand-written
//   `steps` of test/reader-paths.js, one per outcome.
// - `expectedOutcome(answers)`: the outcome the README's branch table gives for a reader's answers.

import { READER_PATHS } from './reader-paths.js';

/** The guide's step titles by number (step 1's apostrophes are straight, as in the seed). */
export const STEP_TITLES = /** @type {const} */ ({
  1: "First make sure that you really want to do this because if it didn't work out the first time there was a reason, don't make the same mistake twice.",
  2: 'Approach him calmly and rationally when you’re ready.',
  3: 'Get together for a casual sit-down.',
  4: 'Ask him to talk about the relationship.',
  5: 'Brace yourself.',
  6: 'Accept the outcome.',
  7: 'Start slowly.',
  8: 'Address the real issues.',
  9: 'Acknowledge past grievances and address them as necessary.',
  10: 'Follow up and be accountable.',
  11: 'Focus on the present.',
  12: 'Know when to call it off.',
  13: 'Keep a level head.',
  14: 'Be honest with yourself about your motives for trying to get your ex back.',
  15: 'Get together for the right reasons: because you care about him and truly have hope for the relationship.',
});

/** Outcome id → the guide steps it recommends, in order (test/reader-paths.js, by outcome). */
export const STEPS_BY_OUTCOME = Object.freeze(
  Object.fromEntries(
    Object.entries(READER_PATHS)
      .filter(([name, path]) => name === path.outcome)
      .map(([outcome, path]) => [outcome, path.steps]),
  ),
);

/**
 * Steps the abuse outcome must never recommend: steps 1–11 and 15 tell the reader when and how to
 * approach, meet, talk to or rebuild with him, and step 12 suggests staying friends with him. Only
 * 13 ("If the relationship was abusive in any way, don’t go back to it. Period.") and 14 (moving
 * on) are safe for a reader who was abused.
 */
export const STEPS_ABOUT_CONTACTING_HIM = Object.freeze([
  1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 15,
]);

/** @typedef {Readonly<Partial<Record<string, readonly string[]>>>} Answers question id → option ids */

/**
 * Abuse, by the guide's step 13 ("abusive in any way"): the reader said yes, or ticked any one of
 * the concrete warning signs, even beside "None of these".
 * @param {Answers} answers
 */
export const reportsAbuse = (answers) =>
  (answers.safety ?? []).includes('yes') ||
  (answers['warning-signs'] ?? []).some((sign) => sign !== 'none');

/**
 * The outcome content/README.md's branch table gives for these answers, its rules tried in the
 * table's order. Throws when the answers stop before a rule decides: a question the guide needs was
 * not asked.
 * @param {Answers} answers
 * @returns {string}
 */
export function expectedOutcome(answers) {
  /** @param {string} question */
  const answered = (question) => {
    const choices = answers[question];
    if (!choices || choices.length === 0) {
      throw new Error(`no answer to ${question}: ${JSON.stringify(answers)}`);
    }
    return choices;
  };

  // Step 13: abusive in any way (said so, or any warning sign): don't go back.
  if (reportsAbuse(answers)) return 'dont-go-back';
  // Step 13: broke up (even in part) over something hurtful, or not satisfied: let it go.
  const reasons = answered('breakup-reason');
  if (reasons.includes('hurtful') || reasons.includes('unsatisfied')) return 'let-go';
  // Step 13: still carrying past hurt that won't go: reconsider.
  if (answered('past-hurt').includes('yes')) return 'reconsider';
  // Steps 14–15: any motive but caring about him: move on.
  if (answered('motives').some((motive) => motive !== 'care')) return 'move-on';
  // Steps 1–12, one branch per stage.
  const [stage] = answered('stage');
  switch (stage) {
    case 'no-contact':
      // Step 1: at least a month; step 2: no longer compelled to beg or berate him.
      if (answered('time-since').includes('under-a-month')) return 'wait';
      return answered('urge').includes('yes') ? 'wait' : 'reach-out';
    case 'not-ready':
      return 'give-him-time';
    case 'friendly':
      return 'meet-up';
    case 'met-up':
      return 'ask-to-talk';
    case 'asked':
      // Step 4: if he's not ready, don't force it.
      return answered('his-answer').includes('not-ready') ? 'dont-force' : 'serious-talk';
    case 'talked': {
      const [decision] = answered('decision');
      if (decision === 'try-again') return 'rebuild';
      if (decision === 'not-working') return 'call-it-off';
      if (decision === 'not-together') return 'accept';
      if (decision === 'undecided') return 'serious-talk';
      throw new Error(`unknown decision ${decision}`);
    }
    default:
      throw new Error(`unknown stage ${stage}`);
  }
}
