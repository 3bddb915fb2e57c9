// The guide's branch points as a state machine. It holds ids and rules only; every word a reader
// sees lives in content/. Read it top to bottom beside the guide: each branch quotes the line of
// the guide it follows. Pure (no delays, no invoked actors), so xstate/graph can enumerate it.
import { and, assign, setup } from 'xstate';
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
  | { type: 'answer'; question: QuestionId; choices: readonly string[] }
  | { type: 'nav.back' }
  | { type: 'answer.change'; question: QuestionId }
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

const answerChoices = (event: QuizEvent): readonly string[] =>
  event.type === 'answer' ? event.choices : [];
const choseAnyOf = (event: QuizEvent, options: readonly string[]) =>
  answerChoices(event).some((choice) => options.includes(choice));

/** Guard reference: this event answers `question`, validly. Every answer transition starts with it. */
const answers = (question: QuestionId) => ({ type: 'answers', params: { question } }) as const;
/** Guard reference: the answer includes `option` (for plain "which one" branches). */
const chose = (option: string) => ({ type: 'chose', params: { option } }) as const;

const freshContext = (): QuizContext => ({ answers: {}, asked: [] });

export const exBackMachine = setup({
  types: {
    context: {} as QuizContext,
    events: {} as QuizEvent,
    meta: {} as { steps: readonly number[] },
  },
  guards: {
    answers: ({ event }, { question }: { question: QuestionId }) =>
      event.type === 'answer' &&
      event.question === question &&
      isValidAnswer(question, event.choices),
    chose: ({ event }, { option }: { option: string }) => answerChoices(event).includes(option),
    reportsAbuse: ({ event }) => choseAnyOf(event, ['yes']),
    isUnsureAboutAbuse: ({ event }) => choseAnyOf(event, ['not-sure']),
    sawAWarningSign: ({ event }) => answerChoices(event).some((choice) => choice !== 'none'),
    brokeUpOverHurtOrDissatisfaction: ({ event }) => choseAnyOf(event, ['hurtful', 'unsatisfied']),
    carriesUnresolvedHurt: ({ event }) => choseAnyOf(event, ['yes']),
    hasAWrongMotive: ({ event }) => answerChoices(event).some((choice) => choice !== 'care'),
    isTooSoon: ({ event }) => choseAnyOf(event, ['under-a-month']),
    stillFeelsTheUrge: ({ event }) => choseAnyOf(event, ['yes']),
    lastAskedWas: ({ context }, { question }: { question: QuestionId }) =>
      context.asked.at(-1) === question,
    nothingAsked: ({ context }) => context.asked.length === 0,
    wasAsked: ({ context, event }, { question }: { question: QuestionId }) =>
      event.type === 'answer.change' &&
      event.question === question &&
      context.asked.includes(question),
  },
  actions: {
    recordAnswer: assign(({ context, event }) => {
      if (event.type !== 'answer') return {};
      return {
        answers: { ...context.answers, [event.question]: [...event.choices] },
        asked: [...context.asked, event.question],
      };
    }),
    forgetLastAsked: assign(({ context }) => ({ asked: context.asked.slice(0, -1) })),
    rewindToChangedQuestion: assign(({ context, event }) => {
      if (event.type !== 'answer.change') return {};
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
        'nav.back': [
          { guard: 'nothingAsked', target: '#ex-back.intro' },
          ...questionIds.map((question) => ({
            guard: { type: 'lastAskedWas', params: { question } } as const,
            target: `.${question}`,
            actions: 'forgetLastAsked' as const,
          })),
        ],
        // "Change" jumps back to an answered question; the path is re-answered from there.
        'answer.change': questionIds.map((question) => ({
          guard: { type: 'wasAsked', params: { question } } as const,
          target: `.${question}`,
          actions: 'rewindToChangedQuestion' as const,
        })),
        'quiz.restart': { target: '.safety', actions: 'forgetEverything' },
      },
      states: {
        // Asked first. Step 13: "If the relationship was abusive in any way, don’t go back to it.
        // Period." "I’m not sure" leads to concrete warning signs instead of a guess.
        safety: {
          on: {
            answer: [
              {
                guard: and([answers('safety'), 'reportsAbuse']),
                target: 'dont-go-back',
                actions: 'recordAnswer',
              },
              {
                guard: and([answers('safety'), 'isUnsureAboutAbuse']),
                target: 'warning-signs',
                actions: 'recordAnswer',
              },
              { guard: answers('safety'), target: 'breakup-reason', actions: 'recordAnswer' },
            ],
          },
        },
        // Any one sign, even once, is abuse: the safe reading of "abusive in any way".
        'warning-signs': {
          on: {
            answer: [
              {
                guard: and([answers('warning-signs'), 'sawAWarningSign']),
                target: 'dont-go-back',
                actions: 'recordAnswer',
              },
              {
                guard: answers('warning-signs'),
                target: 'breakup-reason',
                actions: 'recordAnswer',
              },
            ],
          },
        },
        // Step 13: "If you broke up (even in part) because your partner did something hurtful or
        // disrespectful or because you simply weren’t satisfied with the relationship, take those
        // considerations to heart and let the relationship go."
        'breakup-reason': {
          on: {
            answer: [
              {
                guard: and([answers('breakup-reason'), 'brokeUpOverHurtOrDissatisfaction']),
                target: 'let-go',
                actions: 'recordAnswer',
              },
              { guard: answers('breakup-reason'), target: 'past-hurt', actions: 'recordAnswer' },
            ],
          },
        },
        // Step 13: "If you’re going to bring past hurt, anger, or resentment with you, reconsider
        // getting back together. Unless you’re both able to resolve your past issues…"
        'past-hurt': {
          on: {
            answer: [
              {
                guard: and([answers('past-hurt'), 'carriesUnresolvedHurt']),
                target: 'reconsider',
                actions: 'recordAnswer',
              },
              { guard: answers('past-hurt'), target: 'motives', actions: 'recordAnswer' },
            ],
          },
        },
        // Steps 14–15: lonely, lost without him, insecure, bruised ego, to prove you can, revenge:
        // "If yes, stop trying to get back together and start moving on." Only caring about him
        // and believing in the relationship passes, and one wrong motive beside it is enough.
        motives: {
          on: {
            answer: [
              {
                guard: and([answers('motives'), 'hasAWrongMotive']),
                target: 'move-on',
                actions: 'recordAnswer',
              },
              { guard: answers('motives'), target: 'stage', actions: 'recordAnswer' },
            ],
          },
        },
        // Steps 2–12 follow each other: reach out, meet casually, ask to talk, the serious talk,
        // the decision. Readiness is only asked of a reader who hasn't been in touch yet.
        stage: {
          on: {
            answer: [
              {
                guard: and([answers('stage'), chose('no-contact')]),
                target: 'time-since',
                actions: 'recordAnswer',
              },
              {
                guard: and([answers('stage'), chose('not-ready')]),
                target: 'give-him-time',
                actions: 'recordAnswer',
              },
              {
                guard: and([answers('stage'), chose('friendly')]),
                target: 'meet-up',
                actions: 'recordAnswer',
              },
              {
                guard: and([answers('stage'), chose('met-up')]),
                target: 'ask-to-talk',
                actions: 'recordAnswer',
              },
              {
                guard: and([answers('stage'), chose('asked')]),
                target: 'his-answer',
                actions: 'recordAnswer',
              },
              {
                guard: and([answers('stage'), chose('talked')]),
                target: 'decision',
                actions: 'recordAnswer',
              },
            ],
          },
        },
        // Step 1: "Allow both him and yourself time—at least a month is typically a good window".
        'time-since': {
          on: {
            answer: [
              {
                guard: and([answers('time-since'), 'isTooSoon']),
                target: 'wait',
                actions: 'recordAnswer',
              },
              { guard: answers('time-since'), target: 'urge', actions: 'recordAnswer' },
            ],
          },
        },
        // Step 2: "After enough time has passed so that you no longer feel compelled to beg or to
        // berate him, you can start sending out some initial feelers."
        urge: {
          on: {
            answer: [
              {
                guard: and([answers('urge'), 'stillFeelsTheUrge']),
                target: 'wait',
                actions: 'recordAnswer',
              },
              { guard: answers('urge'), target: 'reach-out', actions: 'recordAnswer' },
            ],
          },
        },
        // Step 4: "Again, if he’s not ready, be prepared to wait and don’t force the issue."
        'his-answer': {
          on: {
            answer: [
              {
                guard: and([answers('his-answer'), chose('not-ready')]),
                target: 'dont-force',
                actions: 'recordAnswer',
              },
              { guard: answers('his-answer'), target: 'serious-talk', actions: 'recordAnswer' },
            ],
          },
        },
        // Steps 6–12: "If you both decide to give your relationship another try, get ready to put
        // in the necessary work. If ultimately you both can’t get on board… you’ll be okay."
        decision: {
          on: {
            answer: [
              {
                guard: and([answers('decision'), chose('try-again')]),
                target: 'rebuild',
                actions: 'recordAnswer',
              },
              {
                guard: and([answers('decision'), chose('not-working')]),
                target: 'call-it-off',
                actions: 'recordAnswer',
              },
              {
                guard: and([answers('decision'), chose('not-together')]),
                target: 'accept',
                actions: 'recordAnswer',
              },
              {
                guard: and([answers('decision'), chose('undecided')]),
                target: 'serious-talk',
                actions: 'recordAnswer',
              },
            ],
          },
        },

        // Outcomes, each with the guide steps it recommends, in the order shown. The abuse outcome
        // names only the step that says not to go back: no step about contacting or reconciling.
        'dont-go-back': { type: 'final', entry: 'dropAnswersOffThePath', meta: { steps: [13] } },
        'let-go': { type: 'final', entry: 'dropAnswersOffThePath', meta: { steps: [12, 13] } },
        reconsider: { type: 'final', entry: 'dropAnswersOffThePath', meta: { steps: [9, 13] } },
        'move-on': { type: 'final', entry: 'dropAnswersOffThePath', meta: { steps: [12, 14, 15] } },
        wait: { type: 'final', entry: 'dropAnswersOffThePath', meta: { steps: [1, 2] } },
        'reach-out': { type: 'final', entry: 'dropAnswersOffThePath', meta: { steps: [2, 3] } },
        'give-him-time': { type: 'final', entry: 'dropAnswersOffThePath', meta: { steps: [1, 2] } },
        'meet-up': { type: 'final', entry: 'dropAnswersOffThePath', meta: { steps: [3, 4] } },
        'ask-to-talk': { type: 'final', entry: 'dropAnswersOffThePath', meta: { steps: [4, 5] } },
        'dont-force': { type: 'final', entry: 'dropAnswersOffThePath', meta: { steps: [3, 4] } },
        'serious-talk': { type: 'final', entry: 'dropAnswersOffThePath', meta: { steps: [5, 6] } },
        rebuild: {
          type: 'final',
          entry: 'dropAnswersOffThePath',
          meta: { steps: [7, 8, 9, 10, 11] },
        },
        'call-it-off': { type: 'final', entry: 'dropAnswersOffThePath', meta: { steps: [10, 12] } },
        accept: { type: 'final', entry: 'dropAnswersOffThePath', meta: { steps: [6, 12] } },
      },
    },
  },
});

export type QuizSnapshot = ReturnType<typeof exBackMachine.transition>;
