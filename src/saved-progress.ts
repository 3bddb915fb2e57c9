// Saved progress, only with `persist`: one sessionStorage entry per widget, holding a versioned
// persisted snapshot. What is read back is untrusted (any version, any page script may have
// written it): it goes through machines/persist.ts, and anything it rejects is removed.
import type { Snapshot } from 'xstate';
import type { QuizSnapshot } from '../machines/ex-back.machine.ts';
import { restorableSnapshot } from '../machines/persist.ts';
import { screenOf } from '../machines/screen.ts';

const PREFIX = 'ex-back-quiz';
/** Bumped when the saved shape changes; older entries are discarded, never migrated. */
const VERSION = 1;

/** `ex-back-quiz`, or `ex-back-quiz:<id>` for a widget with an id: two widgets with ids never collide. */
export const savedProgressKey = (id: string): string => (id ? `${PREFIX}:${id}` : PREFIX);

/** The saved snapshot under `key`, checked and rebuilt; corrupt or stale data is removed. */
export function readSavedProgress(key: string): Snapshot<unknown> | undefined {
  try {
    const saved: unknown = JSON.parse(sessionStorage.getItem(key) ?? 'null');
    if (saved === null) return undefined;
    const snapshot =
      typeof saved === 'object' && (saved as { version?: unknown }).version === VERSION
        ? restorableSnapshot((saved as { snapshot?: unknown }).snapshot)
        : undefined;
    if (!snapshot) forgetSavedProgress(key);
    return snapshot;
  } catch {
    forgetSavedProgress(key); // unparsable
    return undefined;
  }
}

/** Keeps the reader's progress; on the intro there is none, so nothing is kept. */
export function saveProgress(key: string, snapshot: QuizSnapshot): void {
  if (screenOf(snapshot).kind === 'intro') {
    forgetSavedProgress(key);
    return;
  }
  try {
    sessionStorage.setItem(key, JSON.stringify({ version: VERSION, snapshot }));
  } catch {
    // Storage can be full or blocked (private modes): the quiz simply isn't kept.
  }
}

export function forgetSavedProgress(key: string): void {
  try {
    sessionStorage.removeItem(key);
  } catch {
    // Blocked storage holds nothing to forget.
  }
}

/** Quick exit: every widget's saved progress, including widgets not on the page right now. */
export function forgetAllSavedProgress(): void {
  try {
    const keys = Array.from({ length: sessionStorage.length }, (_, index) =>
      sessionStorage.key(index),
    );
    for (const key of keys) {
      if (key === PREFIX || key?.startsWith(`${PREFIX}:`)) sessionStorage.removeItem(key);
    }
  } catch {
    // Blocked storage holds nothing to forget.
  }
}
