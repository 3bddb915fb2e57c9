// The optional host helper, dist/ex-back-quiz-frame.js: sizes every
// `<iframe data-ex-back-quiz src=".../frame.html…">` on the page to the quiz inside it, from the
// heights the standalone page posts (messages.ts). A few hundred bytes, no dependencies; load it
// once, with `defer`, anywhere on the page:
//
//   <iframe src="…/frame.html" title="…" data-ex-back-quiz …></iframe>
//   <script src="…/ex-back-quiz-frame.js" defer></script>
//
// A message is taken only from a frame the helper sizes, and only while that frame shows a page of
// its src's origin: `event.source` is that iframe's window and `event.origin` is its src's origin
// (so not another frame, not the page's own scripts, not whatever the frame navigated to, not a
// frame sandboxed into an opaque origin). Frames added later are found when they post. Setting a
// style property from script is allowed under a strict CSP (no inline style is written).
import { HEIGHT, HEIGHT_REQUEST } from './messages.ts';

/** A height beyond any screen of the quiz: a message claiming more is not ours to follow. */
const MAX_HEIGHT = 100_000;

const frames = () => document.querySelectorAll<HTMLIFrameElement>('iframe[data-ex-back-quiz]');

window.addEventListener('message', (event) => {
  const data = event.data;
  if (data?.type !== HEIGHT) return;
  for (const frame of frames()) {
    if (event.source !== frame.contentWindow) continue;
    let origin: string;
    try {
      origin = new URL(frame.src).origin;
    } catch {
      return;
    }
    const height = data.height;
    if (event.origin !== origin || origin === 'null') return;
    if (typeof height !== 'number' || !(height >= 0 && height <= MAX_HEIGHT)) return;
    // content-box: the frame's viewport is exactly this tall whatever the page's box-sizing.
    frame.style.boxSizing = 'content-box';
    frame.style.height = `${Math.ceil(height)}px`;
    return;
  }
});

// A frame that loaded before this script posted its first height to no one: ask again. The
// request carries nothing and the frame answers only its parent, so any origin may receive it.
for (const frame of frames()) frame.contentWindow?.postMessage({ type: HEIGHT_REQUEST }, '*');
