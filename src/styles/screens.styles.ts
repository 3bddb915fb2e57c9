import { css } from 'lit';

// The screens' own pieces: progress, the answers, the error, the safety panel, the steps, the
// reader's answers. Colours, sizes and focus come from base.styles.ts.
export const screens = css`
  .progress {
    font-weight: 600;
    margin-bottom: 0.5em;
  }
  fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    min-width: 0;
  }
  legend {
    padding: 0;
    width: 100%;
  }
  /* One column, never wider than the card: a word too long for any line breaks, not overflows. */
  .options,
  .help-lines,
  .steps {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.5em;
  }
  .option {
    display: flex;
    align-items: flex-start;
    gap: clamp(0.5em, 2.5cqi, 0.75em);
    min-height: 2.75em;
    padding: 0.625em clamp(0.5em, 3cqi, 0.875em);
    border: 1px solid var(--_border);
    border-radius: 0.5em;
    background: var(--_surface);
    cursor: pointer;
  }
  .option span {
    min-width: 0;
  }
  .option:has(input:checked) {
    border-color: var(--_accent);
    box-shadow: inset 0 0 0 1px var(--_accent);
  }
  input {
    flex: none;
    width: 1.375em;
    height: 1.375em;
    margin: 0.0625em 0 0;
    accent-color: var(--_accent);
  }
  [aria-invalid='true'] .option {
    border-color: var(--_error);
  }
  .error {
    color: var(--_error);
    font-weight: 700;
    border-inline-start: 4px solid var(--_error);
    padding-inline-start: 0.75em;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
    margin-top: 1.5em;
  }

  .safety,
  .step {
    padding: 1em clamp(0.75em, 4cqi, 1.25em);
    border-radius: 0.5em;
  }
  .safety {
    margin: 1.5em 0 0;
    border-inline-start: 4px solid var(--_accent);
    background: var(--_surface);
  }
  .safety .subheading {
    margin-top: 0;
  }
  .help-lines,
  .steps {
    list-style: none;
    margin: 0;
    padding: 0;
    gap: 1em;
  }
  .help-lines {
    margin-bottom: 1em;
    gap: 0.75em;
  }
  .contacts {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1em;
  }
  .contacts a,
  summary {
    min-height: 1.5em;
    padding: 0.125em 0;
  }
  .contacts a {
    display: inline-block;
  }

  .step {
    border: 1px solid var(--_border);
  }
  .step-title {
    font-weight: 700;
    margin-bottom: 0.5em;
  }
  .step-number {
    display: block;
    font-weight: 600;
  }
  .step p {
    margin-bottom: 0.5em;
  }
  details {
    margin-top: 0.5em;
  }
  summary {
    cursor: pointer;
  }
  details p {
    margin: 0.75em 0 0;
  }

  .answers {
    margin: 0 0 1.5em;
  }
  .answer {
    padding: 0.75em 0;
    border-bottom: 1px solid var(--_border);
  }
  /* The answer beside its Change button where both fit, else Change on a line of its own. */
  dd {
    margin: 0.25em 0 0;
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: 0.25em 1em;
  }
  dd > span {
    flex: 1 1 9em;
  }
`;
