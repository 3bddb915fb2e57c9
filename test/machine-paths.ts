// The decision tree's forward paths, as xstate/graph enumerates them: from the intro, answers only
// (never back, change or restart), multi-choice questions by answer class. Shared by the machine's
// proofs over every path (machine.paths.test.ts) and the widget played along every path
// (quiz-element.every-path.test.ts).
import { getSimplePaths, type StatePath } from 'xstate/graph';
import { type QuestionId, questions } from '../content/quiz.ts';
import { exBackMachine, type QuizEvent, type QuizSnapshot } from '../machines/ex-back.machine.ts';
import { screenOf } from '../machines/screen.ts';

export type QuizPath = StatePath<QuizSnapshot, QuizEvent>;
export type MultiQuestion = 'warning-signs' | 'breakup-reason' | 'motives';

export const optionsOf = (question: QuestionId): string[] =>
  Object.keys(questions[question].options);

/** The options that, in the guide's rules (content/README.md), do not tip their question's branch. */
export const NEUTRAL: Record<MultiQuestion, readonly string[]> = {
  'warning-signs': ['none'],
  'breakup-reason': ['fighting', 'circumstances', 'my-mistake', 'unclear'],
  motives: ['care'],
};
/** A neutral option together with one that tips the branch. */
export const MIXED: Record<MultiQuestion, readonly string[]> = {
  'warning-signs': ['none', 'violence'],
  'breakup-reason': ['circumstances', 'hurtful'],
  motives: ['care', 'lonely'],
};

export const isMulti = (question: QuestionId): question is MultiQuestion =>
  questions[question].kind === 'multi';

/**
 * The answers enumerated for a question. Single choice: every option. Multi choice: the raw power
 * set is too large to walk as paths (warning-signs 255 subsets, motives 127, breakup-reason 63,
 * multiplied along the path), so we take one answer per class the guards distinguish: each option
 * alone (this includes the exclusive/neutral ones), all neutral options together, every option at
 * once, and a mixed answer (a neutral option beside one that tips the branch). No guard reads
 * context.answers (guards see only the event and context.asked), so two answers with the same
 * target have identical futures; machine.paths.test.ts's 'every subset of a multi-choice answer'
 * proves every subset goes where its class does.
 */
export function answerClasses(question: QuestionId): string[][] {
  const options = optionsOf(question);
  if (!isMulti(question)) return options.map((option) => [option]);
  const classes = [
    ...options.map((option) => [option]),
    [...NEUTRAL[question]],
    options,
    [...MIXED[question]],
  ];
  const seen = new Set<string>();
  return classes.filter((choices) => {
    const key = JSON.stringify(choices);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Forward events only: start on the intro, an answer per class on a question, none at the end. */
export function forwardEvents(snapshot: QuizSnapshot): QuizEvent[] {
  const screen = screenOf(snapshot);
  if (screen.kind === 'intro') return [{ type: 'quiz.start' }];
  if (screen.kind === 'outcome') return [];
  const { question } = screen;
  return answerClasses(question).map((choices) => ({ type: 'quiz.answer', question, choices }));
}

/** The state a snapshot is in: `intro`, or a question or outcome id. */
export const stateOf = (snapshot: QuizSnapshot): string =>
  typeof snapshot.value === 'string' ? snapshot.value : (snapshot.value.quiz ?? '');

let enumerated: QuizPath[] | undefined;
/** Every simple path from the intro, to every reachable snapshot (computed once). */
export const enumeratePaths = (): QuizPath[] =>
  (enumerated ??= getSimplePaths(exBackMachine, { events: forwardEvents }));

/** The paths from the intro to an outcome. */
export const completePaths = (): QuizPath[] =>
  enumeratePaths().filter((path) => screenOf(path.state).kind === 'outcome');

/** The snapshots along a path (intro first) and the events between them. */
export const statesOf = (path: QuizPath) => path.steps.map((step) => step.state);
export const eventsOf = (path: QuizPath) => path.steps.slice(1).map((step) => step.event);

export function answersOf(path: QuizPath): Partial<Record<QuestionId, readonly string[]>> {
  const answers: Partial<Record<QuestionId, readonly string[]>> = {};
  for (const event of eventsOf(path)) {
    if (event.type === 'quiz.answer') answers[event.question] = event.choices;
  }
  return answers;
}

export function describePath(path: QuizPath): string {
  const events = eventsOf(path).map((event) =>
    event.type === 'quiz.answer' ? `${event.question}=${event.choices.join('+')}` : event.type,
  );
  return `${events.join(' → ')} ⇒ ${stateOf(path.state)}`;
}
