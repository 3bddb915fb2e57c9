// Saved progress is untrusted input (sessionStorage can hold anything, from any version). It is
// never handed to xstate as is: it is checked for shape, then its path is replayed through the
// machine from the start, and only a snapshot the machine itself produced is returned.
import { createActor, type Snapshot } from 'xstate';
import type { QuestionId } from '../content/quiz.ts';
import {
  type Answers,
  exBackMachine,
  isValidAnswer,
  type QuizSnapshot,
  questionIds,
} from './ex-back.machine.ts';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isQuestionId = (value: unknown): value is QuestionId =>
  typeof value === 'string' && (questionIds as string[]).includes(value);

function validAnswers(value: unknown): Answers | undefined {
  if (!isRecord(value)) return undefined;
  const entries = Object.entries(value);
  const valid = entries.every(
    ([question, choices]) =>
      isQuestionId(question) && Array.isArray(choices) && isValidAnswer(question, choices),
  );
  return valid ? (value as Answers) : undefined;
}

/**
 * Replays the answered questions from the start; undefined if the path doesn't hold. A throwaway
 * actor does it: the machine is pure, so this is the same as the pure transition() API, which the
 * embed then doesn't have to ship.
 */
function replay(asked: readonly QuestionId[], answers: Answers): QuizSnapshot | undefined {
  const actor = createActor(exBackMachine).start();
  actor.send({ type: 'quiz.start' });
  for (const question of asked) {
    const choices = answers[question];
    if (!choices) return undefined;
    const before = actor.getSnapshot().context.asked.length;
    actor.send({ type: 'quiz.answer', question, choices });
    if (actor.getSnapshot().context.asked.length === before) return undefined; // not on this path
  }
  return actor.getSnapshot();
}

/**
 * A persisted snapshot (from `actor.getPersistedSnapshot()`) checked and rebuilt, ready for
 * `createActor(exBackMachine, { snapshot })`; undefined when it is corrupt, foreign or stale.
 */
export function restorableSnapshot(persisted: unknown): Snapshot<unknown> | undefined {
  if (!isRecord(persisted) || persisted.status !== 'active' || !isRecord(persisted.context)) {
    return undefined;
  }
  const { asked, answers: savedAnswers } = persisted.context;
  const answers = validAnswers(savedAnswers);
  if (!answers || !Array.isArray(asked) || !asked.every(isQuestionId)) return undefined;
  if (new Set(asked).size !== asked.length) return undefined;

  if (persisted.value === 'intro') {
    if (asked.length > 0) return undefined;
    return createActor(exBackMachine).getPersistedSnapshot();
  }
  const savedState = isRecord(persisted.value) ? persisted.value.quiz : undefined;
  const replayed = replay(asked, answers);
  const replayedState = replayed && typeof replayed.value === 'object' ? replayed.value.quiz : '';
  if (!replayed || typeof savedState !== 'string' || savedState !== replayedState) return undefined;
  // Keep answers off the current path too, so a question the reader returns to shows them.
  const restored = exBackMachine.resolveState({
    value: replayed.value,
    context: { asked: [...asked], answers: { ...answers, ...replayed.context.answers } },
  });
  return exBackMachine.getPersistedSnapshot(restored);
}
