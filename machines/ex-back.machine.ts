// The guide's branch points as a state machine. It holds ids and rules only: every word a reader
// sees, and the guide steps each outcome recommends, live in content/. Read it top to bottom beside
// the guide: each question tries its branches in order, each quoting the line of the guide it
// follows, and the branch conditions are the named guards in setup() (xstate's, less its action
// creators: see setup.ts), each typed by its question's option ids. Pure (no delays, no invoked
// actors), so xstate/graph can enumerate it.
import { assertEvent, assign, type EventFrom, type SnapshotFrom } from 'xstate';
import { type OptionId, type OutcomeId, type QuestionId, questions } from '../content/quiz.ts';
import { setup } from './setup.ts';

/**
 * The reader's answers: option ids per question (one for a single-choice question), recorded once
 * a guard has checked them. Read by question id in general (the element renders any question), so
 * the values are plain strings rather than OptionId<Q>.
 */
export type Answers = Partial<Record<QuestionId, readonly string[]>>;

interface QuizContext {
  answers: Answers;
  /** The questions answered on the way to the current state, in order: what "Back" walks. */
  asked: QuestionId[];
}

/**
 * The events, as setup() needs them; elsewhere use QuizEvent. An answer's choices come from the
 * page (form values, saved progress), so they are strings until a guard has checked them.
 */
type Events =
  | { type: 'quiz.start' }
  | { type: 'quiz.answer'; question: QuestionId; choices: readonly string[] }
  | { type: 'quiz.back' }
  | { type: 'quiz.change'; question: QuestionId }
  | { type: 'quiz.restart' };

export const questionIds = Object.keys(questions) as QuestionId[];

/** A well-formed answer: known options, no repeats, exactly one for a single-choice question. */
export function isValidAnswer<Q extends QuestionId>(
  question: Q,
  choices: readonly unknown[],
): choices is readonly OptionId<Q>[] {
  const { kind, options } = questions[question] as { kind: string; options: object };
  const known = choices.every(
    (choice) => typeof choice === 'string' && Object.hasOwn(options, choice),
  );
  const count = new Set(choices).size;
  return known && count === choices.length && (kind === 'single' ? count === 1 : count >= 1);
}

/** The choices of a `quiz.answer` event if it is a valid answer to `question`. */
function validChoices<Q extends QuestionId>(event: Events, question: Q) {
  assertEvent(event, 'quiz.answer');
  const { choices } = event;
  return event.question === question && isValidAnswer(question, choices) ? choices : undefined;
}

/**
 * A branch condition on a valid answer to `question`. Its choices are typed by that question's
 * options, so an option renamed in content/ and not here does not compile.
 */
const when =
  <Q extends QuestionId>(question: Q, holds: (choices: readonly OptionId<Q>[]) => boolean) =>
  ({ event }: { event: Events }) => {
    const choices = validChoices(event, question);
    return choices !== undefined && holds(choices);
  };

/** The params of the `chose` guard: a question and one of its own options. */
type Choice = { [Q in QuestionId]: { question: Q; option: OptionId<Q> } }[QuestionId];

const freshContext = (): QuizContext => ({ answers: {}, asked: [] });

const quiz = setup({
  types: {
    context: {} as QuizContext,
    events: {} as Events,
  },
  guards: {
    // The branch conditions, named for what they mean in the guide.
    reportsAbuse: when('safety', (choices) => choices.includes('yes')),
    isUnsureAboutAbuse: when('safety', (choices) => choices.includes('not-sure')),
    sawAWarningSign: when('warning-signs', (signs) => signs.some((sign) => sign !== 'none')),
    brokeUpOverHurtOrDissatisfaction: when(
      'breakup-reason',
      (reasons) => reasons.includes('hurtful') || reasons.includes('unsatisfied'),
    ),
    carriesUnresolvedHurt: when('past-hurt', (choices) => choices.includes('yes')),
    hasAWrongMotive: when('motives', (motives) => motives.some((motive) => motive !== 'care')),
    isTooSoon: when('time-since', (choices) => choices.includes('under-a-month')),
    stillFeelsTheUrge: when('urge', (choices) => choices.includes('yes')),
    // A branch per option (`chose` in ask), and a question's last branch: any valid answer.
    chose: ({ event }, { question, option }: Choice) =>
      validChoices(event, question)?.includes(option) === true,
    answered: ({ event }, { question }: { question: QuestionId }) =>
      validChoices(event, question) !== undefined,
    // Moving around.
    nothingAsked: ({ context }) => context.asked.length === 0,
    lastAskedWas: ({ context }, { question }: { question: QuestionId }) =>
      context.asked.at(-1) === question,
    wasAsked: ({ context, event }, { question }: { question: QuestionId }) => {
      assertEvent(event, 'quiz.change');
      return event.question === question && context.asked.includes(question);
    },
  },
  actions: {
    // Taken only after a branch's guard has checked the choices.
    recordAnswer: assign(({ context, event }) => {
      assertEvent(event, 'quiz.answer');
      return {
        answers: { ...context.answers, [event.question]: [...event.choices] },
        asked: [...context.asked, event.question],
      };
    }),
    forgetLastAsked: assign(({ context }) => ({ asked: context.asked.slice(0, -1) })),
    rewindToChangedQuestion: assign(({ context, event }) => {
      assertEvent(event, 'quiz.change');
      return { asked: context.asked.slice(0, context.asked.indexOf(event.question)) };
    }),
    // Earlier answers are kept while the reader moves around, so they show pre-selected; once an
    // outcome is reached, answers to questions that are no longer on the path are dropped.
    dropAnswersOffThePath: assign(({ context }) => ({
      answers: Object.fromEntries(context.asked.map((id) => [id, context.answers[id]])) as Answers,
    })),
    forgetEverything: assign(freshContext),
  },
});

/**
 * One branch of question Q, where it goes: `if` a named condition (a guard above) holds, or if the
 * reader `chose` one of Q's options; a branch with neither takes any valid answer. `Condition` is
 * inferred from the names written, and createMachine checks them against the guards in setup().
 */
type Branch<Q extends QuestionId, Condition extends string> =
  | { readonly if: Condition; readonly go: QuestionId | OutcomeId }
  | { readonly chose: OptionId<Q>; readonly go: QuestionId | OutcomeId }
  | { readonly go: QuestionId | OutcomeId };

/** A question state: its branches are tried top to bottom, and the answer is recorded on the way. */
const ask = <Q extends QuestionId, const Condition extends string = never>(
  question: Q,
  branches: readonly Branch<Q, Condition>[],
) => ({
  on: {
    'quiz.answer': branches.map((branch) => ({
      guard:
        'if' in branch
          ? branch.if
          : 'chose' in branch
            ? ({ type: 'chose', params: { question, option: branch.chose } as Choice } as const)
            : ({ type: 'answered', params: { question } } as const),
      target: branch.go,
      actions: 'recordAnswer' as const,
    })),
  },
});

/** An outcome: a final state, named by its content id (content/quiz.ts holds its text and steps). */
const outcome = () => ({ type: 'final' as const, entry: 'dropAnswersOffThePath' as const });

export const exBackMachine = quiz.createMachine({
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

        // Outcomes. The guide steps each recommends are in content/quiz.ts, beside the line on why
        // each applies; the abuse outcome names only step 13, nothing about contacting him.
        'dont-go-back': outcome(),
        'let-go': outcome(),
        reconsider: outcome(),
        'move-on': outcome(),
        wait: outcome(),
        'reach-out': outcome(),
        'give-him-time': outcome(),
        'meet-up': outcome(),
        'ask-to-talk': outcome(),
        'dont-force': outcome(),
        'serious-talk': outcome(),
        rebuild: outcome(),
        'call-it-off': outcome(),
        accept: outcome(),
        // A state for every question and outcome of content/, and no other (checked by tsc).
      } satisfies Record<QuestionId | OutcomeId, object>,
    },
  },
});

export type QuizEvent = EventFrom<typeof exBackMachine>;
export type QuizSnapshot = SnapshotFrom<typeof exBackMachine>;
