import { css } from 'lit';

// Quick exit always in reach: the Exit button as a popover in the top layer (see quiz-element.ts).
export const floatingExit = css`
  /* ---- Quick exit always in reach (behaviour): while the card is on screen but its quick exit
     bar is not, the Exit button, a manual popover, shows in the top layer at the top of the
     viewport (quiz-element.ts). In the bar it is an ordinary button: the UA's [popover] rules
     would fix it in place (and hide it, which the button rule's display already overrides). The
     bar keeps its height meanwhile. No motion. ---- */
  .quick-exit {
    min-height: 2.75em;
  }
  .exit {
    position: static;
  }
  .exit:popover-open {
    position: fixed;
    inset-block: 0.5em auto;
    inset-inline: auto 0.5em;
  }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
