// A React 19 app using the package: the element from 'ex-back-quiz/define', rendered in JSX,
// with props (attributes, and the `onquiz-*` event props React 19 turns into listeners) and a ref.
// Its controls mount and unmount the element and toggle no-quick-exit; it shows what it got.
import 'ex-back-quiz/define';
import { StrictMode, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';

function App() {
  const [shown, setShown] = useState(true);
  const [noQuickExit, setNoQuickExit] = useState(false);
  const [events, setEvents] = useState([]);
  const [complete, setComplete] = useState('');
  const [fromRef, setFromRef] = useState('');
  const quiz = useRef(null);
  const record = (event) => setEvents((list) => [...list, event.type]);
  return (
    <>
      <p>
        <button type="button" id="toggle" onClick={() => setShown((value) => !value)}>
          {shown ? 'Unmount' : 'Mount'}
        </button>{' '}
        <label>
          <input
            type="checkbox"
            id="no-quick-exit"
            checked={noQuickExit}
            onChange={(event) => setNoQuickExit(event.target.checked)}
          />{' '}
          no-quick-exit
        </label>{' '}
        <button
          type="button"
          id="read-ref"
          onClick={() => {
            const element = quiz.current;
            setFromRef(
              element
                ? `${element.localName} ${element instanceof customElements.get('ex-back-quiz')} ${element.guideUrl}`
                : 'null',
            );
          }}
        >
          Read the ref
        </button>
      </p>
      {shown ? (
        <ex-back-quiz
          ref={quiz}
          id="quiz"
          guide-url="./guide.html"
          exit-url="./exit.html"
          heading-level="3"
          no-quick-exit={noQuickExit}
          onquiz-start={record}
          onquiz-answer={record}
          onquiz-complete={(event) => {
            record(event);
            setComplete(`${event.detail.outcome}:${event.detail.steps.join(',')}`);
          }}
        >
          <a href="./guide.html">Read the guide</a>
        </ex-back-quiz>
      ) : null}
      <p>
        Events: <output id="events">{events.join(' ')}</output>
      </p>
      <p>
        Complete: <output id="complete">{complete}</output>
      </p>
      <p>
        Ref: <output id="ref">{fromRef}</output>
      </p>
    </>
  );
}

createRoot(document.getElementById('app')).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
