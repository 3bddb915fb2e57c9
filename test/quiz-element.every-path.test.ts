// <ex-back-quiz> played along every complete path of the decision tree, the way a reader plays it:
// a click on each answer (its label or its input), Continue, and Back from every question but the
// first to check the earlier answer is still chosen. The paths are the ones machine.paths.test.ts
// proves, enumerated by test/machine-paths.ts. Everything expected comes from elsewhere than the
// code under test: the headings and options from content/quiz.ts; the progress line's figures
// counted here from the enumerated paths (not machines/progress.ts), phrased by content/ui.ts; the
// outcome from the README's branch table and its steps from the guide, both written out by hand in
// test/expected-outcomes.js.
import { expect } from '@open-wc/testing';
import { outcomes, type QuestionId, questions } from '../content/quiz.ts';
import type { QuestionText } from '../content/types.ts';
import { ui } from '../content/ui.ts';
import type { QuizCompleteDetail } from '../src/index.ts';
import {
  expectedOutcome,
  reportsAbuse,
  STEP_TITLES,
  STEPS_ABOUT_CONTACTING_HIM,
  STEPS_BY_OUTCOME,
} from './expected-outcomes.js';
import {
  completePaths,
  describePath,
  eventsOf,
  optionsOf,
  type QuizPath,
  stateOf,
} from './machine-paths.ts';
import {
  answerInputs,
  back,
  button,
  checkedValues,
  continueQuiz,
  type ExBackQuiz,
  expectSame,
  input,
  query,
  queryAll,
  quiz,
  record,
  screenHeading,
  shadow,
  start,
  text,
} from './quiz-element.helpers.ts';

type Answer = readonly [question: QuestionId, choices: readonly string[]];

/** A complete path as the reader walks it: the answers in order, and where the machine ends it. */
interface Walk {
  readonly answers: readonly Answer[];
  readonly end: string;
  readonly name: string;
}

const walkOf = (path: QuizPath): Walk => ({
  answers: eventsOf(path).flatMap((event) =>
    event.type === 'quiz.answer' ? [[event.question, event.choices] as const] : [],
  ),
  end: stateOf(path.state),
  name: describePath(path),
});

const ALL: readonly Walk[] = completePaths().map(walkOf);

/**
 * An answer a reader can give in the widget. Ticking a question's exclusive option ("None of
 * these") unticks the others and ticking another unticks it, so an answer holding both can only
 * reach the machine some other way (saved progress, a script); the enumeration has it as a class.
 */
function readerCanGive([question, choices]: Answer): boolean {
  const { exclusiveOption } = questions[question] as QuestionText;
  return !(exclusiveOption && choices.includes(exclusiveOption) && choices.length > 1);
}

const WALKABLE = ALL.filter((walk) => walk.answers.every(readerCanGive));
const UNWALKABLE = ALL.filter((walk) => !walk.answers.every(readerCanGive));

/**
 * Questions on each complete path sharing the first n answers, fewest and most: counted from the
 * enumerated paths, independently of machines/progress.ts.
 */
const prefixKey = (answers: readonly Answer[], n: number) => JSON.stringify(answers.slice(0, n));
const LENGTHS = new Map<string, [fewest: number, most: number]>();
for (const { answers } of ALL) {
  for (let n = 0; n < answers.length; n += 1) {
    const key = prefixKey(answers, n);
    const [fewest, most] = LENGTHS.get(key) ?? [answers.length, answers.length];
    LENGTHS.set(key, [Math.min(fewest, answers.length), Math.max(most, answers.length)]);
  }
}

/** The progress line on the question after the first n answers: question n + 1. */
function expectedProgress(answers: readonly Answer[], n: number): string {
  const lengths = LENGTHS.get(prefixKey(answers, n));
  if (!lengths) throw new Error(`no complete path after ${prefixKey(answers, n)}`);
  const [fewest, most] = lengths;
  // Questions left, the current one included.
  return ui.question.progress(n + 1, fewest - n, most - n);
}

/** A list as one string, so a failure shows it whole (chai abbreviates arrays). */
const list = (items: readonly unknown[]) => items.join(' ; ');

/** The options chosen, in the order the question shows them (what checkedValues reads). */
const shownOrder = (question: QuestionId, choices: readonly string[]) =>
  optionsOf(question).filter((option) => choices.includes(option));

function expectFocusOnHeading(el: ExBackQuiz, where: string): void {
  expectSame(shadow(el).activeElement, screenHeading(el), `focus ${where}`);
}

/** The question screen: heading (focused), progress line, options in order, what is chosen. */
function expectQuestion(
  el: ExBackQuiz,
  question: QuestionId,
  progress: string,
  chosen: readonly string[],
  where: string,
): void {
  const { heading, kind, options } = questions[question] as QuestionText;
  expect(text(screenHeading(el)), `heading ${where}`).to.equal(heading);
  expectFocusOnHeading(el, where);
  expect(text(query(el, '[part="progress"]')), `progress line ${where}`).to.equal(progress);
  const type = kind === 'single' ? 'radio' : 'checkbox';
  expect(
    list(queryAll(el, '[part="option"]').map((label) => text(label))),
    `option labels ${where}`,
  ).to.equal(list(Object.values(options)));
  expect(
    list(answerInputs(el).map((option) => `${option.type} ${option.value}`)),
    `option inputs ${where}`,
  ).to.equal(list(Object.keys(options).map((value) => `${type} ${value}`)));
  expect(list(checkedValues(el)), `chosen ${where}`).to.equal(list(chosen));
}

/** Ticks each choice, alternately on its label's text and on its input. */
async function tick(el: ExBackQuiz, choices: readonly string[], offset: number): Promise<void> {
  choices.forEach((value, index) => {
    const option = input(el, value);
    const label = option.closest('label')?.querySelector('span');
    if ((index + offset) % 2 === 0 && label) label.click();
    else option.click();
  });
  await el.updateComplete;
}

/** The steps on the outcome screen: "Step N | title", in order. */
const shownSteps = (el: ExBackQuiz) =>
  queryAll(el, '[part="step"] .step-title').map((title) => {
    const number = text(title.querySelector('.step-number'));
    return `${number} | ${text(title).slice(number.length).trim()}`;
  });
const shownStepNumbers = (el: ExBackQuiz) =>
  queryAll(el, '[part="step"] .step-number').map((label) =>
    Number(text(label).replace(/\D+/g, '')),
  );

/**
 * Walks one path from its first question (just started, or started again) to its outcome, checking
 * every screen on the way, and Back from every question after the first.
 */
async function walk(
  el: ExBackQuiz,
  { answers, name }: Walk,
  offset: number,
  completed: CustomEvent<QuizCompleteDetail>[],
): Promise<void> {
  for (const [n, [question, choices]] of answers.entries()) {
    const where = `on question ${n + 1} (${question}) of ${name}`;
    expectQuestion(el, question, expectedProgress(answers, n), [], where);
    const previous = answers[n - 1];
    if (previous) {
      const [earlier, earlierChoices] = previous;
      await back(el);
      expectQuestion(
        el,
        earlier,
        expectedProgress(answers, n - 1),
        shownOrder(earlier, earlierChoices),
        `after Back ${where}`,
      );
      await continueQuiz(el);
      expectQuestion(
        el,
        question,
        expectedProgress(answers, n),
        [],
        `after Back, Continue ${where}`,
      );
    }
    await tick(el, choices, offset + n);
    expect(list(checkedValues(el)), `ticked ${where}`).to.equal(
      list(shownOrder(question, choices)),
    );
    await continueQuiz(el);
  }

  const given = Object.fromEntries(answers);
  const where = `on the outcome of ${name}`;
  // Safety: a reader who reports abuse sees only step 13 and the help lines, never a step about
  // contacting him; nobody else gets the help lines on the outcome.
  const panel = shadow(el).querySelector('[part="safety-panel"]') !== null;
  if (reportsAbuse(given)) {
    expect(text(screenHeading(el)), `abuse reported, ${where}`).to.equal(
      outcomes['dont-go-back'].heading,
    );
    expect(list(shownStepNumbers(el)), `abuse reported, steps ${where}`).to.equal('13');
    expect(
      list(shownStepNumbers(el).filter((step) => STEPS_ABOUT_CONTACTING_HIM.includes(step))),
      `abuse reported, steps about contacting him ${where}`,
    ).to.equal('');
    expect(panel, `abuse reported, the safety panel ${where}`).to.equal(true);
  } else {
    expect(panel, `no abuse reported, no safety panel ${where}`).to.equal(false);
  }

  const outcome = expectedOutcome(given);
  expect(text(screenHeading(el)), `heading ${where}`).to.equal(
    outcomes[outcome as keyof typeof outcomes].heading,
  );
  expectFocusOnHeading(el, where);
  const steps = STEPS_BY_OUTCOME[outcome] ?? [];
  expect(list(shownSteps(el)), `steps ${where}`).to.equal(
    list(
      steps.map((number) => `Step ${number} | ${STEP_TITLES[number as keyof typeof STEP_TITLES]}`),
    ),
  );
  expect(completed.length, `quiz-complete events ${where}`).to.equal(1);
  const detail = completed[0]?.detail;
  expect(
    JSON.stringify({ outcome: detail?.outcome, steps: detail?.steps }),
    `quiz-complete ${where}`,
  ).to.equal(JSON.stringify({ outcome, steps }));
  completed.length = 0;
}

/** Paths walked so far, checked against the walkable ones at the end. */
const walked = new Set<string>();

describe('<ex-back-quiz> played along every complete path', () => {
  before(() => {
    console.log(
      `[every-path] ${ALL.length} complete paths enumerated, ${WALKABLE.length} walked in the ` +
        `widget, ${UNWALKABLE.length} with an answer the widget can't give`,
    );
  });

  it('goes back to the intro from the first question, and starts again from there', async () => {
    const el = await quiz();
    await start(el);
    expectQuestion(el, 'safety', expectedProgress([], 0), [], 'after Start');
    await back(el);
    expect(text(screenHeading(el)), 'Back from the first question').to.equal(ui.intro.heading);
    expectFocusOnHeading(el, 'on the intro after Back');
    await start(el);
    expectQuestion(el, 'safety', expectedProgress([], 0), [], 'after Back and Start');
  });

  // One test per outcome the machine ends on, each walking all its paths in one widget, Start again
  // between them. The outcome each path should reach is decided by expectedOutcome, not by this.
  const ends = [...new Set(WALKABLE.map((path) => path.end))];
  for (const end of ends) {
    const paths = WALKABLE.filter((path) => path.end === end);
    it(`walks the ${paths.length} path(s) the machine ends in ${end}`, async function () {
      this.timeout(60_000);
      const el = await quiz();
      const completed = record<QuizCompleteDetail>(el, 'quiz-complete');
      await start(el);
      for (const [index, path] of paths.entries()) {
        if (index > 0) {
          button(el, ui.outcome.restart).click();
          await el.updateComplete;
        }
        await walk(el, path, index, completed);
        walked.add(path.name);
      }
      completed.stop();
    });
  }

  it('cannot give the answers it leaves out: "None of these" beside a sign', async () => {
    expect(UNWALKABLE.map((path) => path.name).join('\n')).to.equal(
      [
        'quiz.start → safety=not-sure → warning-signs=put-downs+control+threats+violence+sexual+money+fear+none ⇒ dont-go-back',
        'quiz.start → safety=not-sure → warning-signs=none+violence ⇒ dont-go-back',
      ].join('\n'),
    );
    const el = await quiz();
    await start(el);
    await tick(el, ['not-sure'], 0);
    await continueQuiz(el);
    for (const { answers } of UNWALKABLE) {
      const [question, choices] = answers.at(-1) ?? ['safety', []];
      expect(question).to.equal('warning-signs');
      await tick(el, choices, 0);
      // Ticked in the answer's order, each unticks its opposite: the last one is left alone.
      expect(list(checkedValues(el))).to.equal(list(choices.slice(-1)));
      for (const option of answerInputs(el)) if (option.checked) option.click();
    }
  });

  it('walked every path a reader can take', () => {
    expect(walked.size).to.equal(WALKABLE.length);
    expect(WALKABLE.length + UNWALKABLE.length).to.equal(ALL.length);
  });
});
