// Quick exit, after GOV.UK's "Exit this page": pressing Shift three times within 5 seconds, with
// no other key in between, triggers it anywhere on the page. One document-level listener serves
// every widget on the page; it is added with the first widget and removed with the last.

export interface QuickExitTarget {
  /** Clear and hide; only the first widget on the page also navigates away. */
  quickExit(navigate: boolean): void;
}

const PRESSES = 3;
const WINDOW_MS = 5000;

const targets = new Set<QuickExitTarget>();
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
  exitPage([...targets][0]);
}

/** Every widget on the page clears and hides; `leader` (the one used) also navigates away. */
export function exitPage(leader: QuickExitTarget | undefined): void {
  for (const target of new Set([leader, ...targets])) target?.quickExit(target === leader);
}

export function watchForQuickExit(target: QuickExitTarget): void {
  if (targets.size === 0) document.addEventListener('keydown', onKeydown, true);
  targets.add(target);
}

export function stopWatchingForQuickExit(target: QuickExitTarget): void {
  targets.delete(target);
  if (targets.size === 0) {
    document.removeEventListener('keydown', onKeydown, true);
    presses = [];
  }
}
