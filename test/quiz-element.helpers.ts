// Helpers for the <ex-back-quiz> element tests: drive the widget the way a reader does (clicks on
// its own controls) and read what it shows, so each test reads as a list of reader actions.
import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { type OutcomeId, outcomes, type QuestionId, questions } from '../content/quiz.ts';
import type { ExBackQuiz } from '../src/define.ts';
import '../src/define.ts';
import { READER_PATHS } from './reader-paths.js';

export { capture } from './console.ts';

export type { ExBackQuiz };

// A failing chai assertion that holds a DOM node (or a function, or an event) makes
// web-test-runner hang until its timeout instead of failing: the error can't be structuredCloned
// back to Node (modernweb-dev/web#2967). So tests compare nodes with `expectSame`, and lists of
// nodes or events by their length.

/** A short name for a node, for messages. */
export function describeNode(node: unknown): string {
  if (!(node instanceof Element)) return String(node);
  const id = node.id ? `#${node.id}` : '';
  const value = node instanceof HTMLInputElement ? `[value=${node.value}]` : '';
  return `<${node.localName}${id}${value}> "${text(node).slice(0, 60)}"`;
}

/** Fails unless `actual` is the very node `expected`. */
export function expectSame(actual: unknown, expected: unknown, message = 'node'): void {
  if (actual !== expected) {
    expect.fail(`${message}: expected ${describeNode(expected)}, got ${describeNode(actual)}`);
  }
}

/** One answered question: its id, then the option ids chosen. */
export type Answer = readonly [QuestionId, ...string[]];

/** One way through the quiz to each outcome: the shared reader paths (test/reader-paths.js). */
export const PATHS = Object.fromEntries(
  Object.entries(READER_PATHS)
    .filter(([name, path]) => name === path.outcome)
    .map(([outcome, path]) => [outcome, path.answers]),
) as Record<OutcomeId, readonly Answer[]>;

export const OUTCOME_IDS = Object.keys(outcomes) as OutcomeId[];

/** A fresh widget (attributes as given), connected and rendered. */
export async function quiz(template: TemplateResult = html`<ex-back-quiz></ex-back-quiz>`) {
  return fixture<ExBackQuiz>(template);
}

export function shadow(el: ExBackQuiz): ShadowRoot {
  const root = el.shadowRoot;
  if (!root) throw new Error('<ex-back-quiz> has no shadow root');
  return root;
}

export function query<T extends Element = HTMLElement>(el: ExBackQuiz, selector: string): T {
  const found = shadow(el).querySelector<T>(selector);
  if (!found) throw new Error(`nothing matches ${selector} in <ex-back-quiz>`);
  return found;
}

export function queryAll<T extends Element = HTMLElement>(el: ExBackQuiz, selector: string): T[] {
  return [...shadow(el).querySelectorAll<T>(selector)];
}

/** The heading of the screen shown now. */
export const screenHeading = (el: ExBackQuiz) => query(el, '[data-screen-heading]');
export const text = (node: Node | null | undefined) =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** Text a sighted reader sees: without the visually hidden context for screen readers. */
export function visibleText(element: Element | null | undefined): string {
  const copy = element?.cloneNode(true) as Element | undefined;
  for (const hidden of copy?.querySelectorAll('.visually-hidden') ?? []) hidden.remove();
  return text(copy);
}

/** The button whose visible text is `label`. */
export function button(el: ExBackQuiz, label: string): HTMLButtonElement {
  const found = queryAll<HTMLButtonElement>(el, 'button').find(
    (candidate) => visibleText(candidate) === label,
  );
  if (!found) throw new Error(`no button "${label}" in <ex-back-quiz>`);
  return found;
}

/** The question on screen, found by its heading; undefined on the intro or an outcome. */
export function currentQuestion(el: ExBackQuiz): QuestionId | undefined {
  const heading = text(shadow(el).querySelector('[data-screen-heading]'));
  return (Object.keys(questions) as QuestionId[]).find((id) => questions[id].heading === heading);
}

/** The outcome on screen, found by its heading; undefined elsewhere. */
export function currentOutcome(el: ExBackQuiz): OutcomeId | undefined {
  const heading = text(shadow(el).querySelector('[data-screen-heading]'));
  return OUTCOME_IDS.find((id) => outcomes[id].heading === heading);
}

export const answerInputs = (el: ExBackQuiz) =>
  queryAll<HTMLInputElement>(el, 'input[name="answer"]');

export const checkedValues = (el: ExBackQuiz) =>
  answerInputs(el)
    .filter((input) => input.checked)
    .map((input) => input.value);

export function input(el: ExBackQuiz, value: string): HTMLInputElement {
  const found = answerInputs(el).find((candidate) => candidate.value === value);
  if (!found) throw new Error(`no answer "${value}" on this question`);
  return found;
}

export async function start(el: ExBackQuiz): Promise<void> {
  button(el, 'Start').click();
  await el.updateComplete;
}

/** Clicks each option (a click on a checked checkbox would uncheck it, so those are skipped). */
export async function choose(el: ExBackQuiz, ...values: string[]): Promise<void> {
  for (const value of values) {
    const option = input(el, value);
    if (!option.checked) option.click();
  }
  await el.updateComplete;
}

export async function continueQuiz(el: ExBackQuiz): Promise<void> {
  button(el, 'Continue').click();
  await el.updateComplete;
}

export async function back(el: ExBackQuiz): Promise<void> {
  button(el, 'Back').click();
  await el.updateComplete;
}

/** Answers each question in turn, checking it is the question the path expects. */
export async function answerPath(el: ExBackQuiz, path: readonly Answer[]): Promise<void> {
  for (const [question, ...choices] of path) {
    expect(currentQuestion(el), 'question on screen').to.equal(question);
    await choose(el, ...choices);
    await continueQuiz(el);
  }
}

/** Starts a fresh widget and walks `path` to its end. */
export async function quizAt(path: readonly Answer[], template?: TemplateResult) {
  const el = await quiz(template);
  await start(el);
  await answerPath(el, path);
  return el;
}

/** Collects every `type` event that reaches `target` until `stop()` is called. */
export function record<T = unknown>(target: EventTarget, type: string) {
  const events: CustomEvent<T>[] = [];
  const listener = (event: Event) => events.push(event as CustomEvent<T>);
  target.addEventListener(type, listener);
  return Object.assign(events, { stop: () => target.removeEventListener(type, listener) });
}
