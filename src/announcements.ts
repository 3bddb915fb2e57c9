// What the widget's polite live region says: the rules in one place. It speaks when the reader
// arrives at a question: the progress line, which the question's focused heading does not say. An
// outcome says nothing there: its heading takes focus and is read then, and said twice it would be
// heard twice. The intro says nothing either. Resuming (saved progress, a moved element) is no
// arrival, so it says nothing new. Quick exit's shortcut is acknowledged press by press, as
// GOV.UK's "Exit this page" does. On quick exit it says the page is being left, from the region
// that was already in the page: screen readers may miss a region added at that moment.
import { ui } from '../content/ui.ts';
import type { QuizSnapshot } from '../machines/ex-back.machine.ts';
import type { Screen } from '../machines/screen.ts';
import { progressLine } from './progress-line.ts';

/** What the live region says when the reader arrives at `screen`, the quiz being at `snapshot`. */
export const arrivalAnnouncement = (screen: Screen, snapshot: QuizSnapshot): string =>
  screen.kind === 'question' ? progressLine(snapshot) : '';

/** What it says after a Shift press of the quick exit shortcut, `left` presses to go. */
export const shortcutAnnouncement: (left: number) => string = ui.quickExit.pressesLeft;

/** What it says when quick exit hides the widget. */
export const exitAnnouncement: string = ui.announce.exit;
