// src/quiz-actor-controller.ts without the element: a bare host connects and disconnects it the way
// Lit does, so the actor's lifetime (start, a move, saved progress, reset) is seen on its own.
import { expect } from '@open-wc/testing';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Screen } from '../machines/screen.ts';
import { QuizActorController } from '../src/quiz-actor-controller.ts';
import { SavedProgress } from '../src/saved-progress.ts';
import { snapshotAt } from './quiz-snapshots.ts';

/** Stands in for the element: holds the controller and counts the updates it asks for. */
class Host implements ReactiveControllerHost {
  readonly controllers: ReactiveController[] = [];
  readonly updateComplete = Promise.resolve(true);
  updates = 0;

  addController(controller: ReactiveController): void {
    this.controllers.push(controller);
  }

  removeController(): void {}

  requestUpdate(): void {
    this.updates += 1;
  }

  connect(): void {
    for (const controller of this.controllers) controller.hostConnected?.();
  }

  disconnect(): void {
    for (const controller of this.controllers) controller.hostDisconnected?.();
  }
}

const PAST_HURT = JSON.stringify({
  version: 1,
  snapshot: snapshotAt('past-hurt', [
    ['safety', 'no'],
    ['breakup-reason', 'circumstances'],
  ]),
});

const DONT_GO_BACK = JSON.stringify({
  version: 1,
  snapshot: snapshotAt('dont-go-back', [['safety', 'yes']]),
});

/** A connected controller for a widget with id "mine"; `widget.persist` may be changed later. */
function connectedQuiz({ persist = false } = {}) {
  const host = new Host();
  const widget = { persist };
  const arrivals: Screen[] = [];
  const quiz = new QuizActorController(host, {
    saved: new SavedProgress(
      () => widget.persist,
      () => 'mine',
    ),
    onArrive: (screen, snapshot) => {
      expect(quiz.snapshot === snapshot, 'the snapshot arrived at').to.equal(true);
      arrivals.push(screen);
    },
  });
  host.connect();
  return { host, widget, quiz, arrivals };
}

describe('QuizActorController', () => {
  beforeEach(() => sessionStorage.clear());
  afterEach(() => sessionStorage.clear());

  it('starts on the intro, goes where the events it is sent lead, and updates the host', () => {
    const { host, quiz } = connectedQuiz();
    expect(quiz.snapshot.value).to.equal('intro');
    const updates = host.updates;
    quiz.send({ type: 'quiz.start' });
    expect(quiz.snapshot.value).to.deep.equal({ quiz: 'safety' });
    expect(host.updates).to.be.greaterThan(updates);
  });

  it("tells of each arrival at another screen, the reader's moves only", () => {
    const { quiz, arrivals } = connectedQuiz();
    expect(arrivals, 'starting on the intro').to.deep.equal([]);
    quiz.send({ type: 'quiz.start' });
    expect(arrivals).to.deep.equal([{ kind: 'question', question: 'safety' }]);
    quiz.send({ type: 'quiz.start' });
    quiz.send({ type: 'quiz.restart' });
    expect(arrivals, 'events that stay on the same question').to.have.length(1);
  });

  it('tells of no arrival on resuming: from saved progress, after a move, on reset', () => {
    sessionStorage.setItem('ex-back-quiz:mine', DONT_GO_BACK);
    const { host, quiz, arrivals } = connectedQuiz({ persist: true });
    expect(quiz.snapshot.value).to.deep.equal({ quiz: 'dont-go-back' });
    host.disconnect();
    host.connect();
    quiz.reset();
    expect(arrivals).to.deep.equal([]);
  });

  it('with persist, resumes from saved progress on the first connect', () => {
    sessionStorage.setItem('ex-back-quiz:mine', PAST_HURT);
    const { quiz } = connectedQuiz({ persist: true });
    expect(quiz.snapshot.value).to.deep.equal({ quiz: 'past-hurt' });
    expect(quiz.snapshot.context.answers).to.deep.equal({
      safety: ['no'],
      'breakup-reason': ['circumstances'],
    });
  });

  it('after a move (disconnect, connect) goes on where it was, whatever is saved; events in between are dropped', () => {
    sessionStorage.setItem('ex-back-quiz:mine', PAST_HURT);
    const { host, quiz } = connectedQuiz({ persist: true });
    host.disconnect();
    quiz.send({ type: 'quiz.restart' });
    sessionStorage.setItem('ex-back-quiz:mine', DONT_GO_BACK);
    host.connect();
    expect(quiz.snapshot.value).to.deep.equal({ quiz: 'past-hurt' });
    expect(quiz.snapshot.context.asked).to.deep.equal(['safety', 'breakup-reason']);
    quiz.send({ type: 'quiz.restart' });
    expect(quiz.snapshot.value).to.deep.equal({ quiz: 'safety' });
    expect(quiz.snapshot.context.asked).to.deep.equal([]);
  });

  it('without persist, starts on the intro and leaves saved progress alone', () => {
    sessionStorage.setItem('ex-back-quiz:mine', PAST_HURT);
    const { quiz } = connectedQuiz();
    quiz.send({ type: 'quiz.start' });
    expect(quiz.snapshot.value).to.deep.equal({ quiz: 'safety' });
    expect(sessionStorage.getItem('ex-back-quiz:mine')).to.equal(PAST_HURT);
  });

  it('with persist, saves every change', () => {
    const { quiz } = connectedQuiz({ persist: true });
    expect(sessionStorage.length, 'nothing kept on the intro').to.equal(0);
    quiz.send({ type: 'quiz.start' });
    const saved = JSON.parse(sessionStorage.getItem('ex-back-quiz:mine') ?? 'null');
    expect(saved.snapshot.value).to.deep.equal({ quiz: 'safety' });
  });

  it('reset goes back to the intro and forgets saved progress for good, even with persist now off', () => {
    sessionStorage.setItem('ex-back-quiz:mine', PAST_HURT);
    const { host, widget, quiz } = connectedQuiz({ persist: true });
    widget.persist = false;
    quiz.reset();
    expect(quiz.snapshot.value).to.equal('intro');
    expect(sessionStorage.length).to.equal(0);
    host.disconnect();
    host.connect();
    expect(quiz.snapshot.value).to.equal('intro');
  });
});
