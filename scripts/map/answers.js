// Every answer a reader can give to a question, and where the machine goes with it: the machine
// itself is run (xstate's pure `transition`), so the map shows what the quiz does, not what we
// think its guards mean.
import { transition } from 'xstate';
import { questions } from '../../content/quiz.ts';
import { exBackMachine } from '../../machines/ex-back.machine.ts';

/**
 * The answers the widget lets a reader send, as option ids in content order: each option of a
 * single-choice question; every non-empty set of a multi-choice question's options, its exclusive
 * option ("None of these") only on its own.
 */
export function readerAnswers(question) {
  const { kind, options, exclusiveOption } = questions[question];
  const ids = Object.keys(options);
  if (kind === 'single') return ids.map((id) => [id]);
  const sets = [];
  for (let bits = 1; bits < 2 ** ids.length; bits += 1) {
    const set = ids.filter((_, index) => bits & (2 ** index));
    if (set.length === 1 || !set.includes(exclusiveOption)) sets.push(set);
  }
  return sets;
}

/** The state the machine goes to when a reader at `question` answers `choices`. */
export function stateAfter(question, choices) {
  const at = exBackMachine.resolveState({
    value: { quiz: question },
    context: { answers: {}, asked: [] },
  });
  const [next] = transition(exBackMachine, at, { type: 'quiz.answer', question, choices });
  return next.value.quiz;
}
