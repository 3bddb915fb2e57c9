// Pseudo-locale ar-XB (test only): the English guide, bracketed and forced right to left
// (content/pseudo.ts).
import { guide as english } from '../../guide.ts';
import { mirrored, pseudoLocalize } from '../../pseudo.ts';
import type { GuideTranslation } from '../../translation.ts';

export const guide = pseudoLocalize(english, mirrored) satisfies GuideTranslation;
