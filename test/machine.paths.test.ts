// The decision tree, proven over every path rather than sampled: xstate/graph enumerates every
// forward path (answers only, never back/change/restart) and each invariant is checked on all of
// them. Multi-choice questions are enumerated by answer class (see answerClasses in
// machine-paths.ts, the enumeration shared with the widget played along every path), and a
// separate exhaustive test over every subset proves that reduction is sound.
import { expect } from '@open-wc/testing';
import { type AnyStateNode, initialTransition, transition } from 'xstate';
import { guide } from '../content/guide.ts';
import { type OutcomeId, outcomes, type QuestionId } from '../content/quiz.ts';
import {
  exBackMachine,
  type QuizEvent,
  type QuizSnapshot,
  questionIds,
} from '../machines/ex-back.machine.ts';
import { progress, questionsPerPath } from '../machines/progress.ts';
import { screenOf, stepsOf } from '../machines/screen.ts';
import { STEPS_ABOUT_CONTACTING_HIM } from './expected-outcomes.js';
import {
  answerClasses,
  answersOf,
  describePath,
  enumeratePaths,
  eventsOf,
  forwardEvents,
  isMulti,
  type MultiQuestion,
  optionsOf,
  type QuizPath,
  stateOf,
  statesOf,
} from './machine-paths.ts';

/** Where each multi-choice answer must lead, written from the guide's rules, not the machine. */
const EXPECTED_TARGET: Record<MultiQuestion, (choices: readonly string[]) => string> = {
  // Any one sign, even beside "none", is abuse.
  'warning-signs': (choices) =>
    choices.some((choice) => choice !== 'none') ? 'dont-go-back' : 'breakup-reason',
  // Broke up (even in part) over hurtful behaviour or dissatisfaction: let it go.
  'breakup-reason': (choices) =>
    choices.includes('hurtful') || choices.includes('unsatisfied') ? 'let-go' : 'past-hurt',
  // One wrong motive is enough, even beside caring about him.
  motives: (choices) => (choices.some((choice) => choice !== 'care') ? 'move-on' : 'stage'),
};

const send = (snapshot: QuizSnapshot, event: QuizEvent): QuizSnapshot =>
  transition(exBackMachine, snapshot, event)[0];
const sendAll = (events: readonly QuizEvent[]): QuizSnapshot =>
  events.reduce(send, initialTransition(exBackMachine)[0]);
const keyOf = (snapshot: QuizSnapshot) =>
  JSON.stringify({ value: snapshot.value, context: snapshot.context });

const outcomeOf = (path: QuizPath): string => {
  const screen = screenOf(path.state);
  return screen.kind === 'outcome' ? screen.outcome : `(not an outcome: ${stateOf(path.state)})`;
};

/** Every state node id under the root, the root included. */
function allStateNodeIds(node: AnyStateNode): string[] {
  return [node.id, ...Object.values(node.states).flatMap(allStateNodeIds)];
}

/** Paths whose failures are collected, then asserted at once, so one run lists every offender. */
function expectNoFailures(failures: string[], what: string) {
  expect(failures, `${what}:\n  ${failures.slice(0, 20).join('\n  ')}`).to.deep.equal([]);
}

describe('the decision tree over every path', () => {
  let allPaths: QuizPath[] = [];
  /** Paths from the intro to an outcome. */
  let completePaths: QuizPath[] = [];

  before(function () {
    this.timeout(120_000);
    allPaths = enumeratePaths();
    completePaths = allPaths.filter((path) => screenOf(path.state).kind === 'outcome');
    const distinct = new Set(completePaths.map(outcomeOf));
    console.log(
      `[machine.paths] ${completePaths.length} complete paths (of ${allPaths.length} simple paths ` +
        `to every reachable snapshot), ${distinct.size} distinct outcomes of ${Object.keys(outcomes).length}`,
    );
  });

  it('enumerates forward paths only, all from the intro', () => {
    expect(allPaths.length).to.be.greaterThan(0);
    for (const path of allPaths) {
      expect(stateOf(path.steps[0]?.state ?? path.state)).to.equal('intro');
      for (const event of eventsOf(path)) {
        expect(['quiz.start', 'quiz.answer']).to.include(event.type, describePath(path));
      }
    }
  });

  it('counts the complete paths and reaches every outcome of the content', () => {
    // Per answer class (see answerClasses), from the end of the tree back to the start:
    //   stage: no-contact → time-since (under a month ⇒ wait; else urge: 2) = 3, not-ready,
    //     friendly, met-up = 3, asked → his-answer = 2, talked → decision = 4: 12
    //   motives: 9 classes, only 'care' alone goes on: 8 + 12 = 20
    //   past-hurt: yes ⇒ reconsider, no and resolvable go on: 1 + 2 × 20 = 41
    //   breakup-reason: 9 classes, 5 neutral ones go on: 4 + 5 × 41 = 209
    //   warning-signs: 10 classes, only 'none' goes on: 9 + 209 = 218
    //   safety: yes 1, not-sure 218, no 209 = 428
    // If the tree or the options change, recheck this derivation before updating the number.
    expect(completePaths.length).to.equal(428);
    const reached = new Set(completePaths.map(outcomeOf));
    expect([...reached].sort()).to.deep.equal(Object.keys(outcomes).sort());
  });

  it('ends every path in a final state under quiz: no dead end, no cycle', () => {
    const failures: string[] = [];
    for (const path of allPaths) {
      const screen = screenOf(path.state);
      const node =
        typeof path.state.value === 'string'
          ? exBackMachine.getStateNodeById(`ex-back.${path.state.value}`)
          : exBackMachine.getStateNodeById(`ex-back.quiz.${stateOf(path.state)}`);
      if (screen.kind === 'outcome') {
        if (node.type !== 'final' || node.parent?.id !== 'ex-back.quiz') {
          failures.push(`outcome that is not a final state under quiz: ${describePath(path)}`);
        }
        // Nothing moves an outcome forward: no answer to any question, of any class.
        for (const question of questionIds) {
          for (const choices of answerClasses(question)) {
            const next = send(path.state, { type: 'quiz.answer', question, choices });
            if (keyOf(next) !== keyOf(path.state)) {
              failures.push(`answer ${question} moved an outcome: ${describePath(path)}`);
            }
          }
        }
        continue;
      }
      if (node.type === 'final')
        failures.push(`final state not shown as an outcome: ${stateOf(path.state)}`);
      // Not a dead end: every answer enumerated here leads on to another state.
      for (const event of forwardEvents(path.state)) {
        const next = send(path.state, event);
        if (stateOf(next) === stateOf(path.state)) {
          failures.push(`${JSON.stringify(event)} leads nowhere after ${describePath(path)}`);
        }
      }
    }
    // Acyclic: every answer adds a question to context.asked, so no walk can loop.
    for (const path of allPaths) {
      const lengths = statesOf(path)
        .slice(1)
        .map((state) => state.context.asked.length);
      if (lengths.some((length, index) => length !== index)) {
        failures.push(`asked does not grow by one per answer: ${describePath(path)}`);
      }
    }
    expectNoFailures(failures, 'dead ends or cycles');
  });

  it('reaches every state node of the machine', () => {
    const reached = new Set<string>(['ex-back']);
    for (const path of allPaths) {
      for (const state of statesOf(path)) {
        if (typeof state.value === 'string') {
          reached.add(`ex-back.${state.value}`);
        } else {
          reached.add('ex-back.quiz');
          reached.add(`ex-back.quiz.${stateOf(state)}`);
        }
      }
    }
    expect([...reached].sort()).to.deep.equal(allStateNodeIds(exBackMachine.root).sort());
    // And the enumerated states are exactly quiz's children.
    const quizChildren = Object.keys(exBackMachine.getStateNodeById('ex-back.quiz').states);
    expect(quizChildren.every((key) => reached.has(`ex-back.quiz.${key}`))).to.equal(true);
  });

  it('ends every abuse path in dont-go-back, which recommends nothing about contacting him', () => {
    const failures: string[] = [];
    let abusePaths = 0;
    for (const path of completePaths) {
      const answers = answersOf(path);
      const abused =
        answers.safety?.includes('yes') === true ||
        (answers['warning-signs'] ?? []).some((sign) => sign !== 'none');
      if (abused) abusePaths += 1;
      if (abused !== (outcomeOf(path) === 'dont-go-back')) {
        failures.push(
          `${abused ? 'abuse not' : 'no abuse but'} ending in dont-go-back: ${describePath(path)}`,
        );
      }
      const screen = screenOf(path.state);
      if (abused && screen.kind === 'outcome') {
        const unsafe = screen.steps.filter((step) => STEPS_ABOUT_CONTACTING_HIM.includes(step));
        if (unsafe.length > 0 || screen.steps.length === 0) {
          failures.push(
            `abuse outcome recommends steps ${screen.steps.join(',')}: ${describePath(path)}`,
          );
        }
      }
    }
    expectNoFailures(failures, 'abuse paths');
    // safety=yes, plus each of the 9 warning-sign classes that contains a sign.
    expect(abusePaths).to.equal(10);
    const abuseOutcome: { showSafetyPanel?: boolean } = outcomes['dont-go-back'];
    expect(abuseOutcome.showSafetyPanel).to.equal(true);
    expect(
      Object.keys(outcomes['dont-go-back'].stepNotes)
        .map(Number)
        .filter((step) => STEPS_ABOUT_CONTACTING_HIM.includes(step)),
    ).to.deep.equal([]);
  });

  it('sends every other branch where the guide says', () => {
    const failures: string[] = [];
    const expectOutcome = (path: QuizPath, when: boolean, outcome: OutcomeId, why: string) => {
      if (when && outcomeOf(path) !== outcome) {
        failures.push(`${why} should end in ${outcome}: ${describePath(path)}`);
      }
    };
    for (const path of completePaths) {
      const answers = answersOf(path);
      expectOutcome(
        path,
        (answers.motives ?? []).some((motive) => motive !== 'care'),
        'move-on',
        'a wrong motive',
      );
      expectOutcome(
        path,
        (answers['breakup-reason'] ?? []).some((reason) =>
          ['hurtful', 'unsatisfied'].includes(reason),
        ),
        'let-go',
        'hurtful or unsatisfied',
      );
      expectOutcome(
        path,
        answers['time-since']?.includes('under-a-month') === true ||
          answers.urge?.includes('yes') === true,
        'wait',
        'too soon or the urge',
      );
      expectOutcome(
        path,
        answers['past-hurt']?.includes('yes') === true,
        'reconsider',
        'past hurt',
      );
    }
    expectNoFailures(failures, 'branches');
  });

  it('asks safety first and no question twice', () => {
    const failures: string[] = [];
    for (const path of completePaths) {
      const visited = statesOf(path).map(stateOf);
      const asked = path.state.context.asked;
      const questionsVisited = visited.filter((state) => (questionIds as string[]).includes(state));
      if (visited[0] !== 'intro' || visited[1] !== 'safety' || asked[0] !== 'safety') {
        failures.push(`safety not first: ${describePath(path)}`);
      }
      if (new Set(asked).size !== asked.length)
        failures.push(`asked repeats: ${describePath(path)}`);
      if (new Set(questionsVisited).size !== questionsVisited.length) {
        failures.push(`a question visited twice: ${describePath(path)}`);
      }
      // What the machine records is exactly the questions walked, and their answers.
      if (JSON.stringify(asked) !== JSON.stringify(questionsVisited)) {
        failures.push(`asked ${asked.join(',')} differs from the walk: ${describePath(path)}`);
      }
      if (JSON.stringify(path.state.context.answers) !== JSON.stringify(answersOf(path))) {
        failures.push(`answers at the outcome differ from those given: ${describePath(path)}`);
      }
    }
    expectNoFailures(failures, 'question order');
  });

  it('undoes every step with Back and redoes it with the same answer', () => {
    const failures: string[] = [];
    const checked = new Set<string>();
    for (const path of completePaths) {
      const states = statesOf(path);
      const events = eventsOf(path);
      // states[i] is reached from states[i - 1] by events[i - 1]; states[0] is the intro.
      for (let index = 1; index < states.length; index += 1) {
        const here = states[index];
        const before = states[index - 1];
        const event = events[index - 1];
        if (!here || !before || !event) throw new Error('malformed path');
        if (checked.has(keyOf(here))) continue;
        checked.add(keyOf(here));
        const back = send(here, { type: 'quiz.back' });
        if (stateOf(back) !== stateOf(before)) {
          failures.push(
            `Back from ${stateOf(here)} went to ${stateOf(back)}: ${describePath(path)}`,
          );
        }
        if (JSON.stringify(back.context.asked) !== JSON.stringify(before.context.asked)) {
          failures.push(`Back from ${stateOf(here)} left asked wrong: ${describePath(path)}`);
        }
        const again = send(back, event);
        if (keyOf(again) !== keyOf(here)) {
          failures.push(
            `Back then the same answer differs at ${stateOf(here)}: ${describePath(path)}`,
          );
        }
      }
    }
    expectNoFailures(failures, 'Back and answer again');
  });

  it('reports honest progress on every question of every path', () => {
    const failures: string[] = [];
    const questionCounts = completePaths.map((path) => path.steps.length - 2);
    /** Per question: the fewest and most questions left (itself included) over all paths. */
    const seenLeft = new Map<string, [number, number]>();
    for (const path of completePaths) {
      const states = statesOf(path);
      // states: intro, then one per question asked, then the outcome.
      const total = states.length - 2;
      states.forEach((state, index) => {
        const screen = screenOf(state);
        const got = progress(state);
        if (screen.kind === 'outcome') {
          if (got.answered !== total || got.fewestLeft !== 0 || got.mostLeft !== 0) {
            failures.push(`outcome progress ${JSON.stringify(got)}: ${describePath(path)}`);
          }
          return;
        }
        if (screen.kind !== 'question') return;
        const answered = index - 1;
        const left = total - answered;
        if (got.answered !== answered || got.fewestLeft > left || left > got.mostLeft) {
          failures.push(
            `at ${screen.question} ${JSON.stringify(got)}, answered ${answered}, ${left} left: ${describePath(path)}`,
          );
        }
        const [fewest, most] = seenLeft.get(screen.question) ?? [left, left];
        seenLeft.set(screen.question, [Math.min(fewest, left), Math.max(most, left)]);
      });
    }
    expectNoFailures(failures, 'progress');
    // The bounds are tight: each is met by some path through that question.
    for (const [question, [fewest, most]] of seenLeft) {
      const state = completePaths
        .flatMap(statesOf)
        .find((snapshot) => stateOf(snapshot) === question);
      if (!state) throw new Error(`no snapshot on ${question}`);
      const { fewestLeft, mostLeft } = progress(state);
      expect([fewestLeft, mostLeft], `bounds at ${question}`).to.deep.equal([fewest, most]);
    }
    expect([...questionsPerPath()]).to.deep.equal([
      Math.min(...questionCounts),
      Math.max(...questionCounts),
    ]);
  });

  it('recommends every step of the guide in some outcome', () => {
    const recommended = new Set(
      (Object.keys(outcomes) as OutcomeId[]).flatMap((outcome) => [...stepsOf(outcome)]),
    );
    const missing = guide.steps.map((step) => step.number).filter((n) => !recommended.has(n));
    expect(missing, 'steps no outcome recommends').to.deep.equal([]);
    expect(guide.steps.map((step) => step.number)).to.deep.equal(
      Array.from({ length: 15 }, (_, index) => index + 1),
    );
  });
});

describe('the answer classes are sound', () => {
  /** A snapshot sitting on each multi-choice question. */
  const onQuestion: Record<MultiQuestion, QuizEvent[]> = {
    'warning-signs': [
      { type: 'quiz.start' },
      { type: 'quiz.answer', question: 'safety', choices: ['not-sure'] },
    ],
    'breakup-reason': [
      { type: 'quiz.start' },
      { type: 'quiz.answer', question: 'safety', choices: ['no'] },
    ],
    motives: [
      { type: 'quiz.start' },
      { type: 'quiz.answer', question: 'safety', choices: ['no'] },
      { type: 'quiz.answer', question: 'breakup-reason', choices: ['circumstances'] },
      { type: 'quiz.answer', question: 'past-hurt', choices: ['no'] },
    ],
  };

  /** Every non-empty subset of `options`, in the content's order. */
  function subsets(options: readonly string[]): string[][] {
    const all: string[][] = [];
    for (let mask = 1; mask < 2 ** options.length; mask += 1) {
      all.push(options.filter((_, bit) => (mask & (1 << bit)) !== 0));
    }
    return all;
  }

  for (const question of Object.keys(onQuestion) as MultiQuestion[]) {
    it(`every subset of a ${question} answer goes where its class says`, () => {
      const start = sendAll(onQuestion[question]);
      expect(stateOf(start)).to.equal(question);
      const options = optionsOf(question);
      const all = subsets(options);
      expect(all.length).to.equal(2 ** options.length - 1);
      const failures: string[] = [];
      const targets = new Set<string>();
      for (const choices of all) {
        const next = send(start, { type: 'quiz.answer', question, choices });
        const expected = EXPECTED_TARGET[question](choices);
        targets.add(stateOf(next));
        if (stateOf(next) !== expected) {
          failures.push(`[${choices.join(',')}] → ${stateOf(next)}, expected ${expected}`);
        }
        if (JSON.stringify(next.context.answers[question]) !== JSON.stringify(choices)) {
          failures.push(
            `[${choices.join(',')}] recorded as ${JSON.stringify(next.context.answers)}`,
          );
        }
      }
      expectNoFailures(failures, `${question} subsets`);
      // Both branches are taken, and the enumerated classes cover both of them.
      expect(targets.size).to.equal(2);
      const classTargets = new Set(answerClasses(question).map(EXPECTED_TARGET[question]));
      expect([...classTargets].sort()).to.deep.equal([...targets].sort());
    });
  }

  it('ignores invalid answers on every question', function () {
    this.timeout(120_000);
    // One snapshot on each question, taken from the enumerated paths' prefixes.
    const onEach = new Map<QuestionId, QuizSnapshot>();
    for (const path of enumeratePaths()) {
      const screen = screenOf(path.state);
      if (screen.kind === 'question' && !onEach.has(screen.question)) {
        onEach.set(screen.question, path.state);
      }
    }
    expect([...onEach.keys()].sort()).to.deep.equal([...questionIds].sort());
    const failures: string[] = [];
    for (const [question, snapshot] of onEach) {
      const [first = '', second = ''] = optionsOf(question);
      const invalid: { why: string; event: QuizEvent }[] = [
        { why: 'empty', event: { type: 'quiz.answer', question, choices: [] } },
        { why: 'unknown option', event: { type: 'quiz.answer', question, choices: ['bogus'] } },
        {
          why: 'a known option beside an unknown one',
          event: { type: 'quiz.answer', question, choices: [first, 'bogus'] },
        },
        {
          why: 'duplicate option',
          event: { type: 'quiz.answer', question, choices: [first, first] },
        },
        ...questionIds
          .filter((other) => other !== question)
          .map((other) => ({
            why: `an answer to ${other}`,
            event: {
              type: 'quiz.answer',
              question: other,
              choices: optionsOf(other).slice(0, 1),
            } as const,
          })),
        {
          why: 'not a string',
          event: { type: 'quiz.answer', question, choices: [1 as unknown as string] },
        },
        {
          why: 'an inherited property name',
          event: { type: 'quiz.answer', question, choices: ['toString'] },
        },
        {
          why: 'an unknown question',
          event: { type: 'quiz.answer', question: 'bogus' as QuestionId, choices: [first] },
        },
      ];
      if (!isMulti(question)) {
        invalid.push({
          why: 'two options on a single-choice question',
          event: { type: 'quiz.answer', question, choices: [first, second] },
        });
      }
      for (const { why, event } of invalid) {
        if (keyOf(send(snapshot, event)) !== keyOf(snapshot)) {
          failures.push(`${why} (${JSON.stringify(event)}) changed the state on ${question}`);
        }
      }
    }
    expectNoFailures(failures, 'invalid answers');
  });
});
