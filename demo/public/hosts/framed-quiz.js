// framed-quiz.html: the site owner wrote their own site's addresses into the snippet. The tests
// serve the frame from a second origin and pass the top page's origin as ?top=, so exit-url and
// guide-url name the top site, as they would on a real site builder. Only local origins.
const topOrigin = new URLSearchParams(window.location.search).get('top');
const quiz = document.getElementById('framed');
if (quiz && topOrigin && /^http:\/\/(127\.0\.0\.1|localhost)(:\d+)?$/.test(topOrigin)) {
  quiz.setAttribute('exit-url', `${topOrigin}/hosts/exit.html`);
  quiz.setAttribute('guide-url', `${topOrigin}/`);
}
