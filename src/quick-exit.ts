// Quick exit, after GOV.UK's "Exit this page". It is page-wide: used from any widget (its button,
// or Shift pressed three times within 5 seconds with no other key between, anywhere on the page),
// it clears and hides every <ex-back-quiz> on the page, `no-quick-exit` ones included, forgets
// every saved progress, and the widget used navigates away. `no-quick-exit` only takes a widget's
// own button and its own registration for the shortcut away.
//
// Host pages' scripts (analytics, session recorders, overlays) often stop key and click events on
// the window in the capture phase, before anything else sees them. So one page-level listener, on
// the window in the capture phase too, serves all widgets: listeners on the same target all run
// whatever stopPropagation() says. It counts Shift presses (each acknowledged to screen readers,
// "Shift, press 2 more times to exit", as GOV.UK does), and it recognises a click on a widget's
// Exit control (a `.exit` button in the shadow root of a widget on the page) by composedPath().
import { forgetAllSavedProgress } from './saved-progress.ts';

export interface QuickExitTarget {
  /** Clear and hide; only the widget used also navigates away. */
  quickExit(navigate: boolean): void;
  /** Tell screen readers a Shift press counted: `left` more to go. */
  shortcutPressed(left: number): void;
}

const PRESSES = 3;
const WINDOW_MS = 5000;

/** Every widget on the page: all are cleared on exit. */
const widgets = new Set<QuickExitTarget>();
/** The widgets that offer the Shift×3 shortcut; the first one leads the exit. */
const shortcut = new Set<QuickExitTarget>();
let presses: number[] = [];

function onEvent(event: Event): void {
  if (event.type === 'click') {
    const control = event.composedPath()[0] as Element;
    const widget = (control.getRootNode?.() as ShadowRoot)?.host as unknown as QuickExitTarget;
    if (control.classList?.contains('exit') && shortcut.has(widget)) exitPage(widget);
    return;
  }
  const { key, repeat, timeStamp: now } = event as KeyboardEvent;
  if (key !== 'Shift') {
    presses = [];
    return;
  }
  if (repeat) return;
  presses = [...presses.filter((time) => now - time < WINDOW_MS), now];
  // One widget, the one that would lead the exit, speaks for all: each press heard once.
  const leader = [...shortcut][0];
  if (presses.length < PRESSES) {
    leader?.shortcutPressed(PRESSES - presses.length);
    return;
  }
  presses = [];
  exitPage(leader);
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
  if (shortcut.size === 0) listen(addEventListener);
  shortcut.add(target);
}

export function leaveQuickExit(target: QuickExitTarget): void {
  widgets.delete(target);
  dropShortcut(target);
}

function dropShortcut(target: QuickExitTarget): void {
  if (!shortcut.delete(target) || shortcut.size > 0) return;
  listen(removeEventListener);
  presses = [];
}

/** The window's capture-phase listener for keydown and click: added or removed. */
function listen(method: typeof addEventListener): void {
  for (const type of ['keydown', 'click']) method(type, onEvent, true);
}
