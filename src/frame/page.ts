// The script of the standalone page (dist/frame.html): the widget alone, for sites that take an
// iframe or an embed URL but no script tag. It runs before the embed (both are deferred classic
// scripts, in order), so the element gets its attributes before it is defined:
//
//   frame.html?guide-url=…&exit-url=…&heading-level=…&theme=…&persist&no-quick-exit
//             &frame-id=…&parent-origin=…
//
// Each widget attribute is set as an attribute, as written, so the element's own checks apply: a
// bad value is refused with one console warning and the default is used (a javascript: exit-url
// never becomes a link or a navigation). A boolean is on when present (`?persist`), except as
// "false", which leaves it off, as the element's attributes will (see README). Then the page
// posts the quiz's height to its parent on load and on every change (a ResizeObserver on the
// element), as a FrameHeightMessage (messages.ts), for the helper or a host to size the frame.
import { type FrameHeightMessage, HEIGHT, HEIGHT_REQUEST } from './messages.ts';

/** Query parameters that are the widget's attributes of the same name. */
const ATTRIBUTES = ['guide-url', 'exit-url', 'heading-level', 'theme'];
/** Query parameters that are the widget's boolean attributes. */
const BOOLEANS = ['persist', 'no-quick-exit'];

const params = new URLSearchParams(window.location.search);
const quiz = document.querySelector('ex-back-quiz');

function warn(message: string): void {
  console.warn(`ex-back-quiz frame: ${message}`);
}

/** `?frame-id=`: echoed in each message, and the element's id (its own saved-progress key). */
function frameId(): string | undefined {
  const value = params.get('frame-id');
  if (value === null) return undefined;
  if (/^[\w.:-]{1,64}$/.test(value)) return value;
  warn(`frame-id "${value}" is not 1–64 letters, digits, _ . : or -; left out.`);
  return undefined;
}

/** `?parent-origin=`: the only origin the heights go to; else any ('*': heights are no secret). */
function targetOrigin(): string {
  const value = params.get('parent-origin');
  if (value === null) return '*';
  try {
    const url = new URL(value);
    if ((url.protocol === 'https:' || url.protocol === 'http:') && url.origin === value) {
      return url.origin;
    }
  } catch {
    // Refused below, like any value that isn't an http(s) origin.
  }
  warn(`parent-origin "${value}" is not an http(s) origin such as https://example.org; using *.`);
  return '*';
}

if (quiz) {
  for (const name of ATTRIBUTES) {
    const value = params.get(name);
    if (value !== null) quiz.setAttribute(name, value);
  }
  for (const name of BOOLEANS) {
    const value = params.get(name);
    if (value !== null && value.toLowerCase() !== 'false') quiz.setAttribute(name, value);
  }
  const id = frameId();
  if (id) quiz.id = id;
  const target = targetOrigin();

  // Only in a frame: opened on its own, the page has no one to tell.
  if (window.parent !== window) {
    let posted = -1;
    const postHeight = (again: boolean) => {
      const height = Math.ceil(quiz.getBoundingClientRect().height);
      if (height === posted && !again) return;
      posted = height;
      const message: FrameHeightMessage = id
        ? { type: HEIGHT, height, id }
        : { type: HEIGHT, height };
      window.parent.postMessage(message, target);
    };
    new ResizeObserver(() => postHeight(false)).observe(quiz);
    window.addEventListener('message', (event) => {
      if (event.source === window.parent && event.data?.type === HEIGHT_REQUEST) postHeight(true);
    });
  }
}
