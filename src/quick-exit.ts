// Quick exit, after GOV.UK's "Exit this page". It is page-wide: used from any widget (its button,
// or Shift pressed three times within 5 seconds with no other key between, anywhere on the page),
// it clears and hides every <ex-back-quiz> on the page, `no-quick-exit` ones included, forgets
// every saved progress, and the widget used navigates away. `no-quick-exit` only takes a widget's
// own button and its own registration for the shortcut away. One document listener serves all.
import { forgetAllSavedProgress } from './saved-progress.ts';

export interface QuickExitTarget {
  /** Clear and hide; only the widget used also navigates away. */
  quickExit(navigate: boolean): void;
}

const PRESSES = 3;
const WINDOW_MS = 5000;

/** Every widget on the page: all are cleared on exit. */
const widgets = new Set<QuickExitTarget>();
/** The widgets that offer the Shift×3 shortcut; the first one leads the exit. */
const shortcut = new Set<QuickExitTarget>();
let presses: number[] = [];

function onKeydown(event: KeyboardEvent): void {
  if (event.key !== 'Shift') {
    presses = [];
    return;
  }
  if (event.repeat) return;
  const now = event.timeStamp;
  presses = [...presses.filter((time) => now - time < WINDOW_MS), now];
  if (presses.length < PRESSES) return;
  presses = [];
  exitPage([...shortcut][0]);
}

/** Every widget clears and hides, all saved progress goes; `leader` (the one used) navigates. */
export function exitPage(leader: QuickExitTarget | undefined): void {
  forgetAllSavedProgress();
  for (const target of new Set([leader, ...widgets])) target?.quickExit(target === leader);
}

/** A widget joins the page (or changes `no-quick-exit`): it is cleared on exit, and may offer the shortcut. */
export function joinQuickExit(target: QuickExitTarget, offersShortcut: boolean): void {
  widgets.add(target);
  if (!offersShortcut) {
    dropShortcut(target);
    return;
  }
  if (shortcut.size === 0) document.addEventListener('keydown', onKeydown, true);
  shortcut.add(target);
}

export function leaveQuickExit(target: QuickExitTarget): void {
  widgets.delete(target);
  dropShortcut(target);
}

function dropShortcut(target: QuickExitTarget): void {
  if (!shortcut.delete(target) || shortcut.size > 0) return;
  document.removeEventListener('keydown', onKeydown, true);
  presses = [];
}
