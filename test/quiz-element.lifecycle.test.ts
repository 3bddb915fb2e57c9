// <ex-back-quiz> in a page's life: moved, removed and re-added mid-quiz; the script loaded twice,
// loaded after the element, and the class module that defines nothing.
import { aTimeout, expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { questions } from '../content/quiz.ts';
import { ui } from '../content/ui.ts';
import * as defineModule from '../src/define.ts';
import { tagName } from '../src/define.ts';
import { ExBackQuiz } from '../src/index.ts';
import {
  answerPath,
  back,
  capture,
  checkedValues,
  choose,
  continueQuiz,
  currentQuestion,
  expectSame,
  record,
  start,
  text,
} from './quiz-element.helpers.ts';

// A quick exit must not navigate the test page away.
document.addEventListener('quiz-exit', (event) => event.preventDefault());

/** A widget in the first of two containers, partway through: past-hurt chosen, not yet sent. */
async function midQuiz() {
  const page = await fixture<HTMLDivElement>(html`
    <div>
      <section id="first"><ex-back-quiz></ex-back-quiz></section>
      <section id="second"></section>
    </div>
  `);
  const el = page.querySelector('ex-back-quiz') as ExBackQuiz;
  await el.updateComplete;
  await start(el);
  await answerPath(el, [
    ['safety', 'no'],
    ['breakup-reason', 'circumstances'],
  ]);
  await choose(el, 'resolvable');
  const second = page.querySelector('#second') as HTMLElement;
  return { page, el, second };
}

/** Runs `run`, failing on any uncaught error or console error it causes. */
async function withoutErrors(run: () => Promise<unknown>) {
  const errors: unknown[] = [];
  const onError = (event: ErrorEvent) => errors.push(String(event.error));
  const onRejection = (event: PromiseRejectionEvent) => errors.push(String(event.reason));
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  try {
    const logged = await capture('error', run);
    expect(logged.map(String)).to.deep.equal([]);
  } finally {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  }
  expect(errors).to.deep.equal([]);
}

describe('<ex-back-quiz> moved, removed and re-added', () => {
  it('keeps its question and answers when moved, and still responds', async () => {
    const { el, second } = await midQuiz();
    const answers = record(el, 'quiz-answer');
    await withoutErrors(async () => {
      second.appendChild(el);
      await el.updateComplete;
    });
    expect(currentQuestion(el)).to.equal('past-hurt');
    expect(checkedValues(el)).to.deep.equal(['resolvable']);

    await continueQuiz(el);
    answers.stop();
    expect(currentQuestion(el)).to.equal('motives');
    expect(answers.length).to.equal(1);
    await back(el);
    expect(checkedValues(el)).to.deep.equal(['resolvable']);
    await back(el);
    expect(checkedValues(el)).to.deep.equal(['circumstances']);
  });

  it('keeps quick exit working after a move, with one listener', async () => {
    const { el, second } = await midQuiz();
    second.appendChild(el);
    await el.updateComplete;
    const exits = record(document, 'quiz-exit');
    (document.activeElement as HTMLElement | null)?.blur();
    for (let i = 0; i < 3; i += 1) await sendKeys({ press: 'Shift' });
    exits.stop();
    expect(exits.length).to.equal(1);
  });

  it('stops when removed (no error, no shortcut) and resumes when added back', async () => {
    const { page, el } = await midQuiz();
    const exits = record(document, 'quiz-exit');
    await withoutErrors(async () => {
      el.remove();
      await aTimeout(10);
      (document.activeElement as HTMLElement | null)?.blur();
      for (let i = 0; i < 3; i += 1) await sendKeys({ press: 'Shift' });
      await aTimeout(10);
    });
    expect(exits.length, 'quick exit from a removed widget').to.equal(0);

    await withoutErrors(async () => {
      page.append(el);
      await el.updateComplete;
    });
    expect(currentQuestion(el)).to.equal('past-hurt');
    expect(checkedValues(el)).to.deep.equal(['resolvable']);
    await continueQuiz(el);
    expect(currentQuestion(el)).to.equal('motives');
    for (let i = 0; i < 3; i += 1) await sendKeys({ press: 'Shift' });
    exits.stop();
    expect(exits.length, 'quick exit once added back').to.equal(1);
  });

  it('can be removed and re-added on the intro and after an outcome, without errors', async () => {
    const page = await fixture<HTMLDivElement>(html`<div><ex-back-quiz></ex-back-quiz></div>`);
    const el = page.querySelector('ex-back-quiz') as ExBackQuiz;
    await withoutErrors(async () => {
      el.remove();
      page.append(el);
      await el.updateComplete;
      await start(el);
      await answerPath(el, [['safety', 'yes']]);
      el.remove();
      page.append(el);
      await el.updateComplete;
    });
    expect(text(el.shadowRoot?.querySelector('[data-screen-heading]'))).to.not.equal(
      ui.intro.heading,
    );
    expect(el.shadowRoot?.querySelectorAll('ol.steps li').length).to.equal(1);
  });
});

/** A same-origin page of its own, with its own custom element registry and module map. */
async function freshPage() {
  const frame = document.createElement('iframe');
  document.body.append(frame);
  const win = frame.contentWindow as (Window & typeof globalThis) | null;
  if (!win) throw new Error('no iframe window');
  const load = (path: string) =>
    win.Function('url', 'return import(url)')(new URL(path, import.meta.url).href) as Promise<
      Record<string, unknown>
    >;
  return { frame, win, load };
}

describe('<ex-back-quiz> modules', () => {
  it('the class module is the class the define module registered', () => {
    expect(customElements.get(tagName) === ExBackQuiz).to.equal(true);
    expect(tagName).to.equal('ex-back-quiz');
  });

  it('loading the define module a second time neither throws nor redefines', async () => {
    const before = customElements.get('ex-back-quiz');
    const again = '../src/define.ts?again';
    await withoutErrors(async () => {
      const module = await import(/* @vite-ignore */ again);
      expect(module === defineModule, 'a second evaluation, not the cached module').to.equal(false);
      expect(module.tagName).to.equal('ex-back-quiz');
    });
    expect(customElements.get('ex-back-quiz') === before).to.equal(true);
  });

  it('in a fresh page: the class module defines nothing, the define module does, twice is fine', async () => {
    const { frame, win, load } = await freshPage();
    try {
      const index = await load('../src/index.ts');
      expect(typeof index.ExBackQuiz).to.equal('function');
      expect(win.customElements.get('ex-back-quiz') === undefined, 'defined by index').to.equal(
        true,
      );
      const define = await load('../src/define.ts');
      expect(define.ExBackQuiz === index.ExBackQuiz).to.equal(true);
      expect(win.customElements.get('ex-back-quiz') === index.ExBackQuiz).to.equal(true);
      const twice = await load('../src/define.ts?twice');
      expect(twice.tagName).to.equal('ex-back-quiz');
      expectSame(win.customElements.get('ex-back-quiz'), index.ExBackQuiz, 'definition');
    } finally {
      frame.remove();
    }
  });

  it('upgrades an element that was on the page before the script, hiding its fallback', async () => {
    const { frame, win, load } = await freshPage();
    try {
      const doc = win.document;
      doc.body.innerHTML =
        '<ex-back-quiz heading-level="3"><a href="/guide.html">Read the guide</a></ex-back-quiz>';
      const fallback = doc.querySelector('a') as HTMLAnchorElement;
      expect(fallback.getClientRects().length, 'fallback shown before the script').to.equal(1);
      await load('../src/define.ts');
      const el = doc.querySelector('ex-back-quiz') as ExBackQuiz;
      await el.updateComplete;
      const heading = el.shadowRoot?.querySelector('[data-screen-heading]');
      expect(text(heading)).to.equal(ui.intro.heading);
      expect(heading?.getAttribute('aria-level')).to.equal('3');
      expect(fallback.getClientRects().length, 'fallback shown after the upgrade').to.equal(0);
      await start(el);
      expect(text(el.shadowRoot?.querySelector('[data-screen-heading]'))).to.equal(
        questions.safety.heading,
      );
    } finally {
      frame.remove();
    }
  });
});
