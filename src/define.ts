// Defines <ex-back-quiz>. Safe to load twice (two plugins, a late duplicate script tag): a second
// load finds the tag taken and leaves the first definition in place.
import { ExBackQuiz } from './quiz-element.ts';

export const tagName = 'ex-back-quiz';

if (!customElements.get(tagName)) customElements.define(tagName, ExBackQuiz);

declare global {
  interface HTMLElementTagNameMap {
    'ex-back-quiz': ExBackQuiz;
  }
}

export { ExBackQuiz };
