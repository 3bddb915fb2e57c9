// The first screen: what the quiz is, how long it takes, what is kept, and Start.
import { html } from 'lit';
import { ui } from '../../content/ui.ts';
import { questionsPerPath } from '../../machines/progress.ts';
import { quickExitHonesty, type ScreenOptions, screenHeading } from './parts.ts';

interface IntroOptions extends ScreenOptions {
  /** With `persist`, the privacy line says answers are kept for the tab. */
  readonly persist: boolean;
  readonly onStart: () => void;
}

export function introScreen(options: IntroOptions) {
  const [, most] = questionsPerPath();
  return html`
    <section class="screen">
      ${screenHeading(ui.intro.heading, options.level)}
      <p class="lead">${ui.intro.lead}</p>
      <p>${ui.intro.length(most)}</p>
      <p class="privacy">${options.persist ? ui.intro.privacyWithPersist : ui.intro.privacy}</p>
      ${quickExitHonesty(options)}
      <button type="button" part="button primary-button" class="primary" @click=${options.onStart}>
        ${ui.intro.start}
      </button>
    </section>
  `;
}
