import { css } from 'lit';

// The reader's modes, last so they win: reduced motion, and forced colours (Windows High
// Contrast), which keep only what the system does not force.
export const modes = css`
  @media (prefers-reduced-motion: no-preference) {
    button,
    .option {
      transition:
        filter 120ms ease-out,
        border-color 120ms ease-out;
    }
  }
  @media (forced-colors: active) {
    /* Other borders are forced to CanvasText; the safety panel's background goes, so it gets all four. */
    .safety {
      border: 1px solid;
    }
    button.primary,
    button.exit {
      forced-color-adjust: none;
      background: ButtonText;
      color: ButtonFace;
    }
    :focus-visible {
      outline-color: Highlight;
    }
    .option:has(input:checked) {
      border: 3px solid Highlight;
    }
  }
`;
