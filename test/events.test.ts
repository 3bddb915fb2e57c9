// src/events.ts on its own: the README's events bubble and cross the shadow boundary, and only
// quiz-exit can be cancelled (a page that navigates itself).
import { expect } from '@open-wc/testing';
import { emit } from '../src/events.ts';

describe('emit', () => {
  it('dispatches a CustomEvent that bubbles and is composed, with its detail', () => {
    const target = document.createElement('div');
    document.body.append(target);
    const heard: CustomEvent[] = [];
    const listener = (event: Event) => heard.push(event as CustomEvent);
    document.addEventListener('quiz-complete', listener);
    try {
      expect(emit(target, 'quiz-complete', { outcome: 'let-go', steps: [12, 13] })).to.equal(true);
    } finally {
      document.removeEventListener('quiz-complete', listener);
      target.remove();
    }
    expect(heard.map((event) => [event.bubbles, event.composed, event.detail])).to.deep.equal([
      [true, true, { outcome: 'let-go', steps: [12, 13] }],
    ]);
  });

  it('lets a listener cancel quiz-exit, and no other event', () => {
    const target = document.createElement('div');
    target.addEventListener('quiz-exit', (event) => event.preventDefault());
    target.addEventListener('quiz-start', (event) => event.preventDefault());
    expect(emit(target, 'quiz-exit', { url: 'https://example.org/' })).to.equal(false);
    expect(emit(target, 'quiz-start', null)).to.equal(true);
  });
});
