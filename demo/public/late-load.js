// late.html: the page already holds <ex-back-quiz> with its fallback content; the embed arrives
// about 300 ms later, the way a tag manager, a consent banner or a lazy loader would add it.
// A classic external script (no inline code), so the page also works under a strict CSP.
setTimeout(() => {
  const script = document.createElement('script');
  script.type = 'module';
  script.src = './ex-back-quiz.js';
  document.head.append(script);
}, 300);
