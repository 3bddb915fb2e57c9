// A Vue 3 + TypeScript consumer: 'ex-back-quiz/vue' (generated from the manifest) declares the
// element in Vue's GlobalComponents, which is what Vue's tooling checks a template against. Here
// tsc checks the props that declaration gives, as a template's bindings become them:
// `:no-quick-exit` and `:noQuickExit` are `noQuickExit`, `@quiz-complete` is `onQuizComplete`.
import type {} from 'ex-back-quiz/vue';
import type { GlobalComponents } from 'vue';

type Props = InstanceType<GlobalComponents['ex-back-quiz']>['$props'];

export const bound: Props = {
  guideUrl: 'https://example.org/guide',
  exitUrl: 'https://www.bbc.co.uk/weather',
  headingLevel: '3',
  noQuickExit: false,
  persist: true,
  onQuizComplete: (event) => event.detail.steps.map((step) => step + 1),
  onQuizExit: (event) => event.preventDefault(),
};

export const wrongType: Props = {
  // @ts-expect-error guideUrl is a string, not a number
  guideUrl: 42,
};

export const wrongEvent: Props = {
  // @ts-expect-error quiz-complete's detail has outcome and steps, no stepz
  onQuizComplete: (event) => event.detail.stepz,
};
