// Defines <ex-back-quiz>. Safe to load twice (two plugins, a late duplicate script tag): a second
// load finds the tag taken and leaves the first definition in place.
import { ExBackQuiz } from './quiz-element.ts';

export const tagName = 'ex-back-quiz';

// The tag is written out, not `tagName`: the manifest analyzer reads the define call's first
// argument as written, and a variable there becomes the tag "tagName" in custom-elements.json.
if (!customElements.get(tagName)) customElements.define('ex-back-quiz', ExBackQuiz);

declare global {
  interface HTMLElementTagNameMap {
    'ex-back-quiz': ExBackQuiz;
  }
}

export { ExBackQuiz };
