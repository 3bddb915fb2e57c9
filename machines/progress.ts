// Honest progress: how many questions were answered, and the fewest and most still to come on any
// path from here, computed from the machine's own transitions (never a hand-kept count).
import type { QuestionId } from '../content/quiz.ts';
import { exBackMachine, type QuizSnapshot } from './ex-back.machine.ts';
import { screenOf } from './screen.ts';

interface Progress {
  readonly answered: number;
  /** Questions left including the current one: 0 on the intro and on an outcome. */
  readonly fewestLeft: number;
  readonly mostLeft: number;
}

type Range = readonly [fewest: number, most: number];
const rangeCache = new Map<string, Range>();

/** Questions left from a question state: this one plus the shortest/longest continuation. */
function questionsLeftFrom(question: string): Range {
  const cached = rangeCache.get(question);
  if (cached) return cached;
  const node = exBackMachine.getStateNodeById(`ex-back.quiz.${question}`);
  if (node.type === 'final') return [0, 0];
  const next = (node.transitions.get('quiz.answer') ?? []).flatMap((t) => t.target ?? []);
  const ranges = next.map((target) => questionsLeftFrom(target.key));
  const range: Range = [
    1 + Math.min(...ranges.map(([fewest]) => fewest)),
    1 + Math.max(...ranges.map(([, most]) => most)),
  ];
  rangeCache.set(question, range);
  return range;
}

/** The question every path starts with. */
const firstQuestion = exBackMachine.getStateNodeById('ex-back.quiz').initial.target[0]?.key ?? '';

/** Fewest and most questions on any whole path: what the intro promises. */
export function questionsPerPath(): Range {
  return questionsLeftFrom(firstQuestion);
}

export function progress(snapshot: QuizSnapshot): Progress {
  const screen = screenOf(snapshot);
  const answered = snapshot.context.asked.length;
  if (screen.kind !== 'question') return { answered, fewestLeft: 0, mostLeft: 0 };
  const [fewestLeft, mostLeft] = questionsLeftFrom(screen.question satisfies QuestionId);
  return { answered, fewestLeft, mostLeft };
}
