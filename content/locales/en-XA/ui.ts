// Pseudo-locale en-XA (test only): the English UI text and help lines, accented, about 40 % longer,
// bracketed (content/pseudo.ts).
import { accented, pseudoLocalize } from '../../pseudo.ts';
import type { HelpLine, UiText } from '../../types.ts';
import { ui as english, helpLines as englishHelpLines } from '../../ui.ts';

export const ui = {
  ...pseudoLocalize(english, accented),
  lang: 'en-XA',
  dir: 'ltr',
} satisfies UiText;
export const helpLines = pseudoLocalize(englishHelpLines, accented) satisfies readonly HelpLine[];
