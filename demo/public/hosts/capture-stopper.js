// capture-stopper.html: a host script that swallows key presses and clicks before anything else on
// the page sees them (the window, capture phase), then does its own thing with them. It counts
// what it stopped so the tests can tell it ran.
window.__stopped = { keydown: 0, click: 0 };
for (const type of ['keydown', 'click']) {
  window.addEventListener(
    type,
    (event) => {
      window.__stopped[type] += 1;
      event.stopPropagation();
    },
    true,
  );
}
