// What the widget's polite live region says: the rules in one place. It speaks when the reader
// arrives at a new screen: an outcome's heading, or the progress line a new question shows; the
// intro says nothing. Resuming (saved progress, a moved element) is no arrival, so it says nothing
// new. On quick exit it says the page is being left, from the region that was already in the page:
// screen readers may miss a region added at that moment.
import { outcomes } from '../content/quiz.ts';
import { ui } from '../content/ui.ts';
import type { QuizSnapshot } from '../machines/ex-back.machine.ts';
import type { Screen } from '../machines/screen.ts';
import { progressLine } from './progress-line.ts';

/** What the live region says when the reader arrives at `screen`, the quiz being at `snapshot`. */
export function arrivalAnnouncement(screen: Screen, snapshot: QuizSnapshot): string {
  return screen.kind === 'outcome'
    ? ui.announce.outcome(outcomes[screen.outcome].heading)
    : screen.kind === 'question'
      ? progressLine(snapshot)
      : '';
}

/** What it says when quick exit hides the widget. */
export const exitAnnouncement: string = ui.announce.exit;
