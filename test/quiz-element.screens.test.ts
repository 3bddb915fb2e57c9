// <ex-back-quiz>, screen by screen: the semantics each screen exposes, axe on each of them, and
// content rendered as text only; the focus ring, the theme (attribute, page, reader) and the
// language and direction the widget declares.
import { aTimeout, expect, fixture, html, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { guide } from '../content/guide.ts';
import { outcomes, type QuestionId, questions } from '../content/quiz.ts';
import { ui } from '../content/ui.ts';
import {
  answerInputs,
  button,
  capture,
  choose,
  continueQuiz,
  currentQuestion,
  type ExBackQuiz,
  expectSame,
  input,
  PATHS,
  query,
  queryAll,
  quiz,
  quizAt,
  screenHeading,
  start,
  text,
  visibleText,
} from './quiz-element.helpers.ts';

const headingLevel = (element: Element) => element.getAttribute('aria-level');

describe('<ex-back-quiz> intro', () => {
  it('has a heading at level 2 by default, and a Start button', async () => {
    const el = await quiz();
    const heading = screenHeading(el);
    expect(heading.getAttribute('role')).to.equal('heading');
    expect(headingLevel(heading)).to.equal('2');
    expect(text(heading)).to.equal(ui.intro.heading);
    const startButton = button(el, ui.intro.start);
    expect(startButton.type).to.equal('button');
    expect(text(query(el, '.privacy'))).to.equal(ui.intro.privacy);
  });

  it('takes the heading level from heading-level, and nests the others below it', async () => {
    const el = await quiz(html`<ex-back-quiz heading-level="4"></ex-back-quiz>`);
    expect(headingLevel(screenHeading(el))).to.equal('4');
    await start(el);
    expect(headingLevel(screenHeading(el))).to.equal('4');
    const outcome = await quizAt(
      PATHS['dont-go-back'],
      html`<ex-back-quiz heading-level="4"></ex-back-quiz>`,
    );
    expect(headingLevel(screenHeading(outcome))).to.equal('4');
    const levels = queryAll(outcome, '[role="heading"]:not([data-screen-heading])').map(
      headingLevel,
    );
    expect(levels).to.include.members(['5', '6']);
    expect(levels.every((level) => level === '5' || level === '6')).to.equal(true);
  });
});

describe('<ex-back-quiz> question', () => {
  it('is a fieldset whose legend holds the heading, with one labelled radio per option', async () => {
    const el = await quiz();
    await start(el);
    const fieldset = query(el, 'form fieldset');
    const legend = query(el, 'fieldset > legend');
    expectSame(legend.parentElement, fieldset, 'legend parent');
    const heading = screenHeading(el);
    expect(legend.contains(heading)).to.equal(true);
    expect(heading.getAttribute('role')).to.equal('heading');
    expect(headingLevel(heading)).to.equal('2');
    expect(text(heading)).to.equal(questions.safety.heading);

    const inputs = answerInputs(el);
    expect(inputs.map((input) => input.value)).to.deep.equal(Object.keys(questions.safety.options));
    for (const input of inputs) {
      expect(input.type).to.equal('radio');
      expect(fieldset.contains(input)).to.equal(true);
      const label = input.closest('label');
      expect(label == null, `no label around ${input.value}`).to.equal(false);
      expect(text(label)).to.equal(
        questions.safety.options[input.value as keyof typeof questions.safety.options],
      );
    }
    // The hint describes the group.
    expect(fieldset.getAttribute('aria-describedby')).to.equal('hint');
    expect(text(query(el, `#hint`))).to.equal(questions.safety.hint);
  });

  it('uses checkboxes for a multiple-choice question', async () => {
    const el = await quizAt([['safety', 'no']]);
    expect(currentQuestion(el)).to.equal('breakup-reason');
    const inputs = answerInputs(el);
    expect(inputs.length).to.equal(Object.keys(questions['breakup-reason'].options).length);
    for (const input of inputs) {
      expect(input.type).to.equal('checkbox');
      expect(input.closest('label') == null, input.value).to.equal(false);
    }
  });

  it('has a Continue button (not a submit), a Back button and an honest progress line', async () => {
    const el = await quiz();
    await start(el);
    const next = button(el, ui.question.continue);
    // Not a submit: a sandboxed frame without allow-forms blocks submission (see question.ts).
    expect(next.type).to.equal('button');
    expectSame(next.form, query(el, 'form'), 'form of Continue');
    expect(button(el, ui.question.back).type).to.equal('button');
    // At most 8 questions on any path, and one (abuse reported) at the fewest.
    expect(text(query(el, '[part="progress"]'))).to.equal('Question 1, up to 7 more after this');
  });

  it('shows an inline error and stays put when Continue is pressed with nothing chosen', async () => {
    const el = await quiz();
    await start(el);
    expect(shadowHas(el, '#error')).to.equal(false);
    await continueQuiz(el);
    expect(currentQuestion(el)).to.equal('safety');
    const error = query(el, '#error');
    // GOV.UK's error message: "Error:" for screen readers only, then the message.
    expect(text(error)).to.equal('Error: Choose an answer to continue.');
    expect(visibleText(error)).to.equal('Choose an answer to continue.');
    const fieldset = query(el, 'fieldset');
    expect(fieldset.getAttribute('aria-invalid')).to.equal('true');
    expect(fieldset.getAttribute('aria-describedby')?.split(' ')).to.include('error');
    // Focus goes to the message, so it is read as it appears; Tab goes on to the answers.
    expectSame(el.shadowRoot?.activeElement, error, 'focus');
    await continueQuiz(el);
    expectSame(el.shadowRoot?.activeElement, error, 'focus, pressed again');
  });

  it('says "at least one" in the error of a multiple-choice question, and clears it on answer', async () => {
    const el = await quizAt([['safety', 'not-sure']]);
    await continueQuiz(el);
    expect(currentQuestion(el)).to.equal('warning-signs');
    expect(text(query(el, '#error'))).to.equal('Error: Choose at least one answer to continue.');
    answerInputs(el)[0]?.click();
    await continueQuiz(el);
    expect(currentQuestion(el)).to.equal(undefined); // the abuse outcome
    expect(shadowHas(el, '#error')).to.equal(false);
  });

  it('shows the safety panel with the help lines on the warning-signs question', async () => {
    const el = await quizAt([['safety', 'not-sure']]);
    const panel = query(el, '[part="safety-panel"]');
    expect(panel.localName).to.equal('aside');
    expect(text(panel)).to.contain('1-800-799-7233');
  });
});

describe('<ex-back-quiz> outcome', () => {
  it('shows heading, why, the steps (number, title, note, link, full text), answers and Start again', async () => {
    // The guide's steps 9 and 13 are on this page (no guide-url): each step links to its section.
    const sections = [9, 13].map((number) =>
      document.body.appendChild(
        Object.assign(document.createElement('section'), { id: `step-${number}` }),
      ),
    );
    const el = await quizAt(PATHS.reconsider);
    for (const section of sections) section.remove();
    const page = `${location.origin}${location.pathname}${location.search}`;
    const outcome = outcomes.reconsider;
    expect(text(screenHeading(el))).to.equal(outcome.heading);
    expect(headingLevel(screenHeading(el))).to.equal('2');
    expect(text(query(el, '.lead'))).to.equal(outcome.why);

    const items = queryAll(el, 'ol > li');
    expect(items.length).to.equal(2);
    [9, 13].forEach((number, index) => {
      const item = items[index] as HTMLElement;
      const step = guide.steps[number - 1];
      if (!step) throw new Error(`no guide step ${number}`);
      expect(text(item.querySelector('.step-number'))).to.equal(ui.outcome.stepLabel(number));
      expect(text(item.querySelector('.step-title'))).to.equal(
        `${ui.outcome.stepLabel(number)} ${step.title}`,
      );
      const note = outcome.stepNotes[number as keyof typeof outcome.stepNotes];
      expect(text(item.querySelector(':scope > p'))).to.equal(note);
      const link = item.querySelector('a');
      // On this document, whatever its base URL (see attributes.ts stepLink).
      expect(link?.getAttribute('href')).to.equal(`${page}#step-${number}`);
      expect(text(link)).to.equal(ui.outcome.readInGuide(number));
      const details = item.querySelector('details');
      expect(details?.open).to.equal(false);
      expect(text(details?.querySelector('summary'))).to.equal(ui.outcome.showFullStep);
      const paragraphs = [...(details?.querySelectorAll('p') ?? [])].map((p) => p.textContent);
      expect(paragraphs).to.deep.equal([...step.body]);
    });

    const answered = PATHS.reconsider.map(([question]) => question);
    const terms = queryAll(el, 'dl.answers dt').map(text);
    expect(terms).to.deep.equal(answered.map((question) => questions[question].heading));
    const changes = queryAll<HTMLButtonElement>(el, 'dl.answers dd button');
    expect(changes.map(visibleText)).to.deep.equal(answered.map(() => ui.outcome.change));
    // Each Change names its question for screen readers.
    expect(text(changes[0])).to.equal(
      `${ui.outcome.change}${ui.outcome.changeContext(questions.safety.heading)}`.replace(
        /\s+/g,
        ' ',
      ),
    );
    // Both chosen reasons are listed.
    expect(text(queryAll(el, 'dl.answers dd > span')[1])).to.contain(
      questions['breakup-reason'].options.fighting,
    );
    expect(button(el, ui.outcome.restart).type).to.equal('button');
    expect(shadowHas(el, '[part="safety-panel"]')).to.equal(false);
  });

  it('without guide-url or the step sections on the page, shows no step link but every full text', async () => {
    const el = await quizAt(PATHS.reconsider);
    expect(queryAll(el, 'ol.steps a').length, 'step links').to.equal(0);
    const texts = queryAll(el, 'ol.steps details').map((details) =>
      [...details.querySelectorAll('p')].map((p) => p.textContent),
    );
    expect(texts).to.deep.equal(
      [9, 13].map((number) => [...(guide.steps[number - 1]?.body ?? [])]),
    );
  });

  it('shows the default help lines on the abuse outcome', async () => {
    const el = await quizAt(PATHS['dont-go-back']);
    const panel = query(el, '[part="safety-panel"]');
    const links = [...panel.querySelectorAll('a')].map((link) => [
      text(link),
      link.getAttribute('href'),
      link.getAttribute('aria-label'),
    ]);
    // Written out from the services' own numbers, so a typo in content/ui.ts fails here. Each
    // link's name also says which service it reaches, heard alone in a list of links.
    const US_HOTLINE = 'National Domestic Violence Hotline (US)';
    const LOVEISRESPECT = 'loveisrespect (US, for young people)';
    expect(links).to.deep.equal([
      ['Call 911 (US)', 'tel:911', 'Call 911 (US), In danger right now'],
      ['Call 999 (UK)', 'tel:999', 'Call 999 (UK), In danger right now'],
      [
        'Call 1-800-799-7233 (SAFE)',
        'tel:+18007997233',
        `Call 1-800-799-7233 (SAFE), ${US_HOTLINE}`,
      ],
      ['Text START to 88788', 'sms:88788?&body=START', `Text START to 88788, ${US_HOTLINE}`],
      ['thehotline.org', 'https://www.thehotline.org/', `thehotline.org, ${US_HOTLINE}`],
      ['Call 1-866-331-9474', 'tel:+18663319474', `Call 1-866-331-9474, ${LOVEISRESPECT}`],
      ['Text LOVEIS to 22522', 'sms:22522?&body=LOVEIS', `Text LOVEIS to 22522, ${LOVEISRESPECT}`],
      [
        'Call 0808 2000 247',
        'tel:+448082000247',
        'Call 0808 2000 247, National Domestic Abuse Helpline (UK)',
      ],
    ]);
    for (const number of [
      '1-800-799-7233',
      'START to 88788',
      '1-866-331-9474',
      'LOVEIS to 22522',
    ]) {
      expect(text(panel)).to.contain(number);
    }
    for (const number of ['0808 2000 247', '911', '999', 'thehotline.org']) {
      expect(text(panel)).to.contain(number);
    }
  });

  it('lets the page replace the help lines through the resources slot', async () => {
    const el = await quizAt(
      PATHS['dont-go-back'],
      html`<ex-back-quiz><p slot="resources">Call our local line: 0000</p></ex-back-quiz>`,
    );
    const slot = query<HTMLSlotElement>(el, 'slot[name="resources"]');
    expect(slot.assignedElements().map(text)).to.deep.equal(['Call our local line: 0000']);
  });
});

describe('<ex-back-quiz> focus is visible', () => {
  afterEach(() => emulateMedia({ colorScheme: 'light' }));

  /** The outline a control shows: style, width and colour, as computed. */
  function ring(element: Element | null | undefined): string {
    if (!element) return 'nothing focused';
    const { outlineStyle, outlineWidth, outlineColor } = getComputedStyle(element);
    return `${outlineStyle} ${outlineWidth} ${outlineColor}`;
  }

  /** Tabs from the page until `target` has focus in the shadow root. */
  async function tabTo(el: ExBackQuiz, target: Element) {
    (document.activeElement as HTMLElement | null)?.blur();
    for (let i = 0; i < 5 && el.shadowRoot?.activeElement !== target; i += 1) {
      await sendKeys({ press: 'Tab' });
    }
    expectSame(el.shadowRoot?.activeElement, target, 'focused by Tab');
  }

  // The README's defaults: --quiz-focus is #b3261e (light) and #ffb4ab (dark); the ring is 3 px.
  it('rings a button reached by Tab, and the heading focused after Start, in #b3261e', async () => {
    const el = await quiz();
    const startButton = button(el, ui.intro.start);
    await tabTo(el, startButton);
    expect(ring(startButton)).to.equal('solid 3px rgb(179, 38, 30)');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expectSame(el.shadowRoot?.activeElement, screenHeading(el), 'heading focused');
    expect(ring(screenHeading(el))).to.equal('solid 3px rgb(179, 38, 30)');
    await sendKeys({ press: 'Tab' });
    expect(ring(el.shadowRoot?.activeElement)).to.equal('solid 3px rgb(179, 38, 30)');
  });

  it('rings in #ffb4ab when the reader prefers dark', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const el = await quiz();
    const startButton = button(el, ui.intro.start);
    await tabTo(el, startButton);
    expect(ring(startButton)).to.equal('solid 3px rgb(255, 180, 171)');
  });

  it('rings in #ffb4ab with theme="dark" when the reader prefers light', async () => {
    const el = await quiz(html`<ex-back-quiz theme="dark"></ex-back-quiz>`);
    const startButton = button(el, ui.intro.start);
    await tabTo(el, startButton);
    expect(ring(startButton)).to.equal('solid 3px rgb(255, 180, 171)');
  });
});

describe('<ex-back-quiz> theme', () => {
  afterEach(() => emulateMedia({ colorScheme: 'light' }));

  // The README's defaults: --quiz-background #ffffff (light), #1c1a21 (dark).
  const LIGHT = 'rgb(255, 255, 255)';
  const DARK = 'rgb(28, 26, 33)';

  /** The card's background and color-scheme, as computed: what the reader and native controls get. */
  function cardLook(el: ExBackQuiz): string {
    const { backgroundColor, colorScheme } = getComputedStyle(query(el, '[part~="card"]'));
    return `${colorScheme} ${backgroundColor}`;
  }

  it('is light for a reader who prefers light, dark for one who prefers dark (auto)', async () => {
    expect(cardLook(await quiz())).to.equal(`light ${LIGHT}`);
    await emulateMedia({ colorScheme: 'dark' });
    expect(cardLook(await quiz())).to.equal(`dark ${DARK}`);
  });

  it("follows the reader's preference live while on the page, not once removed", async () => {
    const el = await quiz();
    await emulateMedia({ colorScheme: 'dark' });
    await waitUntil(() => cardLook(el) === `dark ${DARK}`, 'turns dark with the reader');
    await emulateMedia({ colorScheme: 'light' });
    await waitUntil(() => cardLook(el) === `light ${LIGHT}`, 'turns light again');

    const parent = el.parentElement as HTMLElement;
    el.remove();
    let updates = 0;
    const requestUpdate = el.requestUpdate.bind(el);
    el.requestUpdate = (...args: Parameters<typeof requestUpdate>) => {
      updates += 1;
      requestUpdate(...args);
    };
    await emulateMedia({ colorScheme: 'dark' });
    await aTimeout(50);
    expect(updates, 'updates asked for while removed').to.equal(0);
    parent.append(el);
    await waitUntil(() => cardLook(el) === `dark ${DARK}`, 'dark once back on the page');
  });

  it('theme="dark" and theme="light" win over the reader, and follow the attribute', async () => {
    const el = await quiz(html`<ex-back-quiz theme="dark"></ex-back-quiz>`);
    expect(cardLook(el)).to.equal(`dark ${DARK}`);
    await emulateMedia({ colorScheme: 'dark' });
    el.setAttribute('theme', 'light');
    await el.updateComplete;
    expect(cardLook(el)).to.equal(`light ${LIGHT}`);
    el.removeAttribute('theme');
    await el.updateComplete;
    expect(cardLook(el)).to.equal(`dark ${DARK}`);
  });

  it("auto follows the color-scheme the page declares for it, over the reader's", async () => {
    await emulateMedia({ colorScheme: 'light' });
    const page = await fixture<HTMLElement>(html`
      <div>
        <div style="color-scheme: dark"><ex-back-quiz></ex-back-quiz></div>
        <div style="color-scheme: light dark"><ex-back-quiz></ex-back-quiz></div>
        <div style="color-scheme: dark"><ex-back-quiz theme="light"></ex-back-quiz></div>
      </div>
    `);
    const [dark, both, light] = [...page.querySelectorAll<ExBackQuiz>('ex-back-quiz')];
    for (const el of [dark, both, light]) await el?.updateComplete;
    expect([dark, both, light].map((el) => el && cardLook(el))).to.deep.equal([
      `dark ${DARK}`,
      `light ${LIGHT}`,
      `light ${LIGHT}`,
    ]);
  });

  it('a bad theme is auto, with one warning', async () => {
    let el: ExBackQuiz | undefined;
    const warnings = await capture('warn', async () => {
      el = await quiz(html`<ex-back-quiz theme="purple"></ex-back-quiz>`);
      await start(el);
    });
    expect(el && cardLook(el)).to.equal(`light ${LIGHT}`);
    expect(warnings.map((args) => args.join(' '))).to.deep.equal([
      '<ex-back-quiz>: theme "purple" is not light, dark or auto; using auto.',
    ]);
  });

  it('a colour set on the element applies to both themes', async () => {
    const template = (theme: string) =>
      html`<ex-back-quiz theme=${theme} style="--quiz-accent: #1d6b4f"></ex-back-quiz>`;
    for (const theme of ['light', 'dark']) {
      const el = await quiz(template(theme));
      const primary = button(el, ui.intro.start);
      expect(getComputedStyle(primary).backgroundColor, theme).to.equal('rgb(29, 107, 79)');
    }
  });
});

describe('<ex-back-quiz> language and direction', () => {
  it("declares the content's language and direction on the card and the live region", async () => {
    const el = await quiz();
    for (const selector of ['[part~="card"]', '[role="status"]']) {
      const element = query(el, selector);
      expect([element.lang, element.dir], selector).to.deep.equal([ui.lang, ui.dir]);
    }
  });

  it('reads left to right on a right-to-left page, where the page puts it', async () => {
    const page = await fixture<HTMLElement>(
      html`<div lang="ar" dir="rtl"><ex-back-quiz></ex-back-quiz></div>`,
    );
    const el = page.querySelector('ex-back-quiz') as ExBackQuiz;
    await el.updateComplete;
    expect(getComputedStyle(el).direction, 'the host, in the page').to.equal('rtl');
    expect(getComputedStyle(screenHeading(el)).direction, 'the content').to.equal('ltr');
  });
});

describe('<ex-back-quiz> accessibility (axe)', () => {
  it('intro', async () => {
    const el = await quiz();
    await expect(el).to.be.accessible();
  });

  it('intro with heading-level="1"', async () => {
    const el = await quiz(html`<ex-back-quiz heading-level="1"></ex-back-quiz>`);
    await expect(el).to.be.accessible();
  });

  it('first question', async () => {
    const el = await quiz();
    await start(el);
    await expect(el).to.be.accessible();
  });

  it('first question with its error', async () => {
    const el = await quiz();
    await start(el);
    await continueQuiz(el);
    expect(shadowHas(el, '#error')).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('warning-signs question with its safety panel', async () => {
    const el = await quizAt([['safety', 'not-sure']]);
    expect(shadowHas(el, '[part="safety-panel"]')).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('a multiple-choice question with some answers checked', async () => {
    const el = await quizAt([
      ['safety', 'no'],
      ['breakup-reason', 'circumstances'],
      ['past-hurt', 'no'],
    ]);
    expect(currentQuestion(el)).to.equal('motives');
    answerInputs(el)[0]?.click();
    answerInputs(el)[1]?.click();
    await expect(el).to.be.accessible();
  });

  it('the abuse outcome', async () => {
    const el = await quizAt(PATHS['dont-go-back']);
    await expect(el).to.be.accessible();
  });

  it('the first question and the abuse outcome with theme="dark"', async () => {
    const dark = html`<ex-back-quiz theme="dark"></ex-back-quiz>`;
    const question = await quiz(dark);
    await start(question);
    await expect(question).to.be.accessible();
    await expect(await quizAt(PATHS['dont-go-back'], dark)).to.be.accessible();
  });

  it('the abuse outcome with a step expanded', async () => {
    const el = await quizAt(PATHS['dont-go-back']);
    query<HTMLDetailsElement>(el, 'details').open = true;
    await expect(el).to.be.accessible();
  });

  it('the rebuild outcome', async () => {
    const el = await quizAt(PATHS.rebuild);
    await expect(el).to.be.accessible();
  });

  it('the move-on outcome with heading-level="1"', async () => {
    const el = await quizAt(
      PATHS['move-on'],
      html`<ex-back-quiz heading-level="1"></ex-back-quiz>`,
    );
    expect(headingLevel(screenHeading(el))).to.equal('1');
    await expect(el).to.be.accessible();
  });

  it('a question with heading-level="1"', async () => {
    const el = await quiz(html`<ex-back-quiz heading-level="1"></ex-back-quiz>`);
    await start(el);
    await expect(el).to.be.accessible();
  });
});

/** Elements the widget may render; anything else would mean content was parsed as HTML. */
const ALLOWED = new Set([
  'div',
  'section',
  'form',
  'fieldset',
  'legend',
  'p',
  'label',
  'input',
  'span',
  'button',
  'aside',
  'slot',
  'ul',
  'ol',
  'li',
  'strong',
  'a',
  'details',
  'summary',
  'dl',
  'dt',
  'dd',
]);

const unexpectedElements = (el: ExBackQuiz) =>
  queryAll(el, '*')
    .map((element) => element.localName)
    .filter((name) => !ALLOWED.has(name));

describe('<ex-back-quiz> renders content as text', () => {
  it('shows each question heading and option as plain text', async () => {
    const el = await quiz();
    await start(el);
    const seen = new Set<QuestionId>();
    // Walk a path that shows many questions; each heading is a single text node.
    for (const [question, ...choices] of [['safety', 'not-sure'], ...PATHS['move-on'].slice(1)]) {
      const id = question as QuestionId;
      expect(currentQuestion(el)).to.equal(id);
      const heading = screenHeading(el);
      expect(heading.textContent).to.equal(questions[id].heading);
      expect(heading.children.length).to.equal(0);
      for (const label of queryAll(el, 'label.option > span')) {
        expect(label.children.length).to.equal(0);
      }
      expect(unexpectedElements(el)).to.deep.equal([]);
      for (const choice of choices)
        answerInputs(el)
          .find((i) => i.value === choice)
          ?.click();
      await continueQuiz(el);
      seen.add(id);
    }
    expect(seen.size).to.equal(5);
    expect(unexpectedElements(el)).to.deep.equal([]);
  });

  it('shows outcome and guide text as text, with no unexpected elements', async () => {
    const el = await quizAt(PATHS.rebuild);
    expect(screenHeading(el).textContent).to.equal(outcomes.rebuild.heading);
    expect(query(el, '.lead').children.length).to.equal(0);
    for (const paragraph of queryAll(el, 'details p')) {
      expect(paragraph.children.length).to.equal(0);
    }
    expect(unexpectedElements(el)).to.deep.equal([]);
  });

  it('shows markup in content as literal text (as a translation might contain)', async () => {
    // Content is plain data; swap in strings with markup for this test only.
    const safety = questions.safety as unknown as { heading: string; options: { no: string } };
    const outcome = outcomes['let-go'] as unknown as { why: string };
    const saved = { heading: safety.heading, no: safety.options.no, why: outcome.why };
    safety.heading = '<b id="bold">Has he</b> ever & always?';
    safety.options.no = '<img src=x id="pic"> No';
    outcome.why = '<script>window.pwned = true</script>Why';
    try {
      const el = await quiz();
      await start(el);
      expect(screenHeading(el).textContent).to.equal(safety.heading);
      expect(text(input(el, 'no').closest('label'))).to.equal(safety.options.no);
      await choose(el, 'no');
      await continueQuiz(el);
      await choose(el, 'hurtful');
      await continueQuiz(el);
      expect(query(el, '.lead').textContent).to.equal(outcome.why);
      expect(unexpectedElements(el)).to.deep.equal([]);
      expect((window as { pwned?: boolean }).pwned).to.equal(undefined);
    } finally {
      safety.heading = saved.heading;
      safety.options.no = saved.no;
      outcome.why = saved.why;
    }
  });

  it('treats markup in an attribute as text, not HTML', async () => {
    const el = await quizAt(
      PATHS['let-go'],
      html`<ex-back-quiz guide-url='"><img src=x id=injected>'></ex-back-quiz>`,
    );
    expect(shadowHas(el, 'img')).to.equal(false);
    expect(document.getElementById('injected') == null).to.equal(true);
    expect(unexpectedElements(el)).to.deep.equal([]);
  });
});

function shadowHas(el: ExBackQuiz, selector: string): boolean {
  return el.shadowRoot?.querySelector(selector) != null;
}
