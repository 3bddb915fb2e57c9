// The honest progress line of a question, "Question 2, up to 5 more after this": shown above the
// question and announced when the reader arrives at it, so the two always say the same.
import { ui } from '../content/ui.ts';
import type { QuizSnapshot } from '../machines/ex-back.machine.ts';
import { progress } from '../machines/progress.ts';

/** "Question N …": how many were answered and how many at most may follow this one. */
export function progressLine(snapshot: QuizSnapshot): string {
  const { answered, fewestLeft, mostLeft } = progress(snapshot);
  return ui.question.progress(answered + 1, fewestLeft, mostLeft);
}
