// Pseudo-locale en-XA (test only): the English guide, accented, about 40 % longer, bracketed
// (content/pseudo.ts).
import { guide as english } from '../../guide.ts';
import { accented, pseudoLocalize } from '../../pseudo.ts';
import type { GuideTranslation } from '../../translation.ts';

export const guide = pseudoLocalize(english, accented) satisfies GuideTranslation;
