// The element's public events: CustomEvents that bubble and cross the shadow boundary, typed in
// the global event map so `el.addEventListener('quiz-complete', (e) => e.detail.steps)` is typed.

export interface QuizAnswerDetail {
  readonly question: string;
  readonly answer: readonly string[];
}

export interface QuizCompleteDetail {
  readonly outcome: string;
  /** Guide step numbers, in the order shown. */
  readonly steps: readonly number[];
}

export interface QuizExitDetail {
  /** Where quick exit is about to go. Call preventDefault() to navigate yourself. */
  readonly url: string;
}

export interface QuizEventMap {
  'quiz-start': CustomEvent<null>;
  'quiz-answer': CustomEvent<QuizAnswerDetail>;
  'quiz-back': CustomEvent<null>;
  'quiz-restart': CustomEvent<null>;
  'quiz-complete': CustomEvent<QuizCompleteDetail>;
  'quiz-exit': CustomEvent<QuizExitDetail>;
}

declare global {
  interface HTMLElementEventMap extends QuizEventMap {}
}

/** Dispatches a public event; returns false if a listener called preventDefault(). */
export function emit<K extends keyof QuizEventMap>(
  target: EventTarget,
  type: K,
  detail: QuizEventMap[K]['detail'],
): boolean {
  return target.dispatchEvent(
    new CustomEvent(type, {
      detail,
      bubbles: true,
      composed: true,
      cancelable: type === 'quiz-exit',
    }),
  );
}
