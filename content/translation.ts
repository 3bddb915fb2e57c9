// What a translation must be: the English content's own shape, key for key, with every text
// widened to `string`. A locale (content/locales/<tag>/) writes `satisfies GuideTranslation` (and
// the others) on its modules, so a missing key, an extra key, a step or paragraph too many or too
// few, or a changed id or step number does not compile. Type-only: nothing here reaches a bundle.
import type { guide } from './guide.ts';
import type { outcomes, questions } from './quiz.ts';

/**
 * Keys whose values the code reads rather than shows: a step's number, a question's kind and
 * exclusive option, the safety panel flag. A translation repeats them exactly.
 */
type Verbatim = 'number' | 'kind' | 'exclusiveOption' | 'showSafetyPanel';

/**
 * `T` with every string widened to `string` and every text function kept to its parameters.
 * Objects and tuples keep their keys (and tuples their length); `Verbatim` keys keep their type.
 */
export type Translation<T> = T extends string
  ? string
  : T extends (...args: infer Args) => string
    ? (...args: Args) => string
    : T extends object
      ? { readonly [K in keyof T]: K extends Verbatim ? T[K] : Translation<T[K]> }
      : T;

/** content/guide.ts's `guide`: 15 steps, each with its number, title and paragraphs. */
export type GuideTranslation = Translation<typeof guide>;
/** content/quiz.ts's `questions`: every question and option id, in the same order. */
export type QuestionsTranslation = Translation<typeof questions>;
/** content/quiz.ts's `outcomes`: every outcome id, with the same stepNotes keys. */
export type OutcomesTranslation = Translation<typeof outcomes>;
