// What the widget shows for a snapshot, in the vocabulary of content/: the one place that reads
// the machine's state shape, so the element never matches on state values itself.
import { type OutcomeId, outcomes, type QuestionId } from '../content/quiz.ts';
import { exBackMachine, type QuizSnapshot } from './ex-back.machine.ts';

export type Screen =
  | { readonly kind: 'intro' }
  | { readonly kind: 'question'; readonly question: QuestionId }
  | { readonly kind: 'outcome'; readonly outcome: OutcomeId; readonly steps: readonly number[] };

export function screenOf(snapshot: QuizSnapshot): Screen {
  const { value } = snapshot;
  if (typeof value === 'string') return { kind: 'intro' };
  const state = value.quiz;
  if (exBackMachine.getStateNodeById(`ex-back.quiz.${state}`).type === 'final') {
    const outcome = state as OutcomeId;
    return { kind: 'outcome', outcome, steps: stepsOf(outcome) };
  }
  return { kind: 'question', question: state as QuestionId };
}

/**
 * The guide steps an outcome recommends, in the order shown: the step numbers its content notes
 * (integer keys enumerate in ascending order, so the guide's order).
 */
export function stepsOf(outcome: OutcomeId): readonly number[] {
  return Object.keys(outcomes[outcome].stepNotes).map(Number);
}
