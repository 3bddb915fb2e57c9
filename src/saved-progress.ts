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

/** What an entry should hold; it is untrusted, so each field is checked before use. */
interface Saved {
  readonly version?: unknown;
  readonly snapshot?: unknown;
}

/** One widget's saved progress. `persist` and the id are read at each use: a page may change them. */
export class SavedProgress {
  constructor(
    private readonly persist: () => boolean,
    private readonly id: () => string,
  ) {}

  /** With `persist`, the saved snapshot, checked and rebuilt; corrupt or stale data is removed. */
  read(): Snapshot<unknown> | undefined {
    if (!this.persist()) return undefined;
    let snapshot: Snapshot<unknown> | undefined;
    try {
      const saved = JSON.parse(sessionStorage.getItem(this.#key()) ?? 'null') as Saved | null;
      if (saved === null) return undefined;
      if (saved.version === VERSION) snapshot = restorableSnapshot(saved.snapshot);
    } catch {
      // Unparsable: removed below, like any other entry that isn't a restorable snapshot.
    }
    if (!snapshot) this.forget();
    return snapshot;
  }

  /** With `persist`, keeps the reader's progress; on the intro there is none, so nothing is kept. */
  save(snapshot: QuizSnapshot): void {
    if (!this.persist()) return;
    if (screenOf(snapshot).kind === 'intro') {
      this.forget();
      return;
    }
    try {
      sessionStorage.setItem(this.#key(), JSON.stringify({ version: VERSION, snapshot }));
    } catch {
      // Storage can be full or blocked (private modes): the quiz simply isn't kept.
    }
  }

  /** Forgets this widget's progress, `persist` or not: it may have been on when it was saved. */
  forget(): void {
    try {
      sessionStorage.removeItem(this.#key());
    } catch {
      // Blocked storage holds nothing to forget.
    }
  }

  /** `ex-back-quiz`, or `ex-back-quiz:<id>` for a widget with an id: two widgets with ids never collide. */
  #key(): string {
    const id = this.id();
    return id ? `${PREFIX}:${id}` : PREFIX;
  }
}

/** Quick exit: every widget's saved progress, including widgets not on the page right now. */
export function forgetAllSavedProgress(): void {
  try {
    for (const key of Object.keys(sessionStorage)) {
      if (key === PREFIX || key.startsWith(`${PREFIX}:`)) sessionStorage.removeItem(key);
    }
  } catch {
    // Blocked storage holds nothing to forget.
  }
}
