// The guide's branch points as a state machine. It holds ids and rules only; every word a reader
// sees lives in content/. Read it top to bottom beside the guide: each branch quotes the line of
// the guide it follows. Pure (no delays, no invoked actors), so xstate/graph can enumerate it.
import { assign, setup } from 'xstate';
import { type QuestionId, questions } from '../content/quiz.ts';

/** The reader's answers: option ids per question (one for a single-choice question). */
export type Answers = Partial<Record<QuestionId, readonly string[]>>;

export interface QuizContext {
  answers: Answers;
  /** The questions answered on the way to the current state, in order: what "Back" walks. */
  asked: QuestionId[];
}

export type QuizEvent =
  | { type: 'quiz.start' }
  | { type: 'quiz.answer'; question: QuestionId; choices: readonly string[] }
  | { type: 'quiz.back' }
  | { type: 'quiz.change'; question: QuestionId }
  | { type: 'quiz.restart' };

export const questionIds = Object.keys(questions) as QuestionId[];

/** A well-formed answer: known options, no repeats, exactly one for a single-choice question. */
export function isValidAnswer(question: QuestionId, choices: readonly unknown[]): boolean {
  const { kind, options } = questions[question] as { kind: string; options: object };
  const known = choices.every(
    (choice) => typeof choice === 'string' && Object.hasOwn(options, choice),
  );
  const count = new Set(choices).size;
  return known && count === choices.length && (kind === 'single' ? count === 1 : count >= 1);
}

/** The branch conditions on an answer's choices, named for what they mean in the guide. */
const conditions = {
  reportsAbuse: (choices: readonly string[]) => choices.includes('yes'),
  isUnsureAboutAbuse: (choices: readonly string[]) => choices.includes('not-sure'),
  sawAWarningSign: (choices: readonly string[]) => choices.some((choice) => choice !== 'none'),
  brokeUpOverHurtOrDissatisfaction: (choices: readonly string[]) =>
    choices.includes('hurtful') || choices.includes('unsatisfied'),
  carriesUnresolvedHurt: (choices: readonly string[]) => choices.includes('yes'),
  hasAWrongMotive: (choices: readonly string[]) => choices.some((choice) => choice !== 'care'),
  isTooSoon: (choices: readonly string[]) => choices.includes('under-a-month'),
  stillFeelsTheUrge: (choices: readonly string[]) => choices.includes('yes'),
};

/** One branch of a question: taken `if` a condition holds, or if the reader `chose` an option. */
interface Branch {
  readonly if?: keyof typeof conditions;
  readonly chose?: string;
  readonly go: string;
}

/**
 * A question state. Its branches are tried top to bottom; each first checks that the event is a
 * valid answer to this question, and records it on the way.
 */
const ask = (question: QuestionId, branches: readonly Branch[]) => ({
  on: {
    'quiz.answer': branches.map((branch) => ({
      guard: { type: 'answers', params: { question, branch } } as const,
      target: branch.go,
      actions: 'recordAnswer' as const,
    })),
  },
});

/** An outcome: a final state naming the guide steps it recommends, in the order shown. */
const outcome = (...steps: number[]) => ({
  type: 'final' as const,
  entry: 'dropAnswersOffThePath' as const,
  meta: { steps },
});

const freshContext = (): QuizContext => ({ answers: {}, asked: [] });

export const exBackMachine = setup({
  types: {
    context: {} as QuizContext,
    events: {} as QuizEvent,
    meta: {} as { steps: readonly number[] },
  },
  guards: {
    answers: ({ event }, { question, branch }: { question: QuestionId; branch: Branch }) =>
      event.type === 'quiz.answer' &&
      event.question === question &&
      isValidAnswer(question, event.choices) &&
      (!branch.if || conditions[branch.if](event.choices)) &&
      (!branch.chose || event.choices.includes(branch.chose)),
    lastAskedWas: ({ context }, { question }: { question: QuestionId }) =>
      context.asked.at(-1) === question,
    nothingAsked: ({ context }) => context.asked.length === 0,
    wasAsked: ({ context, event }, { question }: { question: QuestionId }) =>
      event.type === 'quiz.change' &&
      event.question === question &&
      context.asked.includes(question),
  },
  actions: {
    recordAnswer: assign(({ context, event }) => {
      if (event.type !== 'quiz.answer') return {};
      return {
        answers: { ...context.answers, [event.question]: [...event.choices] },
        asked: [...context.asked, event.question],
      };
    }),
    forgetLastAsked: assign(({ context }) => ({ asked: context.asked.slice(0, -1) })),
    rewindToChangedQuestion: assign(({ context, event }) => {
      if (event.type !== 'quiz.change') return {};
      return { asked: context.asked.slice(0, context.asked.indexOf(event.question)) };
    }),
    // Earlier answers are kept while the reader moves around, so they show pre-selected; once an
    // outcome is reached, answers to questions that are no longer on the path are dropped.
    dropAnswersOffThePath: assign(({ context }) => ({
      answers: Object.fromEntries(context.asked.map((id) => [id, context.answers[id]])) as Answers,
    })),
    forgetEverything: assign(freshContext),
  },
}).createMachine({
  id: 'ex-back',
  context: freshContext,
  initial: 'intro',
  states: {
    intro: {
      on: { 'quiz.start': 'quiz' },
    },
    quiz: {
      initial: 'safety',
      on: {
        // Back returns to the question answered last; from the first question, to the intro.
        'quiz.back': [
          { guard: 'nothingAsked', target: '#ex-back.intro' },
          ...questionIds.map((question) => ({
            guard: { type: 'lastAskedWas', params: { question } } as const,
            target: `.${question}`,
            actions: 'forgetLastAsked' as const,
          })),
        ],
        // "Change" jumps back to an answered question; the path is re-answered from there.
        'quiz.change': questionIds.map((question) => ({
          guard: { type: 'wasAsked', params: { question } } as const,
          target: `.${question}`,
          actions: 'rewindToChangedQuestion' as const,
        })),
        'quiz.restart': { target: '.safety', actions: 'forgetEverything' },
      },
      states: {
        // Asked first. Step 13: "If the relationship was abusive in any way, don’t go back to it.
        // Period." "I’m not sure" leads to concrete warning signs instead of a guess.
        safety: ask('safety', [
          { if: 'reportsAbuse', go: 'dont-go-back' },
          { if: 'isUnsureAboutAbuse', go: 'warning-signs' },
          { go: 'breakup-reason' },
        ]),
        // Any one sign, even once, is abuse: the safe reading of "abusive in any way".
        'warning-signs': ask('warning-signs', [
          { if: 'sawAWarningSign', go: 'dont-go-back' },
          { go: 'breakup-reason' },
        ]),
        // Step 13: "If you broke up (even in part) because your partner did something hurtful or
        // disrespectful or because you simply weren’t satisfied with the relationship, take those
        // considerations to heart and let the relationship go."
        'breakup-reason': ask('breakup-reason', [
          { if: 'brokeUpOverHurtOrDissatisfaction', go: 'let-go' },
          { go: 'past-hurt' },
        ]),
        // Step 13: "If you’re going to bring past hurt, anger, or resentment with you, reconsider
        // getting back together. Unless you’re both able to resolve your past issues…"
        'past-hurt': ask('past-hurt', [
          { if: 'carriesUnresolvedHurt', go: 'reconsider' },
          { go: 'motives' },
        ]),
        // Steps 14–15: lonely, lost without him, insecure, bruised ego, to prove you can, revenge:
        // "If yes, stop trying to get back together and start moving on." Only caring about him
        // and believing in the relationship passes, and one wrong motive beside it is enough.
        motives: ask('motives', [{ if: 'hasAWrongMotive', go: 'move-on' }, { go: 'stage' }]),
        // Steps 2–12 follow each other: reach out, meet casually, ask to talk, the serious talk,
        // the decision. Readiness is only asked of a reader who hasn't been in touch yet.
        stage: ask('stage', [
          { chose: 'no-contact', go: 'time-since' },
          { chose: 'not-ready', go: 'give-him-time' },
          { chose: 'friendly', go: 'meet-up' },
          { chose: 'met-up', go: 'ask-to-talk' },
          { chose: 'asked', go: 'his-answer' },
          { chose: 'talked', go: 'decision' },
        ]),
        // Step 1: "Allow both him and yourself time—at least a month is typically a good window".
        'time-since': ask('time-since', [{ if: 'isTooSoon', go: 'wait' }, { go: 'urge' }]),
        // Step 2: "After enough time has passed so that you no longer feel compelled to beg or to
        // berate him, you can start sending out some initial feelers."
        urge: ask('urge', [{ if: 'stillFeelsTheUrge', go: 'wait' }, { go: 'reach-out' }]),
        // Step 4: "Again, if he’s not ready, be prepared to wait and don’t force the issue."
        'his-answer': ask('his-answer', [
          { chose: 'not-ready', go: 'dont-force' },
          { go: 'serious-talk' },
        ]),
        // Steps 6–12: "If you both decide to give your relationship another try, get ready to put
        // in the necessary work. If ultimately you both can’t get on board… you’ll be okay."
        decision: ask('decision', [
          { chose: 'try-again', go: 'rebuild' },
          { chose: 'not-working', go: 'call-it-off' },
          { chose: 'not-together', go: 'accept' },
          { chose: 'undecided', go: 'serious-talk' },
        ]),

        // Outcomes, with the guide steps each recommends. The abuse outcome names only the step
        // that says not to go back: no step about contacting or reconciling.
        'dont-go-back': outcome(13),
        'let-go': outcome(12, 13),
        reconsider: outcome(9, 13),
        'move-on': outcome(12, 14, 15),
        wait: outcome(1, 2),
        'reach-out': outcome(2, 3),
        'give-him-time': outcome(1, 2),
        'meet-up': outcome(3, 4),
        'ask-to-talk': outcome(4, 5),
        'dont-force': outcome(3, 4),
        'serious-talk': outcome(5, 6),
        rebuild: outcome(7, 8, 9, 10, 11),
        'call-it-off': outcome(10, 12),
        accept: outcome(6, 12),
      },
    },
  },
});

export type QuizSnapshot = ReturnType<typeof exBackMachine.transition>;
