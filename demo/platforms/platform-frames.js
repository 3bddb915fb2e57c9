// The platform pages whose embed is a frame of the platform's own (Wix's HTML embed, Google Sites'
// wrapper): loads each iframe[data-src] from the platform's origin, which is this page's unless
// ?frame-origin= names another local one (the tests start a second server). The sandbox is in each
// page's HTML, so it is in force before the frame loads.
const wanted = new URLSearchParams(window.location.search).get('frame-origin');
const frameOrigin =
  wanted && /^http:\/\/(127\.0\.0\.1|localhost)(:\d+)?$/.test(wanted)
    ? wanted
    : window.location.origin;
for (const frame of document.querySelectorAll('iframe[data-src]')) {
  frame.src = new URL(frame.dataset.src, frameOrigin + window.location.pathname).href;
}
