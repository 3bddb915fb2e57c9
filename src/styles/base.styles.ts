import { css } from 'lit';

// Inherited properties are the only way a host page's CSS reaches into the shadow root, so :host
// resets every one of them except the font family, which is the page's on purpose, and the
// direction, which the card's own dir declares.
//
// Colours: the card carries its theme as a class, light or dark (the element resolves `theme`, see
// theme.ts), and sets its color-scheme to match, so native controls never take the page's. The
// rules below use internal variables (--_text…): each is the page's --quiz-* property if it sets
// one (for both themes), else the theme's default. :host holds the light defaults, so anything
// outside the card is light, never unstyled.
//
// Width: the card is a size container; type and the padding inside it follow its width
// (cqi), never the viewport's, and its own padding is a percentage of the host's width.
export const base = css`
  :host {
    --quiz-font-family: inherit;
    --_text: var(--quiz-text, #1f1d24);
    --_muted: var(--quiz-muted, #55505f);
    --_bg: var(--quiz-background, #fff);
    --_surface: var(--quiz-surface, #f5f3f8);
    --_border: var(--quiz-border, #8c8698);
    --_accent: var(--quiz-accent, #5b2f91);
    --_on-accent: var(--quiz-on-accent, #fff);
    --_focus: var(--quiz-focus, #b3261e);
    --_error: var(--quiz-error, #b3261e);

    display: block;
    /* The card is a size container, so it has no width of its own to give: where the page sizes
       the host to its content (a centred flex column, a float), the host fills the space instead
       (the block default elsewhere). Chromium, Safari and Firefox all read this spelling. */
    width: -webkit-fill-available;
    max-width: var(--quiz-max-width, 40em);
    /* !important: a page's * { … !important } would otherwise win over :host. The size is
       the reader's default (medium), not the page's root size, so em-based page resets don't
       shrink or blow up the widget; --quiz-font-size changes it on purpose. */
    font-family: var(--quiz-font-family) !important;
    font-size: var(--quiz-font-size, medium) !important;
    font-style: normal !important;
    font-weight: 400 !important;
    line-height: 1.5 !important;
    letter-spacing: normal !important;
    word-spacing: normal !important;
    text-align: start !important;
    text-indent: 0 !important;
    text-transform: none !important;
    text-shadow: none !important;
    white-space: normal !important;
    visibility: visible !important;
    cursor: auto !important;
  }
  :host([hidden]) {
    display: none !important;
  }
  .light {
    color-scheme: light;
  }
  .dark {
    color-scheme: dark;
    --_text: var(--quiz-text, #ecebf0);
    --_muted: var(--quiz-muted, #b9b4c4);
    --_bg: var(--quiz-background, #1c1a21);
    --_surface: var(--quiz-surface, #26232d);
    --_border: var(--quiz-border, #6f6a7a);
    --_accent: var(--quiz-accent, #c9b2f0);
    --_on-accent: var(--quiz-on-accent, #1c1a21);
    --_focus: var(--quiz-focus, #ffb4ab);
    --_error: var(--quiz-error, #ffb4ab);
  }
  * {
    box-sizing: border-box;
  }

  .card {
    container-type: inline-size;
    position: relative;
    color: var(--_text);
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--quiz-radius, 0.75em);
    padding: clamp(0.75em, 5%, 2em);
    overflow-wrap: break-word;
  }
  .screen {
    margin: 0;
  }
  p {
    margin: 0 0 1em;
  }
  .lead {
    font-size: 1.0625em;
  }
  .muted,
  .hint,
  .progress,
  .step-number,
  dt {
    color: var(--_muted);
  }
  .muted,
  .progress,
  .step-number,
  dt {
    font-size: 0.875em;
  }

  .heading {
    font-size: clamp(1.375em, 1.1em + 1.8cqi, 1.75em);
    font-weight: 700;
    line-height: 1.25;
    margin: 0 0 1em;
  }
  .subheading {
    font-size: 1.1875em;
    font-weight: 700;
    line-height: 1.3;
    margin: 1.75em 0 0.75em;
  }

  .quick-exit {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: flex-end;
    gap: 0.25em 0.75em;
    margin: 0 0 1em;
  }
  .quick-exit .hint {
    font-size: 0.875em;
  }

  button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-height: 2.75em;
    min-width: 2.75em;
    margin: 0;
    padding: 0.5em 1.25em;
    border-radius: 0.5em;
    border: 2px solid var(--_accent);
    background: transparent;
    color: var(--_accent);
    font: inherit;
    font-weight: 600;
    line-height: 1.2;
    cursor: pointer;
  }
  button.primary {
    background: var(--_accent);
    color: var(--_on-accent);
  }
  button.exit {
    border-color: var(--_error);
    background: var(--_error);
    color: var(--_bg);
  }
  button.link {
    min-height: 1.5em;
    min-width: 1.5em;
    padding: 0.125em 0.25em;
    border: 0;
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  button:hover {
    filter: brightness(1.1);
  }
  a,
  summary {
    color: var(--_accent);
    text-underline-offset: 0.15em;
  }
  /* Everything focusable: buttons, links, answers, summaries and the focused screen heading. */
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .heading {
    outline-offset: 4px;
  }
`;
