// What more than one screen shows: headings at the page's levels, the safety panel, and the
// quick exit button above every screen.
import { html, nothing } from 'lit';
import { helpLines, ui } from '../../content/ui.ts';

/** What every screen takes from the element's attributes. */
export interface ScreenOptions {
  /** The level of the screen's heading (`heading-level`); the headings inside it go below. */
  readonly level: number;
  /** The widget has quick exit (no `no-quick-exit`), so the screens say what it does and doesn't. */
  readonly offersQuickExit: boolean;
}

/** `depth` levels below `level`, down to 6, the deepest there is. */
export const below = (level: number, depth: number): number => Math.min(level + depth, 6);

/** The screen's heading: the element focuses it after each of the reader's own moves. */
export const screenHeading = (text: string, level: number) =>
  html`<div role="heading" aria-level=${level} part="heading" class="heading" tabindex="-1"
    data-screen-heading>${text}</div>`;

export const subheading = (text: string, level: number) =>
  html`<div role="heading" aria-level=${below(level, 1)} class="subheading">${text}</div>`;

/** Quick exit can't erase the browser history: a widget that offers it says so. */
export const quickExitHonesty = ({ offersQuickExit }: ScreenOptions) =>
  offersQuickExit ? html`<p class="muted">${ui.quickExit.honesty}</p>` : nothing;

/**
 * Help lines, which the page may replace through the `resources` slot. Each link's name says the
 * service it reaches ("Call 1-866-331-9474, loveisrespect…"), so it is clear alone in a screen
 * reader's list of links; it starts with the visible label, so speech input finds it by that.
 */
export function safetyPanel(options: ScreenOptions) {
  return html`
    <aside class="safety" part="safety-panel" aria-labelledby="safety-heading">
      <div role="heading" aria-level=${below(options.level, 1)} id="safety-heading" class="subheading">
        ${ui.safety.heading}
      </div>
      <slot name="resources">
        <ul class="help-lines">
          ${helpLines.map(
            (line) => html`
              <li>
                <strong>${line.name}</strong>
                <span class="contacts">
                  ${line.contacts.map(
                    ({ label, href }) =>
                      html`<a href=${href} aria-label=${ui.safety.contactName(label, line.name)}>${label}</a>`,
                  )}
                </span>
              </li>
            `,
          )}
        </ul>
      </slot>
      ${quickExitHonesty(options)}
    </aside>
  `;
}

/**
 * The Exit button and its shortcut hint, above every screen of a widget that offers quick exit;
 * the hint is the button's description too, so the shortcut is heard with the button.
 * The button has no listener of its own: quick-exit.ts recognises a click on it from the window
 * (class `exit` in a widget's shadow root), so a host script that stops clicks can't stop it. It
 * is a manual popover: the element shows it in the top layer, at the top of the viewport, while
 * the card is on screen but the bar is not (quick exit always in reach).
 */
export const quickExitBar = html`
  <div class="quick-exit">
    <button type="button" part="button exit-button" class="exit" popover="manual" aria-describedby="exit-hint">
      ${ui.quickExit.button}
    </button>
    <span class="hint" id="exit-hint">${ui.quickExit.hint}</span>
  </div>
`;
