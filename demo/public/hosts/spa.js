// spa.html: a tiny client-side router. Each view is built from scratch on every visit; the quiz
// view holds a new <ex-back-quiz>, and leaving a view removes its elements.
const view = document.getElementById('view');

function render(name) {
  view.replaceChildren();
  if (name === 'quiz') {
    const heading = document.createElement('h2');
    heading.textContent = 'Take the quiz';
    const quiz = document.createElement('ex-back-quiz');
    quiz.setAttribute('exit-url', './exit.html');
    quiz.setAttribute('guide-url', '../');
    view.append(heading, quiz);
  } else {
    const text = document.createElement('p');
    text.textContent = 'Home: the site’s front page. No quiz here.';
    view.append(text);
  }
}

const routeOf = (url) => (new URL(url).searchParams.get('view') === 'quiz' ? 'quiz' : 'home');

document.addEventListener('click', (event) => {
  const link = event.target instanceof Element ? event.target.closest('a[data-route]') : null;
  if (!link) return;
  event.preventDefault();
  history.pushState(null, '', link.href);
  render(routeOf(link.href));
});
window.addEventListener('popstate', () => render(routeOf(window.location.href)));
render(routeOf(window.location.href));
