import { css } from 'lit';

// Inherited properties are the only way a host page's CSS reaches into the shadow root, so :host
// resets every one of them except the font family, which is the page's on purpose.
export const styles = css`
  :host {
    --quiz-font-family: inherit;
    --quiz-text: #1f1d24;
    --quiz-muted: #55505f;
    --quiz-background: #ffffff;
    --quiz-surface: #f5f3f8;
    --quiz-border: #8c8698;
    --quiz-accent: #5b2f91;
    --quiz-on-accent: #ffffff;
    --quiz-focus: #b3261e;
    --quiz-error: #b3261e;
    --quiz-radius: 0.75rem;
    --quiz-max-width: 40rem;

    display: block;
    max-width: var(--quiz-max-width);
    color: var(--quiz-text);
    font-family: var(--quiz-font-family);
    font-size: 1rem;
    font-style: normal;
    font-weight: 400;
    line-height: 1.5;
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-indent: 0;
    text-transform: none;
    text-shadow: none;
    white-space: normal;
    visibility: visible;
    cursor: auto;
    direction: ltr;
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --quiz-text: #ecebf0;
      --quiz-muted: #b9b4c4;
      --quiz-background: #1c1a21;
      --quiz-surface: #26232d;
      --quiz-border: #6f6a7a;
      --quiz-accent: #c9b2f0;
      --quiz-on-accent: #1c1a21;
      --quiz-focus: #ffb4ab;
      --quiz-error: #ffb4ab;
    }
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  .card {
    position: relative;
    background: var(--quiz-background);
    border: 1px solid var(--quiz-border);
    border-radius: var(--quiz-radius);
    padding: clamp(1rem, 4vw, 2rem);
    overflow-wrap: break-word;
  }
  .screen {
    margin: 0;
  }
  p {
    margin: 0 0 1rem;
  }
  .lead {
    font-size: 1.0625rem;
  }
  .muted,
  .hint {
    color: var(--quiz-muted);
  }
  .muted {
    font-size: 0.875rem;
  }

  .heading {
    font-size: clamp(1.375rem, 1.1rem + 1.2vw, 1.75rem);
    font-weight: 700;
    line-height: 1.25;
    margin: 0 0 1rem;
  }
  .heading:focus {
    outline: none;
  }
  .heading:focus-visible {
    outline: 3px solid var(--quiz-focus);
    outline-offset: 4px;
  }
  .subheading {
    font-size: 1.1875rem;
    font-weight: 700;
    line-height: 1.3;
    margin: 1.75rem 0 0.75rem;
  }

  .quick-exit {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: flex-end;
    gap: 0.25rem 0.75rem;
    margin: 0 0 1rem;
  }
  .quick-exit .hint {
    font-size: 0.875rem;
  }

  button,
  a {
    font: inherit;
  }
  button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-height: 2.75rem;
    min-width: 2.75rem;
    margin: 0;
    padding: 0.5rem 1.25rem;
    border-radius: 0.5rem;
    border: 2px solid var(--quiz-accent);
    background: transparent;
    color: var(--quiz-accent);
    font-weight: 600;
    line-height: 1.2;
    text-transform: none;
    letter-spacing: normal;
    cursor: pointer;
  }
  button.primary {
    background: var(--quiz-accent);
    color: var(--quiz-on-accent);
  }
  button.exit {
    border-color: var(--quiz-error);
    background: var(--quiz-error);
    color: var(--quiz-background);
  }
  button.link {
    min-height: 1.5rem;
    min-width: 1.5rem;
    padding: 0.125rem 0.25rem;
    border: 0;
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  button:hover {
    filter: brightness(1.1);
  }
  a {
    color: var(--quiz-accent);
    text-underline-offset: 0.15em;
  }
  button:focus-visible,
  a:focus-visible,
  input:focus-visible,
  summary:focus-visible {
    outline: 3px solid var(--quiz-focus);
    outline-offset: 2px;
  }

  .progress {
    color: var(--quiz-muted);
    font-size: 0.875rem;
    font-weight: 600;
    margin-bottom: 0.5rem;
  }
  fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    min-width: 0;
  }
  legend {
    padding: 0;
    float: left;
    width: 100%;
  }
  legend + * {
    clear: both;
  }
  .options {
    display: grid;
    gap: 0.5rem;
    clear: both;
  }
  .option {
    display: flex;
    align-items: flex-start;
    gap: 0.75rem;
    min-height: 2.75rem;
    padding: 0.625rem 0.875rem;
    border: 1px solid var(--quiz-border);
    border-radius: 0.5rem;
    background: var(--quiz-surface);
    cursor: pointer;
  }
  .option:has(input:checked) {
    border-color: var(--quiz-accent);
    box-shadow: inset 0 0 0 1px var(--quiz-accent);
  }
  input {
    flex: none;
    width: 1.375rem;
    height: 1.375rem;
    margin: 0.0625rem 0 0;
    accent-color: var(--quiz-accent);
  }
  [aria-invalid='true'] .option {
    border-color: var(--quiz-error);
  }
  .error {
    color: var(--quiz-error);
    font-weight: 700;
    border-left: 4px solid var(--quiz-error);
    padding-left: 0.75rem;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    margin-top: 1.5rem;
  }

  .safety {
    margin: 1.5rem 0 0;
    padding: 1rem 1.25rem;
    border-left: 4px solid var(--quiz-accent);
    border-radius: 0.5rem;
    background: var(--quiz-surface);
  }
  .safety .subheading {
    margin-top: 0;
  }
  .help-lines {
    list-style: none;
    margin: 0 0 1rem;
    padding: 0;
    display: grid;
    gap: 0.75rem;
  }
  .contacts {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
  }
  .contacts a {
    display: inline-block;
    min-height: 1.5rem;
    padding: 0.125rem 0;
  }

  .steps {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 1rem;
  }
  .step {
    padding: 1rem 1.25rem;
    border: 1px solid var(--quiz-border);
    border-radius: 0.5rem;
  }
  .step-title {
    font-weight: 700;
    margin-bottom: 0.5rem;
  }
  .step-number {
    display: block;
    color: var(--quiz-muted);
    font-size: 0.875rem;
    font-weight: 600;
  }
  .step p {
    margin-bottom: 0.5rem;
  }
  details {
    margin-top: 0.5rem;
  }
  summary {
    cursor: pointer;
    min-height: 1.5rem;
    padding: 0.125rem 0;
    color: var(--quiz-accent);
  }
  details p {
    margin: 0.75rem 0 0;
  }

  .answers {
    margin: 0 0 1.5rem;
  }
  .answer {
    padding: 0.75rem 0;
    border-bottom: 1px solid var(--quiz-border);
  }
  dt {
    color: var(--quiz-muted);
    font-size: 0.875rem;
  }
  dd {
    margin: 0.25rem 0 0;
    display: grid;
    grid-template-columns: 1fr auto;
    align-items: baseline;
    gap: 0.25rem 1rem;
  }

  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }

  @media (prefers-reduced-motion: no-preference) {
    button,
    .option {
      transition:
        filter 120ms ease-out,
        border-color 120ms ease-out;
    }
  }
  @media (forced-colors: active) {
    .card,
    .option,
    .step,
    .safety {
      border: 1px solid CanvasText;
    }
    button.primary,
    button.exit {
      forced-color-adjust: none;
      background: ButtonText;
      color: ButtonFace;
    }
    button:focus-visible,
    a:focus-visible,
    input:focus-visible,
    summary:focus-visible,
    .heading:focus-visible {
      outline: 3px solid Highlight;
    }
    .option:has(input:checked) {
      border: 3px solid Highlight;
    }
  }
`;
