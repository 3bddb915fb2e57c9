import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import type { QuestionId } from '../content/quiz.ts';
import { ui } from '../content/ui.ts';
import type { QuizEvent, QuizSnapshot } from '../machines/ex-back.machine.ts';
import { type Screen, screenOf } from '../machines/screen.ts';
import { arrivalAnnouncement, exitAnnouncement, shortcutAnnouncement } from './announcements.ts';
import {
  booleanAttribute,
  parseExitUrl,
  parseGuideUrl,
  parseHeadingLevel,
  parseTheme,
  stepLink,
  type Theme,
} from './attributes.ts';
import { emit } from './events.ts';
import { go } from './navigate.ts';
import { joinQuickExit, leaveQuickExit } from './quick-exit.ts';
import { QuizActorController, screenKey } from './quiz-actor-controller.ts';
import { styles } from './quiz-element.styles.ts';
import { SavedProgress } from './saved-progress.ts';
import { introScreen } from './screens/intro.ts';
import { outcomeScreen } from './screens/outcome.ts';
import { quickExitBar } from './screens/parts.ts';
import { questionScreen } from './screens/question.ts';
import { declaredScheme, resolveTheme, type Scheme } from './theme.ts';

/**
 * A short quiz built from the guide "How to Get Your Ex Boyfriend to Come Back to You". It asks
 * about safety first, then the guide's branch points, and ends with the guide's steps that fit.
 * Nothing is sent anywhere; with `persist`, progress is kept in sessionStorage for the tab.
 *
 * @summary Decision-tree quiz that ends with the guide steps that fit the reader.
 *
 * @attr guide-url - Page that hosts the full guide; step links go to `guide-url#step-N` (default: `#step-N` on this page, shown only where the page has it).
 * @attr exit-url - Where quick exit goes (http(s) or relative; default a neutral weather page).
 * @attr no-quick-exit - Removes this widget's Exit button and its Shift×3 shortcut; a quick exit from another widget on the page still clears and hides it. The value "false" (as Vue writes a boolean bound to false) keeps quick exit on.
 * @attr persist - Keeps progress in sessionStorage for this tab (off by default). The value "false" stores nothing.
 * @attr heading-level - Level of the widget's top heading, 1–6 (default 2).
 * @attr theme - `light`, `dark` or `auto` (default): auto follows the page's declared `color-scheme`, else the reader's `prefers-color-scheme`.
 *
 * @fires {CustomEvent<null>} quiz-start - The reader pressed Start.
 * @fires {CustomEvent<{ question: string, answer: string[] }>} quiz-answer - An answer was accepted (ids, not text).
 * @fires {CustomEvent<null>} quiz-back - The reader went back a question.
 * @fires {CustomEvent<null>} quiz-restart - The reader started again.
 * @fires {CustomEvent<{ outcome: string, steps: number[] }>} quiz-complete - An outcome is shown; `steps` are guide step numbers in the order shown.
 * @fires {CustomEvent<{ url: string }>} quiz-exit - Quick exit was used. Cancelable: `preventDefault()` to navigate yourself.
 *
 * @slot resources - Your own help lines, replacing the default ones in the safety panel.
 *
 * @csspart card - The widget's outer box.
 * @csspart heading - The heading of each screen.
 * @csspart progress - The "Question N of M" line.
 * @csspart option - Each answer (label with its radio or checkbox).
 * @csspart error - The message shown when Continue is pressed with nothing chosen.
 * @csspart button - Every button.
 * @csspart primary-button - Start and Continue.
 * @csspart exit-button - The quick exit button.
 * @csspart safety-panel - The box with help lines.
 * @csspart step - Each recommended step on the outcome screen.
 * @csspart step-link - The link from a step to the guide.
 *
 * @cssproperty [--quiz-font-family=inherit] - Font; the page's font by default.
 * @cssproperty [--quiz-font-size=medium] - Base text size; the reader's default size, not the page's.
 * @cssproperty [--quiz-text=#1f1d24] - Text colour (dark theme: #ecebf0). Each colour set on the element applies to both themes.
 * @cssproperty [--quiz-muted=#55505f] - Secondary text (dark theme: #b9b4c4).
 * @cssproperty [--quiz-background=#ffffff] - Card background (dark theme: #1c1a21).
 * @cssproperty [--quiz-surface=#f5f3f8] - Background of answers and panels (dark theme: #26232d).
 * @cssproperty [--quiz-border=#8c8698] - Borders (dark theme: #6f6a7a).
 * @cssproperty [--quiz-accent=#5b2f91] - Buttons, links, selected answers (dark theme: #c9b2f0).
 * @cssproperty [--quiz-on-accent=#ffffff] - Text on the accent colour (dark theme: #1c1a21).
 * @cssproperty [--quiz-focus=#b3261e] - Focus ring (dark theme: #ffb4ab).
 * @cssproperty [--quiz-error=#b3261e] - Error text and border (dark theme: #ffb4ab).
 * @cssproperty [--quiz-radius=0.75em] - Corner radius of the card.
 * @cssproperty [--quiz-max-width=40em] - Widest the card grows.
 */
export class ExBackQuiz extends LitElement {
  static override styles = styles;

  static override properties = {
    guideUrl: { attribute: 'guide-url' },
    exitUrl: { attribute: 'exit-url' },
    noQuickExit: { attribute: 'no-quick-exit', converter: booleanAttribute },
    persist: { converter: booleanAttribute },
    headingLevel: { attribute: 'heading-level' },
    theme: {},
    invalidQuestion: { state: true },
    exited: { state: true },
  };

  declare guideUrl: string | null;
  declare exitUrl: string | null;
  declare noQuickExit: boolean;
  declare persist: boolean;
  declare headingLevel: string | null;
  declare theme: string | null;
  /** The question on which Continue was pressed with nothing chosen. */
  declare protected invalidQuestion: QuestionId | undefined;
  /** Quick exit happened: render nothing while the page navigates away. */
  declare protected exited: boolean;

  #quiz = new QuizActorController(this, {
    saved: new SavedProgress(
      () => this.persist,
      () => this.id,
    ),
    onArrive: (screen, snapshot) => this.#arrived(screen, snapshot),
  });
  /** Set by the reader's own actions, so focus never moves on page load or on restore. */
  #moveFocus = false;
  /** What the polite live region says (see announcements.ts). */
  #announcement = '';
  /** After quick exit that the host cancelled: the note focus moves to (see quickExit). */
  #exitNote = '';
  // The attributes as render and quick exit use them, parsed in willUpdate; until the first update,
  // the defaults.
  #level = 2;
  #guidePage = '';
  #exitUrl = parseExitUrl(null);
  #theme: Theme = 'auto';
  /** The card's colours, light or dark: `theme`, else the page's color-scheme or the reader's. */
  #scheme: Scheme = 'light';
  /** The reader's preference, followed while the widget is on the page. */
  #readerDark = matchMedia('(prefers-color-scheme: dark)');
  #schemeChanged = () => this.requestUpdate();
  // Quick exit always in reach: while the card is (partly) in view but its quick exit bar is not
  // wholly, the Exit button (a manual popover) shows in the top layer, fixed at the top of the
  // viewport. Not position: sticky, which an ancestor with overflow-x: hidden (many WordPress
  // themes) turns off; the top layer is above any z-index (cookie banners) and ignores the
  // containing blocks ancestors make. The same button, so focus stays on it. The observer watches
  // each card and bar rendered (observing twice is a no-op); removed, they are out of view.
  #cardInView = false;
  #barInView = false;
  #observer = new IntersectionObserver(
    (entries) => {
      for (const { target, isIntersecting, intersectionRatio } of entries) {
        if (target.matches('.card')) this.#cardInView = isIntersecting;
        else this.#barInView = intersectionRatio > 0.99;
      }
      const exit = this.renderRoot.querySelector<HTMLElement>('.exit');
      const bar = exit?.parentElement;
      const float = this.#cardInView && !this.#barInView;
      // The bar keeps the height it has with the button in it while the button floats: if it
      // shrank (its hint wraps under the button on a narrow card), the page would move, the bar
      // come back into view, the button return, and so on, every frame.
      if (bar) bar.style.minHeight = float ? `${bar.offsetHeight}px` : '';
      try {
        exit?.togglePopover(float);
      } catch {
        // No popover support (the button stays in its bar), or an older one that throws when
        // asked for the state it is in.
      }
    },
    { threshold: [0, 1] },
  );

  constructor() {
    super();
    this.guideUrl = null;
    this.exitUrl = null;
    this.noQuickExit = false;
    this.persist = false;
    this.headingLevel = null;
    this.theme = null;
    this.exited = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    joinQuickExit(this, !this.noQuickExit);
    this.#readerDark.addEventListener('change', this.#schemeChanged);
    // Moved elsewhere on the page, it may sit under another color-scheme.
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    leaveQuickExit(this);
    this.#readerDark.removeEventListener('change', this.#schemeChanged);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('noQuickExit') && this.isConnected) joinQuickExit(this, !this.noQuickExit);
    if (changed.has('headingLevel')) this.#level = parseHeadingLevel(this.headingLevel);
    if (changed.has('guideUrl')) this.#guidePage = parseGuideUrl(this.guideUrl);
    if (changed.has('exitUrl')) this.#exitUrl = parseExitUrl(this.exitUrl);
    if (changed.has('theme')) this.#theme = parseTheme(this.theme);
    // Read on every update (one style read): the page may have changed its color-scheme.
    this.#scheme = resolveTheme(this.#theme, declaredScheme(this), this.#readerDark.matches);
  }

  protected override updated(): void {
    for (const target of this.renderRoot.querySelectorAll('.card, .quick-exit')) {
      this.#observer.observe(target);
    }
    if (!this.#moveFocus) return;
    this.#moveFocus = false;
    this.renderRoot.querySelector<HTMLElement>('[data-screen-heading]')?.focus();
  }

  /** Page-wide quick exit calls this on every widget: clears the quiz and saved progress, hides the widget and (if `navigate`, the widget used) says so and leaves the page. */
  quickExit(navigate = true): void {
    this.#quiz.reset();
    this.exited = true;
    if (!navigate) return;
    const url = this.#exitUrl;
    const hostLeads = !emit(this, 'quiz-exit', { url });
    // The host cancelled and navigates itself. If it left focus in the widget (on the Exit
    // button, which is going), focus moves to a note saying the page is being left, rather than
    // falling to the page's body; the note is read then, so the live region stays quiet.
    this.#exitNote = hostLeads && this.matches(':focus-within') ? exitAnnouncement : '';
    this.#moveFocus = !!this.#exitNote;
    if (!this.#exitNote) this.#say(exitAnnouncement);
    if (!hostLeads) go(url, true);
  }

  /** Quick exit's shortcut was pressed, `left` presses to go: said by one widget (quick-exit.ts). */
  shortcutPressed(left: number): void {
    this.#say(shortcutAnnouncement(left));
  }

  /**
   * The live region says `text`, once. The same text again (a second run of Shift presses) would
   * not be a change, so nothing would be heard: the region is emptied, and a moment later (past
   * the next frame, when the accessibility tree has seen it empty) says it.
   */
  #say(text: string): void {
    const again = text && text === this.#announcement;
    this.#announcement = again ? '' : text;
    this.requestUpdate();
    if (again) setTimeout(() => this.#announcement || this.#say(text), 100);
  }

  // ---- the reader's actions in, events out -----------------------------------------------------

  #send(event: QuizEvent): void {
    this.#moveFocus = true;
    this.invalidQuestion = undefined;
    this.#quiz.send(event);
  }

  #arrived(screen: Screen, snapshot: QuizSnapshot): void {
    this.#say(arrivalAnnouncement(screen, snapshot));
    if (screen.kind === 'outcome') {
      emit(this, 'quiz-complete', { outcome: screen.outcome, steps: [...screen.steps] });
    }
  }

  #start(): void {
    this.#send({ type: 'quiz.start' });
    emit(this, 'quiz-start', null);
  }

  #continue(event: Event, question: QuestionId): void {
    event.preventDefault();
    const form = (event.target as Element).closest('form') as HTMLFormElement;
    const choices = new FormData(form).getAll('answer').map(String);
    if (choices.length === 0) {
      this.invalidQuestion = question;
      this.updateComplete.then(() => form.querySelector<HTMLElement>('#error')?.focus());
      return;
    }
    // Emitted first, so listeners get the last answer before the quiz-complete it causes.
    emit(this, 'quiz-answer', { question, answer: choices });
    this.#send({ type: 'quiz.answer', question, choices });
  }

  #back(): void {
    this.#send({ type: 'quiz.back' });
    emit(this, 'quiz-back', null);
  }

  #change(question: QuestionId): void {
    this.#send({ type: 'quiz.change', question });
  }

  #restart(): void {
    this.#send({ type: 'quiz.restart' });
    emit(this, 'quiz-restart', null);
  }

  // ---- rendering: the screen the quiz is on, with the attributes as parsed ----------------------

  protected override render(): TemplateResult {
    // The live region is outside the card, so it stays through quick exit and announces it.
    return html`
      ${
        this.exited
          ? this.#exitNote &&
            html`<p class="visually-hidden" tabindex="-1" data-screen-heading>${this.#exitNote}</p>`
          : this.#renderCard()
      }
      <div class="visually-hidden" role="status" aria-live="polite" lang=${ui.lang} dir=${ui.dir}
        >${this.#announcement}</div>
    `;
  }

  #renderCard() {
    const snapshot = this.#quiz.snapshot;
    const screen = screenOf(snapshot);
    const options = { level: this.#level, offersQuickExit: !this.noQuickExit };
    return html`
      <div class="card ${this.#scheme}" part="card" lang=${ui.lang} dir=${ui.dir}>
        ${this.noQuickExit ? nothing : quickExitBar}
        ${keyed(
          screenKey(screen),
          screen.kind === 'intro'
            ? introScreen({ ...options, persist: this.persist, onStart: () => this.#start() })
            : screen.kind === 'question'
              ? questionScreen({
                  ...options,
                  question: screen.question,
                  snapshot,
                  invalid: this.invalidQuestion === screen.question,
                  onContinue: (event) => this.#continue(event, screen.question),
                  onBack: () => this.#back(),
                })
              : outcomeScreen({
                  ...options,
                  outcome: screen.outcome,
                  steps: screen.steps,
                  snapshot,
                  stepLink: (number) => stepLink(this.#guidePage, number, this.getRootNode()),
                  onChange: (question) => this.#change(question),
                  onRestart: () => this.#restart(),
                }),
        )}
      </div>
    `;
  }
}
