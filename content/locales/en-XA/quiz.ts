// Pseudo-locale en-XA (test only): the English questions and outcomes, accented, about 40 % longer,
// bracketed (content/pseudo.ts).

import { accented, pseudoLocalize } from '../../pseudo.ts';
import { outcomes as englishOutcomes, questions as englishQuestions } from '../../quiz.ts';
import type { OutcomesTranslation, QuestionsTranslation } from '../../translation.ts';

export const questions = pseudoLocalize(englishQuestions, accented) satisfies QuestionsTranslation;
export const outcomes = pseudoLocalize(englishOutcomes, accented) satisfies OutcomesTranslation;
