// The messages between the standalone quiz page (dist/frame.html, from page.ts) and the page
// that frames it (the optional helper dist/ex-back-quiz-frame.js, from helper.ts, or a host's own
// listener). README "Without a script tag" documents them; test/e2e/frame.test.js holds them.

/** Frame → parent: the quiz's height. */
export const HEIGHT = 'ex-back-quiz:height';

/** Parent → frame: "post your height again" (the helper may start after the frame's first post). */
export const HEIGHT_REQUEST = 'ex-back-quiz:height-request';

/**
 * What the standalone page posts to its parent on load and whenever the quiz's height changes
 * (every screen change): `height` is the quiz's border-box height in CSS pixels, rounded up to a
 * whole pixel, so a frame of that content height shows it all without a scrollbar; `id` is the
 * page's `?frame-id=`, when given, for a host that listens to several frames itself.
 */
export interface FrameHeightMessage {
  type: typeof HEIGHT;
  height: number;
  id?: string;
}
