// src/quiz-actor-controller.ts without the element: a bare host connects and disconnects it the way
// Lit does, so the actor's lifetime (start, a move, saved progress, reset) is seen on its own.
import { expect } from '@open-wc/testing';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { QuizSnapshot } from '../machines/ex-back.machine.ts';
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
  const changes: [QuizSnapshot, QuizSnapshot][] = [];
  const quiz = new QuizActorController(host, {
    saved: new SavedProgress(
      () => widget.persist,
      () => 'mine',
    ),
    onChange: (snapshot, previous) => changes.push([snapshot, previous]),
  });
  host.connect();
  return { host, widget, quiz, changes };
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

  it('reports each change with the snapshot before it', () => {
    const { quiz, changes } = connectedQuiz();
    changes.length = 0;
    quiz.send({ type: 'quiz.start' });
    expect(changes.map(([now, before]) => [now.value, before.value])).to.deep.equal([
      [{ quiz: 'safety' }, 'intro'],
    ]);
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
