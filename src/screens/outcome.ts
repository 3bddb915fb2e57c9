// An outcome: its heading and why, the safety panel where it applies, the guide's steps (each
// linked to the guide where there is one and readable in full here), Print or save this plan, the
// reader's answers with Change, and Start again. In print (styles/print.styles.ts) everything after
// the steps goes: the plan keeps the steps and help lines, never the reader's answers.
import { html, nothing } from 'lit';
import { guide } from '../../content/guide.ts';
import { type OutcomeId, outcomes, type QuestionId, questions } from '../../content/quiz.ts';
import type { OutcomeText, QuestionText } from '../../content/types.ts';
import { ui } from '../../content/ui.ts';
import type { QuizSnapshot } from '../../machines/ex-back.machine.ts';
import { openInTop } from '../navigate.ts';
import { below, type ScreenOptions, safetyPanel, screenHeading, subheading } from './parts.ts';

interface OutcomeOptions extends ScreenOptions {
  readonly outcome: OutcomeId;
  /** The guide steps it recommends, in the order shown. */
  readonly steps: readonly number[];
  /** The questions answered on the way, and the answers. */
  readonly snapshot: QuizSnapshot;
  /** Where step N's link goes (see attributes.ts stepLink); undefined: no link, the text is inline. */
  readonly stepLink: (number: number) => string | undefined;
  readonly onChange: (question: QuestionId) => void;
  readonly onRestart: () => void;
}

export function outcomeScreen(options: OutcomeOptions) {
  const { level, snapshot } = options;
  const outcome: OutcomeText = outcomes[options.outcome];
  return html`
    <section class="screen">
      ${screenHeading(outcome.heading, level)}
      <p class="lead">${outcome.why}</p>
      ${outcome.showSafetyPanel ? safetyPanel(options) : nothing}
      ${subheading(ui.outcome.stepsHeading, level)}
      <ol class="steps">
        ${options.steps.map((number) => stepItem(number, outcome.stepNotes[number] ?? '', options))}
      </ol>
      <div class="actions">
        <button type="button" part="button" @click=${() => print()}>${ui.outcome.print}</button>
      </div>
      ${subheading(ui.outcome.answersHeading, level)}
      <dl class="answers">
        ${snapshot.context.asked.map((question) => answerRow(question, snapshot, options.onChange))}
      </dl>
      <button type="button" part="button primary-button" class="primary" @click=${options.onRestart}>
        ${ui.outcome.restart}
      </button>
    </section>
  `;
}

function stepItem(number: number, note: string, { level, stepLink }: OutcomeOptions) {
  const step = guide.steps[number - 1];
  if (!step) return nothing;
  const href = stepLink(number);
  return html`
    <li class="step" part="step">
      <div role="heading" aria-level=${below(level, 2)} class="step-title">
        <span class="step-number">${ui.outcome.stepLabel(number)}</span> ${step.title}
      </div>
      <p>${note}</p>
      ${href ? html`<a part="step-link" href=${href} @click=${openInTop}>${ui.outcome.readInGuide(number)}</a>` : nothing}
      <details>
        <summary>${ui.outcome.showFullStep}</summary>
        ${step.body.map((paragraph) => html`<p>${paragraph}</p>`)}
      </details>
    </li>
  `;
}

function answerRow(
  id: QuestionId,
  snapshot: QuizSnapshot,
  onChange: (question: QuestionId) => void,
) {
  const question: QuestionText = questions[id];
  const labels = (snapshot.context.answers[id] ?? []).map((value) => question.options[value]);
  return html`
    <div class="answer">
      <dt>${question.heading}</dt>
      <dd>
        <span>${labels.join('; ')}</span>
        <button type="button" part="button" class="link" @click=${() => onChange(id)}>
          ${ui.outcome.change}<span class="visually-hidden">${ui.outcome.changeContext(question.heading)}</span>
        </button>
      </dd>
    </div>
  `;
}
