// @ts-check
// The reader paths that every layer of the tests walks: the machine tests, the element tests, the
// end-to-end tests on dist/ and the screenshot script all import this one table.
//
// Everything expected here is written out by hand from the guide and the README, never computed by
// the code under test:
// - `steps`: the guide steps the outcome recommends, in the order shown. Why each applies is the
//   guide's own line, quoted in content/README.md beside the branch that leads there.
// - `progress`: the progress line on each question of the path. The quiz has at most 8 questions
//   (safety, warning signs, why you broke up, past hurt, motives, where things stand, time since,
//   the urge), and the fewest left from any question is 1, so every line but the last says how many
//   at most may follow.

/** @typedef {readonly [question: string, ...choices: string[]]} Answer */
/**
 * @typedef {object} ReaderPath
 * @property {string} outcome  the outcome id it ends on
 * @property {readonly Answer[]} answers  each question's id, then the option ids chosen
 * @property {readonly number[]} steps  guide step numbers the outcome recommends, in order
 * @property {readonly string[]} progress  the progress line shown on each question, in order
 */

const FIRST = 'Question 1, up to 7 more after this';

/** The first four answers of a reader who reaches "where do things stand". */
const READY_FOR_STAGE = /** @type {const} */ ([
  ['safety', 'no'],
  ['breakup-reason', 'circumstances'],
  ['past-hurt', 'no'],
  ['motives', 'care'],
]);
const READY_PROGRESS = [
  FIRST,
  'Question 2, up to 5 more after this',
  'Question 3, up to 4 more after this',
  'Question 4, up to 3 more after this',
  'Question 5, up to 2 more after this',
];

/** @type {Readonly<Record<string, ReaderPath>>} One path per outcome (keyed by it), and more. */
export const READER_PATHS = {
  // Step 13 only: "If the relationship was abusive in any way, don't go back to it. Period."
  'dont-go-back': {
    outcome: 'dont-go-back',
    answers: [['safety', 'yes']],
    steps: [13],
    progress: [FIRST],
  },
  // Step 13 (broke up over hurt or dissatisfaction: let it go), step 12 (how to let go).
  'let-go': {
    outcome: 'let-go',
    answers: [
      ['safety', 'no'],
      ['breakup-reason', 'hurtful'],
    ],
    steps: [12, 13],
    progress: [FIRST, 'Question 2, up to 5 more after this'],
  },
  // Step 9 (acknowledge past grievances), step 13 (past hurt: reconsider).
  reconsider: {
    outcome: 'reconsider',
    answers: [
      ['safety', 'no'],
      ['breakup-reason', 'circumstances', 'fighting'],
      ['past-hurt', 'yes'],
    ],
    steps: [9, 13],
    progress: [FIRST, 'Question 2, up to 5 more after this', 'Question 3, up to 4 more after this'],
  },
  // Steps 14–15 (wrong motives: move on instead), step 12 (how to move on).
  'move-on': {
    outcome: 'move-on',
    answers: [
      ['safety', 'not-sure'],
      ['warning-signs', 'none'],
      ['breakup-reason', 'circumstances'],
      ['past-hurt', 'no'],
      ['motives', 'care', 'lonely'],
    ],
    steps: [12, 14, 15],
    progress: [
      FIRST,
      'Question 2, up to 6 more after this',
      'Question 3, up to 5 more after this',
      'Question 4, up to 4 more after this',
      'Question 5, up to 3 more after this',
    ],
  },
  // Step 1 (at least a month), step 2 (reach out once you no longer feel compelled to beg).
  wait: {
    outcome: 'wait',
    answers: [...READY_FOR_STAGE, ['stage', 'no-contact'], ['time-since', 'under-a-month']],
    steps: [1, 2],
    progress: [...READY_PROGRESS, 'Question 6, up to 1 more after this'],
  },
  // Step 2 (initial feelers), step 3 (approach him calmly).
  'reach-out': {
    outcome: 'reach-out',
    answers: [
      ...READY_FOR_STAGE,
      ['stage', 'no-contact'],
      ['time-since', 'a-month-or-more'],
      ['urge', 'no'],
    ],
    steps: [2, 3],
    progress: [
      ...READY_PROGRESS,
      'Question 6, up to 1 more after this',
      'Question 7, the last one',
    ],
  },
  // He isn't ready: step 1 (allow him time), step 2 (don't force it, feelers later).
  'give-him-time': {
    outcome: 'give-him-time',
    answers: [...READY_FOR_STAGE, ['stage', 'not-ready']],
    steps: [1, 2],
    progress: READY_PROGRESS,
  },
  // Friendly contact: step 3 (approach calmly), step 4 (a casual sit-down).
  'meet-up': {
    outcome: 'meet-up',
    answers: [...READY_FOR_STAGE, ['stage', 'friendly']],
    steps: [3, 4],
    progress: READY_PROGRESS,
  },
  // Met up casually: step 4 (the sit-down), step 5 (ask him to talk about the relationship).
  'ask-to-talk': {
    outcome: 'ask-to-talk',
    answers: [...READY_FOR_STAGE, ['stage', 'met-up']],
    steps: [4, 5],
    progress: READY_PROGRESS,
  },
  // He isn't ready to talk: step 3 and step 4 ("if he's not ready, be prepared to wait").
  'dont-force': {
    outcome: 'dont-force',
    answers: [...READY_FOR_STAGE, ['stage', 'asked'], ['his-answer', 'not-ready']],
    steps: [3, 4],
    progress: [...READY_PROGRESS, 'Question 6, the last one'],
  },
  // He is willing: step 5 (the talk), step 6 (brace yourself).
  'serious-talk': {
    outcome: 'serious-talk',
    answers: [...READY_FOR_STAGE, ['stage', 'asked'], ['his-answer', 'willing']],
    steps: [5, 6],
    progress: [...READY_PROGRESS, 'Question 6, the last one'],
  },
  // Trying again: steps 7–11, start slowly through focus on the present.
  rebuild: {
    outcome: 'rebuild',
    answers: [...READY_FOR_STAGE, ['stage', 'talked'], ['decision', 'try-again']],
    steps: [7, 8, 9, 10, 11],
    progress: [...READY_PROGRESS, 'Question 6, the last one'],
  },
  // Tried again and it isn't working: step 10 (be accountable), step 12 (know when to call it off).
  'call-it-off': {
    outcome: 'call-it-off',
    answers: [...READY_FOR_STAGE, ['stage', 'talked'], ['decision', 'not-working']],
    steps: [10, 12],
    progress: [...READY_PROGRESS, 'Question 6, the last one'],
  },
  // Decided not to: step 6 (accept the outcome), step 12 (moving on).
  accept: {
    outcome: 'accept',
    answers: [...READY_FOR_STAGE, ['stage', 'talked'], ['decision', 'not-together']],
    steps: [6, 12],
    progress: [...READY_PROGRESS, 'Question 6, the last one'],
  },
  // Not sure about abuse, then a warning sign: the same outcome as "Yes", by the longer way.
  'abuse-by-warning-signs': {
    outcome: 'dont-go-back',
    answers: [
      ['safety', 'not-sure'],
      ['warning-signs', 'put-downs', 'fear'],
    ],
    steps: [13],
    progress: [FIRST, 'Question 2, up to 6 more after this'],
  },
};

/** The outcome ids the content must have: 14, each reached by the path of the same name. */
export const OUTCOMES = Object.values(READER_PATHS)
  .map((path) => path.outcome)
  .filter((outcome, index, all) => all.indexOf(outcome) === index);
