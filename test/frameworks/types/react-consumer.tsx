// A React 19 + TypeScript consumer of the package, as an app would write it: the element from
// 'ex-back-quiz/define', its JSX types from 'ex-back-quiz/react' (generated from the manifest).
// test/e2e/framework-types.test.js compiles it with tsc: it must typecheck, and each line marked
// as an expected error below must be one (else tsc reports the directive as unused).
import type {} from 'ex-back-quiz/react';
import 'ex-back-quiz/define';
import type { ExBackQuiz, QuizCompleteDetail } from 'ex-back-quiz';
import { useRef, useState } from 'react';

export function Quiz() {
  const ref = useRef<ExBackQuiz>(null);
  const [steps, setSteps] = useState<number[]>([]);
  const onComplete = (event: CustomEvent<QuizCompleteDetail>) => setSteps([...event.detail.steps]);
  return (
    <>
      <ex-back-quiz
        ref={ref}
        id="quiz"
        className="quiz"
        guide-url="https://example.org/guide"
        exit-url="https://www.bbc.co.uk/weather"
        heading-level="3"
        no-quick-exit={false}
        persist
        onquiz-complete={(event) => setSteps(event.detail.steps)}
        onquiz-answer={(event) => event.detail.answer.join()}
        onquiz-exit={(event) => event.preventDefault()}
      >
        <a href="https://example.org/guide">Read the guide</a>
      </ex-back-quiz>
      <ex-back-quiz onquiz-complete={onComplete} />
      <p>{steps.join(', ')}</p>
      {/* @ts-expect-error guide-url is a string, not a number */}
      <ex-back-quiz guide-url={42} />
      {/* @ts-expect-error persist is a boolean */}
      <ex-back-quiz persist="yes" />
      <ex-back-quiz
        // @ts-expect-error quiz-complete's detail has outcome and steps, no stepz
        onquiz-complete={(event) => event.detail.stepz}
      />
      <ex-back-quiz
        // @ts-expect-error a ref to the element, not to a div
        ref={useRef<HTMLDivElement>(null)}
      />
    </>
  );
}
