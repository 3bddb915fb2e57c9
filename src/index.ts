// The side-effect-free entry: the class and its types. Importing this defines nothing; use
// `ex-back-quiz/define` (src/define.ts) or call customElements.define yourself.
export type {
  QuizAnswerDetail,
  QuizCompleteDetail,
  QuizEventMap,
  QuizExitDetail,
} from './events.ts';
export { ExBackQuiz } from './quiz-element.ts';
