// Pseudo-locale ar-XB (test only): the English questions and outcomes, bracketed and forced right
// to left (content/pseudo.ts).

import { mirrored, pseudoLocalize } from '../../pseudo.ts';
import { outcomes as englishOutcomes, questions as englishQuestions } from '../../quiz.ts';
import type { OutcomesTranslation, QuestionsTranslation } from '../../translation.ts';

export const questions = pseudoLocalize(englishQuestions, mirrored) satisfies QuestionsTranslation;
export const outcomes = pseudoLocalize(englishOutcomes, mirrored) satisfies OutcomesTranslation;
