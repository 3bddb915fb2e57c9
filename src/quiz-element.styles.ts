// The element's styles, in cascade order: the later parts override the earlier ones, and the
// reader's modes (forced colours, reduced motion) come last so nothing overrides them.
import { base } from './styles/base.styles.ts';
import { floatingExit } from './styles/floating-exit.styles.ts';
import { modes } from './styles/modes.styles.ts';
import { print } from './styles/print.styles.ts';
import { screens } from './styles/screens.styles.ts';

export const styles = [base, screens, floatingExit, print, modes];
