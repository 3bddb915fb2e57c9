// Quiz snapshots at a chosen screen, for the units that take snapshots. They are resolved from a
// state and the answers that lead there, as saved progress is, without sending the machine events.
import { createActor } from 'xstate';
import type { QuestionId } from '../content/quiz.ts';
import { exBackMachine, type QuizSnapshot } from '../machines/ex-back.machine.ts';

/** One answered question: its id, then the option ids chosen. */
type Answer = readonly [QuestionId, ...string[]];

export const introSnapshot = (): QuizSnapshot => createActor(exBackMachine).getSnapshot();

/** The snapshot at `state` (a question or an outcome id), reached by the answers given. */
export function snapshotAt(state: string, answered: readonly Answer[]): QuizSnapshot {
  return exBackMachine.resolveState({
    value: { quiz: state },
    context: {
      asked: answered.map(([question]) => question),
      answers: Object.fromEntries(answered.map(([question, ...choices]) => [question, choices])),
    },
  });
}
