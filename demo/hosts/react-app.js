// react.html: a React 19 app that renders <ex-back-quiz> (no JSX: createElement). Its controls
// mount and unmount the element and set its attributes from state; React 19 passes `on<event>`
// props of a custom element to addEventListener, and the app lists the events it got.
import { createElement as h, useState } from 'react';
import { createRoot } from 'react-dom/client';

const describe = (event) =>
  event.detail && 'outcome' in event.detail ? `${event.type}:${event.detail.outcome}` : event.type;

function App() {
  const [shown, setShown] = useState(true);
  const [noQuickExit, setNoQuickExit] = useState(false);
  const [headingLevel, setHeadingLevel] = useState('2');
  const [events, setEvents] = useState([]);
  const record = (event) => setEvents((list) => [...list, describe(event)]);
  return h(
    'div',
    null,
    h(
      'p',
      { className: 'controls' },
      h(
        'button',
        { type: 'button', id: 'toggle-quiz', onClick: () => setShown((value) => !value) },
        shown ? 'Remove the quiz' : 'Add the quiz',
      ),
      ' ',
      h(
        'label',
        null,
        h('input', {
          type: 'checkbox',
          id: 'no-quick-exit',
          checked: noQuickExit,
          onChange: (event) => setNoQuickExit(event.target.checked),
        }),
        ' no-quick-exit',
      ),
      ' ',
      h(
        'label',
        null,
        'heading-level ',
        h(
          'select',
          {
            id: 'heading-level',
            value: headingLevel,
            onChange: (event) => setHeadingLevel(event.target.value),
          },
          ['1', '2', '3', '4'].map((level) => h('option', { key: level, value: level }, level)),
        ),
      ),
    ),
    shown
      ? h(
          'ex-back-quiz',
          {
            id: 'react-quiz',
            'exit-url': './exit.html',
            'guide-url': '../',
            'heading-level': headingLevel,
            'no-quick-exit': noQuickExit,
            'onquiz-start': record,
            'onquiz-answer': record,
            'onquiz-complete': record,
            'onquiz-restart': record,
            'onquiz-exit': record,
          },
          h('p', null, 'The quiz needs JavaScript.'),
        )
      : null,
    h('p', null, 'Events the app received: ', h('output', { id: 'events' }, events.join(' '))),
  );
}

createRoot(document.getElementById('app')).render(h(App));
