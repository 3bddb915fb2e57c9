import { css } from 'lit';

// Print or save this plan: the outcome alone, black on white, every step in full.
export const print = css`
  /* ---- Print (Print or save this plan, or the browser's own Print): the outcome's heading, why,
     help lines and steps, each step in full with its link written out; nothing of the reader's
     answers (everything after the steps: Print, Your answers, Start again), no buttons, no quick
     exit, no quick exit note. Black on white, no card. Closed details print open through
     ::details-content (Chromium 131+, Safari 18.4+, Firefox 143+; older browsers print them
     closed, with the link). ---- */
  @media print {
    .card {
      --_text: #000;
      --_muted: #000;
      --_accent: #000;
      --_bg: #fff;
      --_surface: #fff;
      border: 0;
      padding: 0;
    }
    .quick-exit,
    button,
    summary,
    .muted,
    .steps ~ * {
      display: none;
    }
    .step {
      border: 0;
      padding: 0;
    }
    .step-title {
      break-after: avoid;
    }
    details::details-content {
      content-visibility: visible;
    }
    .step a::after {
      content: " (" attr(href) ")";
    }
  }
`;
