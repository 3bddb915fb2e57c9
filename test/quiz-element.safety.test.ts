// <ex-back-quiz> safety and privacy: quick exit (button and Shift ×3, across instances), saved
// progress only with `persist` and never trusted, and bad attribute values refused with a warning.
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { ui } from '../content/ui.ts';
import type { QuizExitDetail } from '../src/index.ts';
import {
  answerInputs,
  answerPath,
  back,
  button,
  capture,
  checkedValues,
  continueQuiz,
  currentOutcome,
  currentQuestion,
  type ExBackQuiz,
  expectSame,
  PATHS,
  query,
  queryAll,
  quiz,
  quizAt,
  record,
  screenHeading,
  start,
  text,
} from './quiz-element.helpers.ts';

const DEFAULT_EXIT_URL = 'https://www.bbc.co.uk/weather';
const press = (key: string) => sendKeys({ press: key });
// A quick exit no test expected must not navigate the test page away (the run would only time out).
document.addEventListener('quiz-exit', (event) => event.preventDefault());

/** Records quiz-exit on the document and cancels it, so the test page stays. */
function recordExits() {
  const exits = record<QuizExitDetail>(document, 'quiz-exit');
  const cancel = (event: Event) => event.preventDefault();
  document.addEventListener('quiz-exit', cancel);
  const stopRecording = exits.stop;
  return Object.assign(exits, {
    stop: () => {
      stopRecording();
      document.removeEventListener('quiz-exit', cancel);
    },
  });
}

/** Rendered nothing a reader can see or reach: no card, no controls, no box. (At most the
 * visually hidden note focus moves to, when focus was in it: see the tests of that below.) */
function expectHidden(el: ExBackQuiz, name: string) {
  expectSame(el.shadowRoot?.querySelector('.card'), null, `${name} card`);
  expect(queryAll(el, 'button, input, a, [role="heading"]').length, name).to.equal(0);
  expect(el.getBoundingClientRect().height, `${name} height`).to.equal(0);
}

/** Quick exit hides the widget for good; lifting that (a test-only peek) shows what is left. */
async function peekBehindExit(el: ExBackQuiz) {
  (el as unknown as { exited: boolean }).exited = false;
  await el.updateComplete;
}

/** Two widgets with saved progress, each partway through; the second maybe `no-quick-exit`. */
async function twoWidgets({ secondWithoutQuickExit = false } = {}) {
  const page = await fixture<HTMLDivElement>(html`
    <div>
      <ex-back-quiz id="first" persist exit-url="https://example.org/first"></ex-back-quiz>
      <ex-back-quiz
        id="second"
        persist
        exit-url="/second.html"
        ?no-quick-exit=${secondWithoutQuickExit}
      ></ex-back-quiz>
    </div>
  `);
  const [first, second] = [...page.querySelectorAll('ex-back-quiz')] as ExBackQuiz[];
  if (!first || !second) throw new Error('two widgets expected');
  await Promise.all([first.updateComplete, second.updateComplete]);
  await start(first);
  await answerPath(first, PATHS['let-go'].slice(0, 1));
  await start(second);
  await answerPath(second, PATHS.reconsider.slice(0, 2));
  expect(sessionStorage.getItem('ex-back-quiz:first')).to.be.a('string');
  expect(sessionStorage.getItem('ex-back-quiz:second')).to.be.a('string');
  return { page, first, second };
}

async function expectBothExited(first: ExBackQuiz, second: ExBackQuiz) {
  await Promise.all([first.updateComplete, second.updateComplete]);
  expectHidden(first, 'first');
  expectHidden(second, 'second');
  expect(sessionStorage.getItem('ex-back-quiz:first')).to.equal(null);
  expect(sessionStorage.getItem('ex-back-quiz:second')).to.equal(null);
  for (const el of [first, second]) {
    await peekBehindExit(el);
    expect(text(screenHeading(el)), 'state cleared').to.equal(ui.intro.heading);
  }
}

describe('<ex-back-quiz> quick exit', () => {
  beforeEach(() => sessionStorage.clear());
  afterEach(() => sessionStorage.clear());

  it('the Exit button hides and clears every widget, and leaves through the one used', async () => {
    const exits = recordExits();
    const { first, second } = await twoWidgets();
    button(second, ui.quickExit.button).click();
    exits.stop();
    expect(exits.map((event) => event.detail)).to.deep.equal([
      { url: new URL('/second.html', location.href).href },
    ]);
    expect(exits[0]?.cancelable).to.equal(true);
    await expectBothExited(first, second);
  });

  it('tells screen readers it is leaving, in the live region that was already there', async () => {
    const exits = recordExits();
    const el = await quiz();
    const status = el.shadowRoot?.querySelector('[role="status"]');
    expect(status == null, 'a live region').to.equal(false);
    button(el, ui.quickExit.button).click();
    await el.updateComplete;
    exits.stop();
    expectSame(el.shadowRoot?.querySelector('[role="status"]'), status, 'live region');
    expect(text(status)).to.equal(ui.announce.exit);
  });

  it('describes the Exit button with its shortcut, the hint beside it', async () => {
    const el = await quiz();
    const exit = button(el, ui.quickExit.button);
    const ids = exit.getAttribute('aria-describedby')?.split(' ') ?? [];
    const description = ids.map((id) => text(el.shadowRoot?.getElementById(id))).join(' ');
    expect(description).to.equal('Or press Shift 3 times');
  });

  it('acknowledges each Shift press in the live region, once, as GOV.UK does', async () => {
    const exits = recordExits();
    const el = await quiz();
    const status = query(el, '[role="status"]');
    const heard: string[] = [];
    const observer = new MutationObserver(() => heard.push(text(status)));
    observer.observe(status, { childList: true, characterData: true, subtree: true });
    (document.activeElement as HTMLElement | null)?.blur();
    await press('Shift');
    await el.updateComplete;
    await press('KeyA');
    // The same words again after a reset: emptied first, then said, so it is a change to hear.
    await press('Shift');
    await el.updateComplete;
    expect(text(status), 'emptied first').to.equal('');
    await waitUntil(() => text(status) !== '', 'said again a moment later');
    await press('Shift');
    await el.updateComplete;
    await press('Shift');
    await el.updateComplete;
    observer.disconnect();
    exits.stop();
    expect(heard.filter(Boolean)).to.deep.equal([
      'Shift, press 2 more times to exit.',
      'Shift, press 2 more times to exit.',
      'Shift, press 1 more time to exit.',
      'Leaving this page.',
    ]);
  });

  it('moves focus to a note saying it is leaving when the host cancels and leaves focus behind', async () => {
    const exits = recordExits();
    const el = await quiz();
    const status = query(el, '[role="status"]');
    const exit = button(el, ui.quickExit.button);
    exit.focus();
    exit.click();
    await el.updateComplete;
    exits.stop();
    const note = el.shadowRoot?.activeElement;
    expect(note?.localName).to.equal('p');
    expect(text(note)).to.equal('Leaving this page.');
    // Read on focus, so the live region keeps quiet: said twice, it would be heard twice.
    expect(text(status)).to.equal('');
  });

  it('leaves focus where the host put it when it cancels quick exit and moves focus itself', async () => {
    const page = await fixture<HTMLDivElement>(
      html`<div><a href="#neutral">Neutral page</a><ex-back-quiz></ex-back-quiz></div>`,
    );
    const [link, el] = [page.querySelector('a'), page.querySelector('ex-back-quiz') as ExBackQuiz];
    await el.updateComplete;
    const takeOver = (event: Event) => {
      event.preventDefault();
      link?.focus();
    };
    document.addEventListener('quiz-exit', takeOver);
    try {
      const exit = button(el, ui.quickExit.button);
      exit.focus();
      exit.click();
      await el.updateComplete;
    } finally {
      document.removeEventListener('quiz-exit', takeOver);
    }
    expectSame(document.activeElement, link, 'focus');
  });

  it('Shift pressed three times does the same, through the first widget', async () => {
    const exits = recordExits();
    const { first, second } = await twoWidgets();
    (document.activeElement as HTMLElement | null)?.blur();
    await press('Shift');
    await press('Shift');
    expect(exits.length).to.equal(0);
    await press('Shift');
    exits.stop();
    expect(exits.map((event) => event.detail)).to.deep.equal([
      { url: 'https://example.org/first' },
    ]);
    await expectBothExited(first, second);
  });

  it('Shift twice, another key, then Shift once does not exit; two more Shifts do', async () => {
    const exits = recordExits();
    const el = await quiz();
    (document.activeElement as HTMLElement | null)?.blur();
    await press('Shift');
    await press('Shift');
    await press('KeyA');
    await press('Shift');
    await el.updateComplete;
    expect(exits.length).to.equal(0);
    expect(text(screenHeading(el))).to.equal(ui.intro.heading);
    await press('Shift');
    await press('Shift');
    await el.updateComplete;
    exits.stop();
    expect(exits.map((event) => event.detail)).to.deep.equal([{ url: DEFAULT_EXIT_URL }]);
    expectHidden(el, 'widget');
  });

  it('Shift typed inside an answer still counts (the shortcut works anywhere on the page)', async () => {
    const exits = recordExits();
    const el = await quiz();
    await start(el);
    answerInputs(el)[0]?.focus();
    for (let i = 0; i < 3; i += 1) await press('Shift');
    exits.stop();
    expect(exits.length).to.equal(1);
  });

  it('Shift three times spread over more than 5 seconds does nothing; three within 5 seconds exit', async function () {
    this.timeout(15000);
    const exits = recordExits();
    const el = await quiz();
    (document.activeElement as HTMLElement | null)?.blur();
    await press('Shift'); // 0 s
    await new Promise((resolve) => setTimeout(resolve, 2500));
    await press('Shift'); // 2.5 s
    await new Promise((resolve) => setTimeout(resolve, 2600));
    await press('Shift'); // 5.1 s: the first press is more than 5 s old
    await el.updateComplete;
    expect(exits.length, 'three presses over 5.1 s').to.equal(0);
    expect(text(screenHeading(el))).to.equal(ui.intro.heading);
    await press('Shift'); // the last three span 2.6 s
    await el.updateComplete;
    exits.stop();
    expect(exits.length, 'three presses within 2.6 s').to.equal(1);
    expectHidden(el, 'widget');
  });

  it("no-quick-exit removes that widget's button and its own shortcut, on its own", async () => {
    const exits = recordExits();
    const el = await quiz(html`<ex-back-quiz no-quick-exit></ex-back-quiz>`);
    expect(queryAll(el, '[part~="exit-button"]').length).to.equal(0);
    expect(text(el.shadowRoot)).to.not.contain(ui.quickExit.honesty);
    for (let i = 0; i < 3; i += 1) await press('Shift');
    await el.updateComplete;
    expect(exits.length).to.equal(0);
    expect(text(screenHeading(el))).to.equal(ui.intro.heading);

    // Turned back on at run time: button and shortcut return; off again: gone.
    el.noQuickExit = false;
    await el.updateComplete;
    expect(queryAll(el, '[part~="exit-button"]').length).to.equal(1);
    el.setAttribute('no-quick-exit', '');
    await el.updateComplete;
    expect(queryAll(el, '[part~="exit-button"]').length).to.equal(0);
    for (let i = 0; i < 3; i += 1) await press('Shift');
    exits.stop();
    expect(exits.length).to.equal(0);
  });

  it('no-quick-exit="false" (as Vue writes a boolean bound to false) keeps quick exit on', async () => {
    const exits = recordExits();
    const el = await quiz(
      html`<ex-back-quiz no-quick-exit="false" exit-url="https://example.org/kept"></ex-back-quiz>`,
    );
    expect(el.noQuickExit).to.equal(false);
    expect(queryAll(el, '[part~="exit-button"]').length, 'Exit button').to.equal(1);
    (document.activeElement as HTMLElement | null)?.blur();
    for (let i = 0; i < 3; i += 1) await press('Shift');
    exits.stop();
    expect(exits.map((event) => event.detail)).to.deep.equal([{ url: 'https://example.org/kept' }]);
  });

  describe('a no-quick-exit widget beside a normal one', () => {
    /** A normal widget and a no-quick-exit one, both partway through with saved progress. */
    async function mixedPage() {
      // A widget that was on this page earlier in the tab (or on another page) left progress too.
      sessionStorage.setItem('ex-back-quiz:elsewhere', '{"version":1}');
      const { first, second } = await twoWidgets({ secondWithoutQuickExit: true });
      expect(queryAll(second, '[part~="exit-button"]').length, 'no button').to.equal(0);
      return { first, second };
    }

    it("the other widget's Exit button clears and hides both, and forgets all saved progress", async () => {
      const exits = recordExits();
      const { first, second } = await mixedPage();
      button(first, ui.quickExit.button).click();
      exits.stop();
      expect(exits.map((event) => event.detail)).to.deep.equal([
        { url: 'https://example.org/first' },
      ]);
      await expectBothExited(first, second);
      expect(sessionStorage.getItem('ex-back-quiz:elsewhere')).to.equal(null);
    });

    it('Shift three times clears and hides both, leaving through the widget that offers it', async () => {
      const exits = recordExits();
      const { first, second } = await mixedPage();
      (document.activeElement as HTMLElement | null)?.blur();
      for (let i = 0; i < 3; i += 1) await press('Shift');
      exits.stop();
      expect(exits.map((event) => event.detail)).to.deep.equal([
        { url: 'https://example.org/first' },
      ]);
      await expectBothExited(first, second);
      expect(sessionStorage.getItem('ex-back-quiz:elsewhere')).to.equal(null);
    });
  });

  it('adds one window keydown listener (capture phase) however many widgets there are', async () => {
    // On the window, not the document: a page script stopping keydown there in the capture phase
    // can't keep it from us (see quick-exit.ts).
    const added: unknown[] = [];
    const removed: unknown[] = [];
    const { addEventListener, removeEventListener } = window;
    window.addEventListener = function (
      this: Window,
      ...args: Parameters<Window['addEventListener']>
    ) {
      if (args[0] === 'keydown' && args[2] === true) added.push(args[1]);
      return addEventListener.apply(this ?? window, args);
    } as Window['addEventListener'];
    window.removeEventListener = function (
      this: Window,
      ...args: Parameters<Window['removeEventListener']>
    ) {
      if (args[0] === 'keydown' && args[2] === true) removed.push(args[1]);
      return removeEventListener.apply(this ?? window, args);
    } as Window['removeEventListener'];
    try {
      const page = await fixture<HTMLDivElement>(html`
        <div>
          <ex-back-quiz></ex-back-quiz><ex-back-quiz></ex-back-quiz><ex-back-quiz></ex-back-quiz>
        </div>
      `);
      expect(added.length).to.equal(1);
      const widgets = [...page.querySelectorAll('ex-back-quiz')];
      widgets[0]?.remove();
      widgets[1]?.remove();
      expect(removed.length).to.equal(0);
      widgets[2]?.remove();
      expect(removed.length === 1 && removed[0] === added[0], 'the same listener removed').to.equal(
        true,
      );
    } finally {
      window.addEventListener = addEventListener;
      window.removeEventListener = removeEventListener;
    }
  });
});

describe('<ex-back-quiz> quick exit always in reach', () => {
  /** Waits (up to 2 s) for the intersection observer to have done what `check` looks for. */
  async function until(check: () => boolean, what: string) {
    for (let tries = 0; tries < 100 && !check(); tries += 1) await aTimeout(20);
    expect(check(), what).to.equal(true);
  }

  it('floats the Exit button at the top while the card is on screen but its bar is not, and keeps focus on it', async () => {
    const page = await fixture<HTMLDivElement>(html`
      <div style="width: 20em">
        <ex-back-quiz></ex-back-quiz>
        <div style="height: 200vh">The page goes on.</div>
      </div>
    `);
    const el = page.querySelector('ex-back-quiz') as ExBackQuiz;
    await el.updateComplete;
    await start(el);
    await answerPath(el, PATHS.rebuild);
    const exit = query(el, '[part~="exit-button"]');
    const floats = () => exit.matches(':popover-open');
    expect(el.getBoundingClientRect().height, 'a card taller than the viewport').to.be.above(
      window.innerHeight,
    );
    try {
      el.scrollIntoView({ block: 'start' });
      await aTimeout(100);
      expect(floats(), 'the bar in view').to.equal(false);

      // The middle of the outcome: the Exit button floats at the top of the viewport.
      queryAll(el, '[part~="step"]')[2]?.scrollIntoView({ block: 'center' });
      await until(floats, 'floats in the middle of the outcome');
      const box = exit.getBoundingClientRect();
      expect([box.top > 0, box.bottom < 100]).to.deep.equal([true, true]);
      expect(queryAll(el, '[part~="exit-button"]').length, 'one Exit control').to.equal(1);

      // The same button: focus on it stays through the move back into the bar.
      exit.focus();
      el.scrollIntoView({ block: 'start' });
      await until(() => !floats(), 'back in its bar at the top of the card');
      expectSame(el.shadowRoot?.activeElement, exit, 'focus');

      // Past the card: nothing floats over the rest of the page.
      queryAll(el, '[part~="step"]')[2]?.scrollIntoView({ block: 'center' });
      await until(floats, 'floats again');
      window.scrollBy(0, el.getBoundingClientRect().bottom + 10);
      await until(() => !floats(), 'the card out of view');
    } finally {
      window.scrollTo(0, 0);
    }
  });
});

describe('<ex-back-quiz> saved progress', () => {
  beforeEach(() => sessionStorage.clear());
  afterEach(() => sessionStorage.clear());

  it('with persist, resumes on the same question with the answers kept', async () => {
    const el = await quizAt(
      [
        ['safety', 'no'],
        ['breakup-reason', 'circumstances', 'my-mistake'],
      ],
      html`<ex-back-quiz persist></ex-back-quiz>`,
    );
    expect(currentQuestion(el)).to.equal('past-hurt');
    el.remove();

    const again = await quiz(html`<ex-back-quiz persist></ex-back-quiz>`);
    expect(currentQuestion(again)).to.equal('past-hurt');
    expect(document.activeElement === again).to.equal(false); // restoring is not a reader's action
    await back(again);
    expect(currentQuestion(again)).to.equal('breakup-reason');
    expect(checkedValues(again)).to.deep.equal(['circumstances', 'my-mistake']);
    await back(again);
    expect(checkedValues(again)).to.deep.equal(['no']);
  });

  it('with persist, resumes without announcing anything: the reader did not move', async () => {
    const el = await quizAt(PATHS['let-go'], html`<ex-back-quiz persist></ex-back-quiz>`);
    el.remove();
    const again = await quiz(html`<ex-back-quiz persist></ex-back-quiz>`);
    expect(currentOutcome(again)).to.equal('let-go');
    expect(text(again.shadowRoot?.querySelector('[role="status"]'))).to.equal('');
  });

  it('with persist, shows a question gone back to with its answer still chosen', async () => {
    const el = await quizAt(
      [
        ['safety', 'no'],
        ['breakup-reason', 'unclear'],
      ],
      html`<ex-back-quiz persist></ex-back-quiz>`,
    );
    await back(el);
    el.remove();
    const again = await quiz(html`<ex-back-quiz persist></ex-back-quiz>`);
    expect(currentQuestion(again)).to.equal('breakup-reason');
    expect(checkedValues(again)).to.deep.equal(['unclear']);
    await continueQuiz(again);
    expect(currentQuestion(again)).to.equal('past-hurt');
  });

  it('with persist, resumes on an outcome', async () => {
    const el = await quizAt(PATHS['ask-to-talk'], html`<ex-back-quiz persist></ex-back-quiz>`);
    el.remove();
    const again = await quiz(html`<ex-back-quiz persist></ex-back-quiz>`);
    expect(currentOutcome(again)).to.equal('ask-to-talk');
  });

  it('keeps each widget under its own id, and tells the reader progress is kept', async () => {
    const el = await quizAt(
      [['safety', 'no']],
      html`<ex-back-quiz id="mine" persist></ex-back-quiz>`,
    );
    expect(Object.keys(sessionStorage)).to.deep.equal(['ex-back-quiz:mine']);
    el.remove();
    const other = await quiz(html`<ex-back-quiz id="other" persist></ex-back-quiz>`);
    expect(text(screenHeading(other))).to.equal(ui.intro.heading);
    expect(text(other.shadowRoot?.querySelector('.privacy'))).to.equal(ui.intro.privacyWithPersist);
    const mine = await quiz(html`<ex-back-quiz id="mine" persist></ex-back-quiz>`);
    expect(currentQuestion(mine)).to.equal('breakup-reason');
  });

  /** A saved snapshot the widget itself wrote, from reaching `motives`. */
  async function savedAtMotives() {
    const el = await quizAt(
      PATHS['move-on'].slice(0, 4),
      html`<ex-back-quiz persist></ex-back-quiz>`,
    );
    expect(currentQuestion(el)).to.equal('motives');
    const saved = JSON.parse(sessionStorage.getItem('ex-back-quiz') ?? 'null');
    el.remove();
    sessionStorage.clear();
    expect(saved.version).to.equal(1);
    return saved as {
      version: number;
      snapshot: { value: unknown; context: { asked: string[]; answers: Record<string, string[]> } };
    };
  }

  it('discards corrupt, foreign and inconsistent saved progress and starts at the intro', async () => {
    const good = await savedAtMotives();
    const variants: Record<string, string> = {
      'not JSON': '{"version":1,"snapshot":',
      'a number': '42',
      'an array': '[]',
      'another version': JSON.stringify({ ...good, version: 2 }),
      'no version': JSON.stringify({ snapshot: good.snapshot }),
      'no snapshot': JSON.stringify({ version: 1 }),
      'a state off its path': JSON.stringify({
        ...good,
        snapshot: { ...good.snapshot, value: { quiz: 'stage' } },
      }),
      'an outcome not reached': JSON.stringify({
        ...good,
        snapshot: { ...good.snapshot, value: { quiz: 'rebuild' } },
      }),
      'a question asked twice': JSON.stringify({
        ...good,
        snapshot: {
          ...good.snapshot,
          context: { ...good.snapshot.context, asked: ['safety', 'safety'] },
        },
      }),
      'an unknown answer': JSON.stringify({
        ...good,
        snapshot: {
          ...good.snapshot,
          context: { ...good.snapshot.context, answers: { safety: ['maybe'] } },
        },
      }),
      'an answer skipping abuse': JSON.stringify({
        ...good,
        snapshot: {
          ...good.snapshot,
          context: {
            ...good.snapshot.context,
            answers: { ...good.snapshot.context.answers, safety: ['yes'] },
          },
        },
      }),
      'an unknown state': JSON.stringify({
        ...good,
        snapshot: { ...good.snapshot, value: { quiz: '__proto__' } },
      }),
    };
    for (const [name, value] of Object.entries(variants)) {
      sessionStorage.setItem('ex-back-quiz', value);
      const errors: unknown[] = [];
      const onError = (event: ErrorEvent) => errors.push(event.error);
      window.addEventListener('error', onError);
      let el: ExBackQuiz | undefined;
      const logged = await capture('error', async () => {
        el = await quiz(html`<ex-back-quiz persist></ex-back-quiz>`);
      });
      window.removeEventListener('error', onError);
      if (!el) throw new Error('no widget');
      expect(errors, name).to.deep.equal([]);
      expect(logged, name).to.deep.equal([]);
      expect(text(screenHeading(el)), name).to.equal(ui.intro.heading);
      // The bad value is removed, and nothing takes its place: the intro is no progress to keep.
      expect(sessionStorage.getItem('ex-back-quiz'), name).to.equal(null);
      el.remove();
    }
    // And the good one still works.
    sessionStorage.setItem('ex-back-quiz', JSON.stringify(good));
    const el = await quiz(html`<ex-back-quiz persist></ex-back-quiz>`);
    expect(currentQuestion(el)).to.equal('motives');
  });

  it('ignores saved progress without persist, and leaves it alone', async () => {
    const good = await savedAtMotives();
    sessionStorage.setItem('ex-back-quiz', JSON.stringify(good));
    const el = await quiz();
    expect(text(screenHeading(el))).to.equal(ui.intro.heading);
    expect(sessionStorage.getItem('ex-back-quiz')).to.equal(JSON.stringify(good));
  });

  it('persist="false" (as Vue writes a boolean bound to false) keeps nothing', async () => {
    const el = await quizAt(
      PATHS.rebuild.slice(0, 2),
      html`<ex-back-quiz id="vue" persist="false"></ex-back-quiz>`,
    );
    expect(el.persist).to.equal(false);
    expect(Object.keys(sessionStorage)).to.deep.equal([]);
  });

  it('without persist writes nothing: no sessionStorage, no localStorage, no cookie', async () => {
    localStorage.clear();
    expect(document.cookie).to.equal('');
    const el = await quizAt(PATHS.rebuild);
    button(el, ui.outcome.restart).click();
    await el.updateComplete;
    await answerPath(el, PATHS['dont-go-back']);
    el.remove();
    expect(sessionStorage.length).to.equal(0);
    expect(localStorage.length).to.equal(0);
    expect(document.cookie).to.equal('');
  });
});

describe('<ex-back-quiz> bad attribute values', () => {
  /** Runs `run`, failing on any uncaught error; returns the console warnings it caused. */
  async function warningsOf(run: () => Promise<unknown>) {
    const errors: unknown[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.error);
    window.addEventListener('error', onError);
    try {
      const warnings = await capture('warn', run);
      expect(errors).to.deep.equal([]);
      return warnings.map((args) => args.join(' '));
    } finally {
      window.removeEventListener('error', onError);
    }
  }

  const stepLinks = (el: ExBackQuiz) =>
    queryAll<HTMLAnchorElement>(el, 'ol.steps a').map((link) => link.getAttribute('href'));

  it('refuses a javascript: guide-url, links to #step-N here and warns', async () => {
    let el: ExBackQuiz | undefined;
    // This page has the guide's steps, so the links to them here are shown.
    const sections = [12, 14, 15].map((number) =>
      document.body.appendChild(
        Object.assign(document.createElement('section'), { id: `step-${number}` }),
      ),
    );
    const warnings = await warningsOf(async () => {
      el = await quizAt(
        PATHS['move-on'],
        html`<ex-back-quiz guide-url="javascript:alert(1)"></ex-back-quiz>`,
      );
    });
    for (const section of sections) section.remove();
    if (!el) throw new Error('no widget');
    const page = `${location.origin}${location.pathname}${location.search}`;
    expect(stepLinks(el)).to.deep.equal([`${page}#step-12`, `${page}#step-14`, `${page}#step-15`]);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('guide-url');
  });

  it('refuses a javascript: exit-url and leaves for the safe default', async () => {
    const exits = recordExits();
    const warnings = await warningsOf(async () => {
      const el = await quiz(html`<ex-back-quiz exit-url="javascript:alert(1)"></ex-back-quiz>`);
      button(el, ui.quickExit.button).click();
      await el.updateComplete;
    });
    exits.stop();
    expect(exits.map((event) => event.detail)).to.deep.equal([{ url: DEFAULT_EXIT_URL }]);
    expect(DEFAULT_EXIT_URL).to.match(/^https:\/\//);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('exit-url');
  });

  it('refuses a data: exit-url too', async () => {
    const exits = recordExits();
    await warningsOf(async () => {
      const el = await quiz(html`<ex-back-quiz exit-url="data:text/html,hi"></ex-back-quiz>`);
      button(el, ui.quickExit.button).click();
    });
    exits.stop();
    expect(exits.map((event) => event.detail.url)).to.deep.equal([DEFAULT_EXIT_URL]);
  });

  it('links steps to an absolute guide-url', async () => {
    const warnings = await warningsOf(async () => {
      const el = await quizAt(
        PATHS['let-go'],
        html`<ex-back-quiz guide-url="https://example.org/guide"></ex-back-quiz>`,
      );
      expect(stepLinks(el)).to.deep.equal([
        'https://example.org/guide#step-12',
        'https://example.org/guide#step-13',
      ]);
    });
    expect(warnings).to.deep.equal([]);
  });

  it('links steps to a relative guide-url, resolved against the page', async () => {
    const warnings = await warningsOf(async () => {
      const el = await quizAt(
        PATHS['let-go'],
        html`<ex-back-quiz guide-url="/guide.html"></ex-back-quiz>`,
      );
      expect(stepLinks(el)).to.deep.equal([
        new URL('/guide.html#step-12', location.href).href,
        new URL('/guide.html#step-13', location.href).href,
      ]);
    });
    expect(warnings).to.deep.equal([]);
  });

  for (const level of ['banana', '9', '0', '2.5']) {
    it(`uses heading level 2 for heading-level="${level}", with a warning`, async () => {
      let el: ExBackQuiz | undefined;
      const warnings = await warningsOf(async () => {
        el = await quiz(html`<ex-back-quiz heading-level=${level}></ex-back-quiz>`);
        await start(el);
      });
      if (!el) throw new Error('no widget');
      expect(screenHeading(el).getAttribute('aria-level')).to.equal('2');
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('heading-level');
    });
  }

  it('accepts every heading-level from 1 to 6 without a warning', async () => {
    const warnings = await warningsOf(async () => {
      for (const level of ['1', '2', '3', '4', '5', '6']) {
        const el = await quiz(html`<ex-back-quiz heading-level=${level}></ex-back-quiz>`);
        expect(screenHeading(el).getAttribute('aria-level')).to.equal(level);
      }
    });
    expect(warnings).to.deep.equal([]);
  });
});
