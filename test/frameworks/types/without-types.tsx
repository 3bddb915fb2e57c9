// Without 'ex-back-quiz/react', React 19's JSX knows no <ex-back-quiz>: the types above are what
// makes it typecheck (test/e2e/framework-types.test.js compiles this with tsconfig.without.json).
export const quiz = (
  // @ts-expect-error 'ex-back-quiz' is not in JSX.IntrinsicElements without ex-back-quiz/react
  <ex-back-quiz guide-url="https://example.org/guide" />
);
