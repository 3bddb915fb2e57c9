// The one owner of the quiz's XState actor. The element renders `snapshot` and sends events
// through `send`; everything about the actor's lifetime lives here, including where it resumes.
//
// A stopped XState actor never restarts, and moving an element in the DOM disconnects and
// reconnects it. So on disconnect the actor is stopped and its snapshot kept; on connect a new
// actor resumes from that snapshot. Moving the element neither resets nor freezes the quiz. On the
// first connect it resumes from saved progress instead (with `persist`), and every change is saved.
// Resuming is not arriving: `onArrive` hears only of the screens the reader's own moves lead to.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { type Actor, createActor, type Snapshot } from 'xstate';
import { exBackMachine, type QuizEvent, type QuizSnapshot } from '../machines/ex-back.machine.ts';
import { type Screen, screenOf } from '../machines/screen.ts';
import type { SavedProgress } from './saved-progress.ts';

type QuizActor = Actor<typeof exBackMachine>;

/** Which screen it is: a new key is a new screen, one the element renders afresh. */
export const screenKey = (screen: Screen): string =>
  screen.kind === 'intro' ? 'intro' : screen.kind === 'question' ? screen.question : screen.outcome;

interface QuizActorOptions {
  /** Read on the first connect, written on every change, forgotten on reset. */
  readonly saved: SavedProgress;
  /** The reader's moves led to another screen (the quiz is at `snapshot`). */
  readonly onArrive: (screen: Screen, snapshot: QuizSnapshot) => void;
}

export class QuizActorController implements ReactiveController {
  #actor: QuizActor | undefined;
  #resumeFrom: Snapshot<unknown> | undefined;
  #snapshot: QuizSnapshot;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: QuizActorOptions,
  ) {
    host.addController(this);
    this.#snapshot = createActor(exBackMachine).getSnapshot();
  }

  get snapshot(): QuizSnapshot {
    return this.#snapshot;
  }

  send(event: QuizEvent): void {
    this.#actor?.send(event);
  }

  /** Forget everything, saved progress too, and go back to the intro (quick exit). */
  reset(): void {
    this.#stop();
    this.#resumeFrom = undefined;
    this.#start(undefined);
    this.options.saved.forget();
  }

  hostConnected(): void {
    this.#start(this.#resumeFrom ?? this.options.saved.read());
  }

  hostDisconnected(): void {
    this.#stop();
  }

  #start(snapshot: Snapshot<unknown> | undefined): void {
    const actor = createActor(exBackMachine, snapshot ? { snapshot } : {});
    // Also called once on start, with the snapshot it starts from: no arrival, as the key is the same.
    actor.subscribe((next) => {
      const screen = screenOf(next);
      const arrived = screenKey(screen) !== screenKey(screenOf(this.#snapshot));
      this.#snapshot = next;
      this.options.saved.save(next);
      if (arrived) this.options.onArrive(screen, next);
      this.host.requestUpdate();
    });
    this.#actor = actor;
    this.#snapshot = actor.getSnapshot();
    actor.start();
    this.host.requestUpdate();
  }

  #stop(): void {
    if (!this.#actor) return;
    this.#resumeFrom = this.#actor.getPersistedSnapshot();
    this.#actor.stop();
    this.#actor = undefined;
  }
}
