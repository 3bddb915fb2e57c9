// A question: a form whose fieldset's legend is the heading, one radio or checkbox per option,
// the honest progress line, the error when Continue is pressed with nothing chosen, Continue and
// Back. On the warning-signs question, the safety panel.
//
// The error follows GOV.UK's error message: "Error:" before it for screen readers only, and in
// the group's description, so it is read again on reaching the answers. The element focuses it
// when it appears, so it is read then, once (focus, not the live region, which would say it a
// second time); Tab goes on to the answers.
//
// The form is for semantics only: nothing depends on submitting it, which a sandboxed frame
// without allow-forms blocks before any submit event. Continue is a plain button, Enter on an
// answer continues too (and is kept from submitting), and a submit, if one ever happens, is
// handled like Continue and never leaves the page.
import { html, nothing } from 'lit';
import { type QuestionId, questions } from '../../content/quiz.ts';
import type { QuestionText } from '../../content/types.ts';
import { ui } from '../../content/ui.ts';
import type { QuizSnapshot } from '../../machines/ex-back.machine.ts';
import { progressLine } from '../progress-line.ts';
import { type ScreenOptions, safetyPanel, screenHeading } from './parts.ts';

interface QuestionOptions extends ScreenOptions {
  readonly question: QuestionId;
  /** Where the quiz is: the answer already chosen here, and how many questions may follow. */
  readonly snapshot: QuizSnapshot;
  /** Continue was pressed on this question with nothing chosen. */
  readonly invalid: boolean;
  /** Continue: a click on it, Enter on an answer, or a submit (preventDefault it). */
  readonly onContinue: (event: Event) => void;
  readonly onBack: () => void;
}

export function questionScreen(options: QuestionOptions) {
  const { question: id, snapshot, invalid } = options;
  const question: QuestionText = questions[id];
  const chosen = snapshot.context.answers[id] ?? [];
  const type = question.kind === 'single' ? 'radio' : 'checkbox';
  const describedBy = [question.hint ? 'hint' : '', invalid ? 'error' : ''].join(' ').trim();
  const { onContinue } = options;
  return html`
    <form
      class="screen"
      novalidate
      @submit=${onContinue}
      @keydown=${(event: KeyboardEvent) =>
        event.key === 'Enter' &&
        (event.target as HTMLInputElement).name === 'answer' &&
        onContinue(event)}
      @change=${(event: Event) => keepExclusive(event, question.exclusiveOption)}
    >
      <p class="progress" part="progress">${progressLine(snapshot)}</p>
      <fieldset aria-describedby=${describedBy || nothing} aria-invalid=${invalid ? 'true' : nothing}>
        <legend>${screenHeading(question.heading, options.level)}</legend>
        ${question.hint ? html`<p class="hint" id="hint">${question.hint}</p>` : nothing}
        ${
          invalid
            ? html`<p class="error" id="error" part="error" tabindex="-1">
                <span class="visually-hidden">${ui.question.errorPrefix}</span>
                ${question.kind === 'single' ? ui.question.errorSingle : ui.question.errorMulti}
              </p>`
            : nothing
        }
        <div class="options">
          ${Object.entries(question.options).map(
            ([value, label]) => html`
              <label class="option" part="option">
                <input type=${type} name="answer" .value=${value} ?checked=${chosen.includes(value)} />
                <span>${label}</span>
              </label>
            `,
          )}
        </div>
      </fieldset>
      ${id === 'warning-signs' ? safetyPanel(options) : nothing}
      <div class="actions">
        <button type="button" part="button primary-button" class="primary" @click=${onContinue}>${ui.question.continue}</button>
        <button type="button" part="button" class="secondary" @click=${options.onBack}>${ui.question.back}</button>
      </div>
    </form>
  `;
}

/** "None of these" and the other checkboxes exclude each other. */
function keepExclusive(event: Event, exclusive: string | undefined): void {
  const changed = event.target as HTMLInputElement;
  if (!exclusive || changed.type !== 'checkbox' || !changed.checked) return;
  const form = changed.form;
  for (const input of form?.querySelectorAll<HTMLInputElement>('input[name="answer"]') ?? []) {
    if (input !== changed && (input.value === exclusive || changed.value === exclusive)) {
      input.checked = false;
    }
  }
}
