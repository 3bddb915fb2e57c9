// Pseudo-locale ar-XB (test only): the English UI text and help lines, bracketed and forced right
// to left (content/pseudo.ts).
import { mirrored, pseudoLocalize } from '../../pseudo.ts';
import type { HelpLine, UiText } from '../../types.ts';
import { ui as english, helpLines as englishHelpLines } from '../../ui.ts';

export const ui = {
  ...pseudoLocalize(english, mirrored),
  lang: 'ar-XB',
  dir: 'rtl',
} satisfies UiText;
export const helpLines = pseudoLocalize(englishHelpLines, mirrored) satisfies readonly HelpLine[];
