// frame-*.html: loads framed-quiz.html into the page's iframe, the way a site builder shows
// custom HTML. The frame is on this origin unless ?frame-origin= names another local one (the
// tests start a second server); it is told this page's origin (?top=) for its exit and guide URLs.
// The sandbox attribute is in each page's HTML, so it is in force before the frame loads.
const wanted = new URLSearchParams(window.location.search).get('frame-origin');
const frameOrigin =
  wanted && /^http:\/\/(127\.0\.0\.1|localhost)(:\d+)?$/.test(wanted)
    ? wanted
    : window.location.origin;
for (const frame of document.querySelectorAll('iframe[data-src]')) {
  const url = new URL(frame.dataset.src, frameOrigin + window.location.pathname);
  url.searchParams.set('top', window.location.origin);
  frame.src = url.href;
}
