// The machine's ids against the content, and its behaviour one feature at a time: Back,
// change-answer, restart, restoring saved progress, and what screenOf shows.
import { expect } from '@open-wc/testing';
import { type Actor, createActor } from 'xstate';
import { guide } from '../content/guide.ts';
import { type OutcomeId, outcomes, type QuestionId, questions } from '../content/quiz.ts';
import { exBackMachine, type QuizEvent, type QuizSnapshot } from '../machines/ex-back.machine.ts';
import { restorableSnapshot } from '../machines/persist.ts';
import { screenOf, stepsOf } from '../machines/screen.ts';
import { READER_PATHS } from './reader-paths.js';

type QuizActor = Actor<typeof exBackMachine>;

const answer = (question: QuestionId, ...choices: string[]): QuizEvent => ({
  type: 'quiz.answer',
  question,
  choices,
});

/** A started actor that has been sent `events`, from the intro. */
function actorAfter(events: readonly QuizEvent[]): QuizActor {
  const actor = createActor(exBackMachine).start();
  for (const event of events) actor.send(event);
  return actor;
}

/** Starts the quiz and answers in order. */
const answered = (...answers: QuizEvent[]) => actorAfter([{ type: 'quiz.start' }, ...answers]);

const stateOf = (snapshot: QuizSnapshot): string =>
  typeof snapshot.value === 'string' ? snapshot.value : (snapshot.value.quiz ?? '');
const current = (actor: QuizActor) => stateOf(actor.getSnapshot());
const valueAndContext = (snapshot: QuizSnapshot) =>
  JSON.stringify({ value: snapshot.value, context: snapshot.context });

/** One way to reach each outcome: the shared reader paths, as machine events. */
const WAY_TO = Object.fromEntries(
  Object.entries(READER_PATHS)
    .filter(([name, path]) => name === path.outcome)
    .map(([outcome, path]) => [
      outcome,
      path.answers.map(([question, ...choices]) => answer(question as QuestionId, ...choices)),
    ]),
) as Record<OutcomeId, QuizEvent[]>;

const quizNode = exBackMachine.getStateNodeById('ex-back.quiz');
const quizChildren = Object.values(quizNode.states);
const sorted = (values: Iterable<string | number>) =>
  [...values].sort((a, b) => String(a).localeCompare(String(b)));

describe('machine ids and content', () => {
  it('has a content question for every question state, and vice versa', () => {
    const questionStates = quizChildren.filter((node) => node.type !== 'final');
    expect(sorted(questionStates.map((node) => node.key))).to.deep.equal(
      sorted(Object.keys(questions)),
    );
  });

  it('has a content outcome for every final state, and vice versa', () => {
    const finalStates = quizChildren.filter((node) => node.type === 'final');
    expect(sorted(finalStates.map((node) => node.key))).to.deep.equal(
      sorted(Object.keys(outcomes)),
    );
  });

  it('recommends at least one step on each outcome, none twice', () => {
    for (const outcome of Object.keys(outcomes) as OutcomeId[]) {
      const steps = stepsOf(outcome);
      expect(steps.length, `${outcome} recommends no step`).to.be.greaterThan(0);
      expect(new Set(steps).size, `${outcome} repeats a step`).to.equal(steps.length);
    }
  });

  it('names only steps that exist in the guide', () => {
    const guideSteps = new Set<number>(guide.steps.map((step) => step.number));
    for (const outcome of Object.keys(outcomes) as OutcomeId[]) {
      const named = [...stepsOf(outcome), ...Object.keys(outcomes[outcome].stepNotes).map(Number)];
      const unknown = named.filter((step) => !guideSteps.has(step));
      expect(unknown, `steps of ${outcome} not in the guide`).to.deep.equal([]);
    }
  });

  it('ends each reader path on its outcome, recommending the steps the guide calls for, in order', () => {
    for (const [name, path] of Object.entries(READER_PATHS)) {
      const events = path.answers.map(([question, ...choices]) =>
        answer(question as QuestionId, ...choices),
      );
      const snapshot = answered(...events).getSnapshot();
      expect(stateOf(snapshot), name).to.equal(path.outcome);
      expect(screenOf(snapshot), name).to.deep.equal({
        kind: 'outcome',
        outcome: path.outcome,
        steps: path.steps,
      });
    }
    expect(Object.keys(WAY_TO).sort()).to.deep.equal(Object.keys(outcomes).sort());
  });
});

describe('Back', () => {
  it('returns to the previous question with its answer kept, to pre-select it', () => {
    // Arrange
    const actor = answered(answer('safety', 'no'), answer('breakup-reason', 'circumstances'));
    expect(current(actor)).to.equal('past-hurt');
    // Act
    actor.send({ type: 'quiz.back' });
    // Assert
    const { context } = actor.getSnapshot();
    expect(current(actor)).to.equal('breakup-reason');
    expect(context.answers['breakup-reason']).to.deep.equal(['circumstances']);
    expect(context.asked).to.deep.equal(['safety']);
  });

  it('returns from the first question to the intro', () => {
    const actor = answered();
    expect(current(actor)).to.equal('safety');
    actor.send({ type: 'quiz.back' });
    expect(actor.getSnapshot().value).to.equal('intro');
  });

  it('walks back from an outcome one question at a time, to the intro', () => {
    const actor = answered(...WAY_TO['reach-out']);
    const walked: string[] = [];
    for (let i = 0; i < 8; i += 1) {
      actor.send({ type: 'quiz.back' });
      walked.push(current(actor));
    }
    expect(walked).to.deep.equal([
      'urge',
      'time-since',
      'stage',
      'motives',
      'past-hurt',
      'breakup-reason',
      'safety',
      'intro',
    ]);
  });
});

describe('change-answer', () => {
  it('rewinds from an outcome to the question, and drops answers left off the new path', () => {
    // Arrange
    const actor = answered(...WAY_TO['reach-out']);
    expect(current(actor)).to.equal('reach-out');
    // Act
    actor.send({ type: 'quiz.change', question: 'stage' });
    // Assert
    expect(current(actor)).to.equal('stage');
    expect(actor.getSnapshot().context.asked).to.deep.equal([
      'safety',
      'breakup-reason',
      'past-hurt',
      'motives',
    ]);
    // Act
    actor.send(answer('stage', 'friendly'));
    // Assert
    const { context } = actor.getSnapshot();
    expect(current(actor)).to.equal('meet-up');
    expect(context.asked).to.deep.equal([
      'safety',
      'breakup-reason',
      'past-hurt',
      'motives',
      'stage',
    ]);
    expect(context.answers).to.not.have.any.keys('time-since', 'urge');
    expect(context.answers.stage).to.deep.equal(['friendly']);
  });

  it('ignores a change to a question that was not asked', () => {
    const actor = answered(...WAY_TO['reach-out']);
    const before = valueAndContext(actor.getSnapshot());
    actor.send({ type: 'quiz.change', question: 'warning-signs' });
    actor.send({ type: 'quiz.change', question: 'decision' });
    expect(valueAndContext(actor.getSnapshot())).to.equal(before);

    const midway = answered(answer('safety', 'no'));
    const onBreakupReason = valueAndContext(midway.getSnapshot());
    midway.send({ type: 'quiz.change', question: 'breakup-reason' }); // the current one, not asked yet
    midway.send({ type: 'quiz.change', question: 'motives' });
    expect(valueAndContext(midway.getSnapshot())).to.equal(onBreakupReason);
  });

  it('goes to dont-go-back from any outcome once safety is changed to yes', () => {
    for (const [outcome, events] of Object.entries(WAY_TO)) {
      const actor = answered(...events);
      actor.send({ type: 'quiz.change', question: 'safety' });
      expect(current(actor), `from ${outcome}`).to.equal('safety');
      actor.send(answer('safety', 'yes'));
      const { context } = actor.getSnapshot();
      expect(current(actor), `from ${outcome}`).to.equal('dont-go-back');
      expect(context.asked, `from ${outcome}`).to.deep.equal(['safety']);
      expect(context.answers, `from ${outcome}`).to.deep.equal({ safety: ['yes'] });
    }
  });
});

describe('restart', () => {
  it('starts over on safety with nothing remembered', () => {
    const actor = answered(...WAY_TO.rebuild);
    actor.send({ type: 'quiz.restart' });
    const { context } = actor.getSnapshot();
    expect(actor.getSnapshot().value).to.deep.equal({ quiz: 'safety' });
    expect(context.answers).to.deep.equal({});
    expect(context.asked).to.deep.equal([]);
  });
});

describe('restoring saved progress', () => {
  /** What the widget would keep in sessionStorage: the persisted snapshot, through JSON. */
  const saved = (actor: QuizActor): Record<string, unknown> =>
    JSON.parse(JSON.stringify(actor.getPersistedSnapshot()));

  function expectRestores(actor: QuizActor) {
    const restored = restorableSnapshot(saved(actor));
    expect(restored, 'restorableSnapshot').to.not.equal(undefined);
    if (!restored) return;
    const again = createActor(exBackMachine, { snapshot: restored }).start();
    const { value, context } = again.getSnapshot();
    expect({ value, context }).to.deep.equal({
      value: actor.getSnapshot().value,
      context: actor.getSnapshot().context,
    });
    return again;
  }

  it('restores a snapshot saved mid-quiz', () => {
    expectRestores(answered(answer('safety', 'no'), answer('breakup-reason', 'circumstances')));
  });

  it('restores a snapshot saved on the intro', () => {
    expectRestores(actorAfter([]));
  });

  it('restores a snapshot saved after Back, with the answer off the path kept', () => {
    const actor = answered(answer('safety', 'no'), answer('breakup-reason', 'circumstances'));
    actor.send({ type: 'quiz.back' });
    const again = expectRestores(actor);
    expect(again?.getSnapshot().context.answers['breakup-reason']).to.deep.equal(['circumstances']);
  });

  it('restores a snapshot saved at an outcome, and the restored quiz still works', () => {
    const again = expectRestores(answered(...WAY_TO['reach-out']));
    again?.send({ type: 'quiz.change', question: 'stage' });
    again?.send(answer('stage', 'friendly'));
    expect(again && current(again)).to.equal('meet-up');
  });

  it('restores a snapshot saved at every outcome', () => {
    for (const events of Object.values(WAY_TO)) expectRestores(answered(...events));
  });

  describe('refuses, without throwing,', () => {
    const atReachOut = () => saved(answered(...WAY_TO['reach-out']));
    const midQuiz = () => saved(answered(answer('safety', 'no')));
    const withContext = (base: Record<string, unknown>, context: Record<string, unknown>) => ({
      ...base,
      context: { ...(base.context as object), ...context },
    });

    /** Nested `depth` levels deep under `key`: a junk object no real save could be. */
    function nested(depth: number, key: string): Record<string, unknown> {
      const root: Record<string, unknown> = {};
      let node = root;
      for (let i = 0; i < depth; i += 1) {
        const child: Record<string, unknown> = {};
        node[key] = child;
        node = child;
      }
      return root;
    }

    const cases: Record<string, () => unknown> = {
      null: () => null,
      undefined: () => undefined,
      'a string': () => 'reach-out',
      'a number': () => 42,
      'an array': () => [atReachOut()],
      'an empty object': () => ({}),
      'a wrong status': () => ({ ...atReachOut(), status: 'done' }),
      'an error status': () => ({ ...atReachOut(), status: 'error' }),
      'an unknown state value': () => ({ ...atReachOut(), value: { quiz: 'nowhere' } }),
      'an unknown top-level state': () => ({ ...atReachOut(), value: 'nowhere' }),
      'intro with questions asked': () => ({ ...atReachOut(), value: 'intro' }),
      'a value inconsistent with the answers': () =>
        withContext(atReachOut(), { answers: { safety: ['yes'] }, asked: ['safety'] }),
      'a value one step ahead of the answers': () => ({
        ...midQuiz(),
        value: { quiz: 'past-hurt' },
      }),
      'an unknown question id in the answers': () =>
        withContext(midQuiz(), { answers: { safety: ['no'], bogus: ['x'] } }),
      'an invalid option': () => withContext(midQuiz(), { answers: { safety: ['maybe'] } }),
      'two options on a single-choice question': () =>
        withContext(midQuiz(), { answers: { safety: ['no', 'yes'] } }),
      'answers that are not arrays': () => withContext(midQuiz(), { answers: { safety: 'no' } }),
      'asked with duplicates': () => withContext(midQuiz(), { asked: ['safety', 'safety'] }),
      'asked with a question not on the path': () =>
        withContext(
          { ...midQuiz(), value: { quiz: 'stage' } },
          { answers: { safety: ['no'], motives: ['care'] }, asked: ['safety', 'motives'] },
        ),
      'asked with an unknown question': () =>
        withContext(midQuiz(), { asked: ['safety', 'bogus'] }),
      'asked without an answer': () =>
        withContext(midQuiz(), { asked: ['safety', 'breakup-reason'] }),
      'asked that is not an array': () => withContext(midQuiz(), { asked: 'safety' }),
      'no context': () => ({ ...midQuiz(), context: undefined }),
      'a __proto__ key in the answers (JSON round trip)': () =>
        JSON.parse(
          JSON.stringify(midQuiz()).replace(
            '"answers":{',
            '"answers":{"__proto__":{"safety":["yes"],"polluted":true},',
          ),
        ),
      'a __proto__ key as the context (JSON round trip)': () =>
        JSON.parse(
          JSON.stringify({ ...midQuiz(), context: undefined }).replace(
            /^\{/,
            '{"context":{"__proto__":{"answers":{"safety":["no"]},"asked":["safety"]}},',
          ),
        ),
      'a huge nested junk object': () => nested(1_000_000, 'junk'),
      'a huge nested value beside valid answers': () => ({
        ...midQuiz(),
        value: nested(1_000_000, 'quiz'),
      }),
      'a huge nested answer': () =>
        withContext(midQuiz(), {
          answers: { safety: JSON.parse(`${'['.repeat(1_000_000)}${']'.repeat(1_000_000)}`) },
        }),
      'a huge asked list': () =>
        withContext(midQuiz(), { asked: Array.from({ length: 100_000 }, () => 'safety') }),
    };

    for (const [name, make] of Object.entries(cases)) {
      it(name, () => {
        const persisted = make();
        let result: unknown;
        expect(() => {
          result = restorableSnapshot(persisted);
        }).to.not.throw();
        expect(result).to.equal(undefined);
        expect(({} as Record<string, unknown>).polluted, 'Object.prototype polluted').to.equal(
          undefined,
        );
      });
    }
  });
});

describe('screenOf', () => {
  it('shows the intro before the quiz starts', () => {
    expect(screenOf(actorAfter([]).getSnapshot())).to.deep.equal({ kind: 'intro' });
  });

  it('shows the question the reader is on', () => {
    expect(screenOf(answered().getSnapshot())).to.deep.equal({
      kind: 'question',
      question: 'safety',
    });
    expect(screenOf(answered(answer('safety', 'not-sure')).getSnapshot())).to.deep.equal({
      kind: 'question',
      question: 'warning-signs',
    });
  });

  it('shows an outcome with the steps it recommends, in order', () => {
    expect(screenOf(answered(...WAY_TO['reach-out']).getSnapshot())).to.deep.equal({
      kind: 'outcome',
      outcome: 'reach-out',
      steps: [2, 3],
    });
    expect(screenOf(answered(...WAY_TO.rebuild).getSnapshot())).to.deep.equal({
      kind: 'outcome',
      outcome: 'rebuild',
      steps: [7, 8, 9, 10, 11],
    });
    expect(screenOf(answered(answer('safety', 'yes')).getSnapshot())).to.deep.equal({
      kind: 'outcome',
      outcome: 'dont-go-back',
      steps: [13],
    });
  });
});
