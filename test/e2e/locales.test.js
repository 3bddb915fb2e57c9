// Every screen of the built embeds in every language, in Chromium at 320 px: English
// (dist/ex-back-quiz.js), Spanish (dist/ex-back-quiz.es.js) and the two pseudo-locales
// (dist/test-locales/). Each plays every reader path of test/reader-paths.js: the intro, each
// question, the error on Continue with nothing chosen (once per question), each outcome with every
// step opened, the safety panel. On each screen:
// - what it says is that locale's content (loaded from source, test/e2e/locale-content.js), and
//   the progress line is the locale's own function on the numbers of the hand-written English line;
// - in a pseudo-locale, no text outside brackets: a string that did not come from the locale
//   (hard-coded English, a sentence glued from pieces) has none;
// - nothing sticks out, overflows or is cut;
// - which side things sit on: the option's input before its label, Continue and Start at the
//   inline start, the step cards' and safety panel's thick border on the inline start. Left in
//   English, Spanish and en-XA; right, mirrored, in ar-XB.
// A few Spanish strings are written out here by hand, so English shipped as `es` fails.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { LOCALES, localeEmbedFile } from '../../scripts/embed-config.js';
import { READER_PATHS } from '../reader-paths.js';
import {
  assertClean,
  launchBrowser,
  layoutProblems,
  openPage,
  serveEmbedPages,
  start,
  startServer,
  waitForWidget,
} from './helpers.js';
import { loadLocaleContent, progressArguments } from './locale-content.js';

/** Each language's embed: English, then LOCALES (published and pseudo) as the build writes them. */
const EMBEDS = [
  { tag: 'en', file: 'dist/ex-back-quiz.js', pseudo: false },
  ...LOCALES.map((locale) => ({
    tag: locale.tag,
    file: localeEmbedFile(locale),
    pseudo: !locale.ship,
  })),
];

/** Spanish as the reader sees it, written out by hand: not read from any module. */
const SPANISH = {
  introHeading: '¿Deberías intentar volver con él?',
  start: 'Empezar',
  firstQuestion: '¿Alguna vez te hizo daño, te amenazó, te controló o te hizo sentir miedo?',
  firstProgress: 'Pregunta 1, hasta 7 más después de esta',
  yes: 'Sí',
  firstOutcome: 'Por favor, no vuelvas a esta relación',
};

/** The guide's step sections that step links lead to, as on an article page. */
const STEP_TARGETS = Array.from(
  { length: 15 },
  (_, index) => `<section id="step-${index + 1}"><h2>${index + 1}</h2></section>`,
).join('\n    ');

/** Continue on a question screen, found by its part, not by its words (they are the locale's). */
const continueButton = (widget) => widget.locator('button[part~="primary-button"]');

/** Checks `values` and presses Continue; waits for the next screen (it has another heading). */
async function answerIn(widget, values) {
  const heading = await widget.locator('[data-screen-heading]').textContent();
  for (const value of values) await widget.locator(`input[value="${value}"]`).check();
  await continueButton(widget).click();
  await widget
    .locator('[data-screen-heading]')
    .filter({ hasNotText: heading ?? '' })
    .waitFor({ state: 'visible' });
}

let site;
let origin;
let demo;
let browser;
/** What each locale's play saw, by tag, for the tests after it. */
const played = new Map();

before(async () => {
  // A plain English, left-to-right host page per language, each with its embed beside it.
  site = await serveEmbedPages(
    'locales',
    EMBEDS,
    ({ tag }, src) => `<!doctype html>
<html lang="en" dir="ltr">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>The quiz in ${tag}</title>
    <link rel="icon" href="data:," />
  </head>
  <body>
    <ex-back-quiz></ex-back-quiz>
    ${STEP_TARGETS}
    <script type="module" src="${src}"></script>
  </body>
</html>
`,
  );
  origin = site.origin;
  demo = await startServer();
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  site?.close();
  demo?.server.close();
});

/**
 * Runs in the page: what the widget's current screen shows, and where things sit.
 * @param {HTMLElement} host
 */
function inspectScreen(host) {
  const root = /** @type {ShadowRoot} */ (host.shadowRoot);
  const clean = (/** @type {string | null | undefined} */ text) =>
    text?.replace(/\s+/g, ' ').trim() ?? null;
  const textOf = (/** @type {string} */ selector, scope = /** @type {ParentNode} */ (root)) =>
    clean(scope.querySelector(selector)?.textContent);
  const textsOf = (/** @type {string} */ selector, scope = /** @type {ParentNode} */ (root)) =>
    [...scope.querySelectorAll(selector)].map((element) => clean(element.textContent));
  const card = /** @type {HTMLElement} */ (root.querySelector('[part~="card"]'));

  // Every text node, the visually hidden ones too (screen readers read them).
  const texts = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const node = /** @type {Text} */ (walker.currentNode);
    if (node.data.trim() && !node.parentElement?.closest('style')) texts.push(node.data);
  }

  // Text cut: a box that hides overflow (and is not the visually-hidden pattern) holding more.
  const cut = [];
  for (const element of card.querySelectorAll('*')) {
    if (element.closest('.visually-hidden')) continue;
    const style = getComputedStyle(element);
    const hides = style.overflowX !== 'visible' || style.overflowY !== 'visible';
    const ellipsis = style.textOverflow === 'ellipsis';
    if (
      (hides || ellipsis) &&
      (element.scrollWidth > element.clientWidth + 1 ||
        element.scrollHeight > element.clientHeight + 1)
    ) {
      cut.push(`${element.tagName.toLowerCase()}.${element.className}: text cut`);
    }
  }

  // Sides: which edge of its box something sits nearer to, and which border is thicker.
  const nearer = (/** @type {Element} */ element, /** @type {Element} */ box) => {
    const inner = element.getBoundingClientRect();
    const outer = box.getBoundingClientRect();
    return inner.left - outer.left <= outer.right - inner.right ? 'left' : 'right';
  };
  const thicker = (/** @type {Element} */ element) => {
    const style = getComputedStyle(element);
    const left = Number.parseFloat(style.borderLeftWidth);
    const right = Number.parseFloat(style.borderRightWidth);
    return left === right ? 'equal' : left > right ? 'left' : 'right';
  };
  const screen = /** @type {Element} */ (root.querySelector('.screen'));
  const primary = root.querySelector('button[part~="primary-button"]');
  const sides = {
    options: [...root.querySelectorAll('.option')].map((option) => {
      const input = /** @type {Element} */ (option.querySelector('input')).getBoundingClientRect();
      const label = /** @type {Element} */ (option.querySelector('span')).getBoundingClientRect();
      return input.left + input.width / 2 < label.left + label.width / 2 ? 'left' : 'right';
    }),
    primary: primary ? nearer(primary, primary.closest('.actions') ?? screen) : null,
    borders: [...root.querySelectorAll('.step, .safety, .error')].map((element) => ({
      what: element.className,
      thicker: thicker(element),
    })),
  };

  return {
    lang: card.getAttribute('lang'),
    dir: card.getAttribute('dir'),
    direction: getComputedStyle(card).direction,
    texts,
    cut,
    sides,
    status: textOf('[role="status"]'),
    exit: textOf('button[part~="exit-button"]'),
    exitHint: textOf('.quick-exit .hint'),
    heading: textOf('[data-screen-heading]'),
    lead: textOf('.screen > .lead'),
    paragraphs: textsOf('.screen > p:not(.lead)'),
    progress: textOf('[part~="progress"]'),
    hint: textOf('fieldset .hint'),
    error: textOf('[part~="error"]'),
    options: textsOf('.option span'),
    primary: textOf('button[part~="primary-button"]'),
    secondary: textOf('button.secondary'),
    subheadings: textsOf('.screen > .subheading'),
    safety: root.querySelector('.safety')
      ? {
          heading: textOf('.safety .subheading'),
          names: textsOf('.help-lines strong'),
          contacts: [...root.querySelectorAll('.help-lines a')].map((link) => ({
            label: clean(link.textContent),
            name: clean(link.getAttribute('aria-label')),
            href: link.getAttribute('href'),
          })),
        }
      : null,
    steps: [...root.querySelectorAll('li.step')].map((step) => {
      const label = textOf('.step-number', step);
      return {
        label,
        title: clean(textOf('.step-title', step)?.slice(label?.length ?? 0)),
        note: textOf(':scope > p', step),
        link: textOf('a[part~="step-link"]', step),
        target: /** @type {HTMLAnchorElement | null} */ (step.querySelector('a[part~="step-link"]'))
          ?.hash,
        summary: textOf('summary', step),
        body: textsOf('details p', step),
      };
    }),
    answers: [...root.querySelectorAll('.answer')].map((row) => ({
      question: textOf('dt', row),
      answer: textOf('dd > span', row),
      change: textOf('button', row),
    })),
  };
}

/** Text of a pseudo-locale that is outside every bracket (bidi controls ignored), else null. */
function unbracketed(/** @type {string} */ text) {
  let rest = text.replace(/[\u200E\u200F\u202A-\u202E\u2066-\u2069]/g, '');
  let before;
  do {
    before = rest;
    rest = rest.replace(/\[[^[\]]*\]/g, '');
  } while (rest !== before);
  return /[\p{L}\p{N}]/u.test(rest) ? text : null;
}

const clean = (/** @type {string} */ text) => text.replace(/\s+/g, ' ').trim();

/** Plays every reader path in `tag`; returns what it saw. Asserts the text on each screen. */
async function playEverything({ tag, pseudo }) {
  const content = await loadLocaleContent(tag);
  const { ui, guide, questions, outcomes, helpLines } = content;
  const { context, page, log } = await openPage(browser, { viewport: { width: 320, height: 640 } });
  const screens = [];
  const errorShown = new Set();
  try {
    const widget = page.locator('ex-back-quiz');
    /** Inspects the current screen, checks its quick exit bar and layout, and keeps it. */
    const look = async (/** @type {string} */ name) => {
      const seen = await widget.evaluate(inspectScreen);
      assert.equal(seen.exit, clean(ui.quickExit.button), `${tag} ${name}: exit button`);
      assert.equal(seen.exitHint, clean(ui.quickExit.hint), `${tag} ${name}: exit hint`);
      const layout = await layoutProblems(widget);
      screens.push({ name, ...seen, layout });
      return seen;
    };
    const checkSafety = (/** @type {any} */ seen, /** @type {string} */ name) => {
      assert.deepEqual(
        seen.safety,
        {
          heading: clean(ui.safety.heading),
          names: helpLines.map((/** @type {any} */ line) => clean(line.name)),
          contacts: helpLines.flatMap((/** @type {any} */ line) =>
            line.contacts.map((/** @type {any} */ contact) => ({
              label: clean(contact.label),
              name: clean(ui.safety.contactName(contact.label, line.name)),
              href: contact.href,
            })),
          ),
        },
        `${tag} ${name}: safety panel`,
      );
    };

    for (const [name, path] of Object.entries(READER_PATHS)) {
      await page.goto(`${origin}/${tag}.html`);
      await waitForWidget(widget);

      const intro = await look(`${name}: intro`);
      assert.equal(intro.heading, clean(ui.intro.heading), `${tag} intro heading`);
      assert.equal(intro.lead, clean(ui.intro.lead), `${tag} intro lead`);
      assert.deepEqual(
        intro.paragraphs,
        [ui.intro.length(8), ui.intro.privacy, ui.quickExit.honesty].map(clean),
        `${tag} intro: length, privacy, quick exit's honesty`,
      );
      assert.equal(intro.primary, clean(ui.intro.start), `${tag} Start`);
      await start(widget);

      for (const [index, [question, ...choices]] of path.answers.entries()) {
        const text = questions[question];
        const where = `${tag} ${name}: question ${question}`;
        let seen = await look(`${name}: ${question}`);
        const progress = ui.question.progress(...progressArguments(path.progress[index]));
        assert.equal(seen.heading, clean(text.heading), `${where}: heading`);
        assert.equal(seen.hint, text.hint ? clean(text.hint) : null, `${where}: hint`);
        assert.deepEqual(seen.options, Object.values(text.options).map(clean), `${where}: options`);
        assert.equal(seen.progress, clean(progress), `${where}: progress`);
        assert.equal(seen.status, clean(progress), `${where}: the live region says the progress`);
        assert.equal(seen.primary, clean(ui.question.continue), `${where}: Continue`);
        assert.equal(seen.secondary, clean(ui.question.back), `${where}: Back`);
        if (question === 'warning-signs') checkSafety(seen, question);

        if (!errorShown.has(question)) {
          errorShown.add(question);
          await continueButton(widget).click();
          await widget.locator('[part~="error"]').waitFor({ state: 'visible' });
          seen = await look(`${name}: ${question}, nothing chosen`);
          const error = text.kind === 'single' ? ui.question.errorSingle : ui.question.errorMulti;
          assert.equal(
            seen.error,
            clean(`${ui.question.errorPrefix} ${error}`),
            `${where}: the error, "Error:" first for screen readers`,
          );
        }
        await answerIn(widget, choices);
      }

      await page.waitForFunction(() => window.__completes.length > 0);
      const complete = await page.evaluate(() => window.__completes[0]);
      assert.deepEqual(
        { outcome: complete.outcome, steps: complete.steps },
        { outcome: path.outcome, steps: path.steps },
        `${tag} ${name}: quiz-complete`,
      );
      await widget.evaluate((host) => {
        for (const details of host.shadowRoot?.querySelectorAll('details') ?? []) {
          details.open = true;
        }
      });
      const outcome = outcomes[path.outcome];
      const seen = await look(`${name}: outcome ${path.outcome}`);
      const where = `${tag} ${name}: outcome`;
      assert.equal(seen.heading, clean(outcome.heading), `${where}: heading`);
      assert.equal(seen.lead, clean(outcome.why), `${where}: why`);
      assert.equal(seen.status, '', `${where}: nothing more said than the focused heading`);
      assert.deepEqual(
        seen.subheadings,
        [ui.outcome.stepsHeading, ui.outcome.answersHeading].map(clean),
        `${where}: subheadings`,
      );
      assert.deepEqual(
        seen.steps,
        path.steps.map((number) => ({
          label: clean(ui.outcome.stepLabel(number)),
          title: clean(guide.steps[number - 1].title),
          note: clean(outcome.stepNotes[number]),
          link: clean(ui.outcome.readInGuide(number)),
          target: `#step-${number}`,
          summary: clean(ui.outcome.showFullStep),
          body: guide.steps[number - 1].body.map(clean),
        })),
        `${where}: the guide's steps`,
      );
      assert.deepEqual(
        seen.answers,
        path.answers.map(([question, ...choices]) => ({
          question: clean(questions[question].heading),
          // In the options' order, as the form gives them.
          answer: clean(
            Object.entries(questions[question].options)
              .filter(([id]) => choices.includes(id))
              .map(([, label]) => label)
              .join('; '),
          ),
          change: clean(ui.outcome.change + ui.outcome.changeContext(questions[question].heading)),
        })),
        `${where}: the reader's answers`,
      );
      assert.equal(seen.primary, clean(ui.outcome.restart), `${where}: Start again`);
      if (outcome.showSafetyPanel) checkSafety(seen, path.outcome);
      else assert.equal(seen.safety, null, `${where}: no safety panel`);
    }
    await assertClean(page, log, origin);
  } finally {
    await context.close();
  }

  const result = { ui, screens };
  played.set(tag, result);

  // Every screen: nothing sticks out or is cut; in a pseudo-locale, every text bracketed.
  const problems = screens.flatMap((screen) => [
    ...screen.layout,
    ...screen.cut.map((/** @type {string} */ problem) => `${screen.name}: ${problem}`),
    ...(pseudo
      ? screen.texts
          .map(unbracketed)
          .filter(Boolean)
          .map((/** @type {string} */ text) => `${screen.name}: not from the locale: "${text}"`)
      : []),
  ]);
  assert.deepEqual([...new Set(problems)], [], `${tag}: problems on its screens`);
  return result;
}

/** Where things sit on each screen that are not on `side` (the inline start). */
function misplaced(/** @type {any[]} */ screens, /** @type {'left' | 'right'} */ side) {
  return screens.flatMap(({ name, sides }) => [
    ...sides.options
      .filter((/** @type {string} */ at) => at !== side)
      .map(() => `${name}: an option's input is on the ${side === 'left' ? 'right' : 'left'}`),
    ...(sides.primary && sides.primary !== side
      ? [`${name}: the primary button is on the ${sides.primary}`]
      : []),
    ...sides.borders
      .filter(({ what, thicker }) => thicker !== side && (thicker !== 'equal' || what === 'safety'))
      .map(({ what, thicker }) => `${name}: .${what}'s thicker border is ${thicker}`),
  ]);
}

for (const embed of EMBEDS) {
  test(`${embed.tag}: every screen of every path, at 320 px, says the locale's text and fits`, async () => {
    const { screens } = await playEverything(embed);
    if (embed.tag === 'ar-XB') return; // its sides are the next test's
    assert.deepEqual([...new Set(misplaced(screens, 'left'))], [], `${embed.tag}: left to right`);
  });
}

test('es: Spanish on the screens, as written out by hand (English shipped as es fails)', async () => {
  const { context, page, log } = await openPage(browser, { viewport: { width: 320, height: 640 } });
  try {
    await page.goto(`${origin}/es.html`);
    const widget = page.locator('ex-back-quiz');
    await waitForWidget(widget);
    const intro = await widget.evaluate(inspectScreen);
    assert.equal(intro.heading, SPANISH.introHeading);
    assert.equal(intro.primary, SPANISH.start);
    await start(widget);
    const first = await widget.evaluate(inspectScreen);
    assert.equal(first.heading, SPANISH.firstQuestion);
    assert.equal(first.progress, SPANISH.firstProgress);
    assert.equal(first.options[0], SPANISH.yes);
    await answerIn(widget, ['yes']);
    assert.equal((await widget.evaluate(inspectScreen)).heading, SPANISH.firstOutcome);
    await assertClean(page, log, origin);
  } finally {
    await context.close();
  }
  const embed = readFileSync('dist/ex-back-quiz.es.js', 'utf8');
  assert.ok(embed.includes(SPANISH.firstQuestion), 'the Spanish embed holds the Spanish text');
  assert.ok(!embed.includes('Should you try to get back together?'), 'and not the English');
});

for (const { tag } of EMBEDS) {
  test(`${tag}: the card declares the locale's lang and dir`, async () => {
    const result = played.get(tag);
    assert.ok(result, `${tag} was played`);
    const cards = result.screens.map(({ lang, dir }) => ({ lang, dir }));
    for (const card of cards) assert.deepEqual(card, { lang: result.ui.lang, dir: result.ui.dir });
  });
}

test('ar-XB: the layout mirrors: inputs, Continue and Start, thick borders on the right', async () => {
  const result = played.get('ar-XB');
  assert.ok(result, 'ar-XB was played');
  const directions = [...new Set(result.screens.map(({ direction }) => direction))];
  assert.deepEqual(directions, ['rtl'], 'the card lays out right to left on a left-to-right page');
  assert.deepEqual([...new Set(misplaced(result.screens, 'right'))], [], 'mirrored');
});

test('es: the Spanish article, its step links land on its own #step-N sections', async () => {
  const { context, page, log } = await openPage(browser);
  try {
    await page.goto(`${demo.origin}/es.html`);
    assert.equal(await page.getAttribute('html', 'lang'), 'es');
    const sections = await page
      .locator('section[id^="step-"]')
      .evaluateAll((all) => all.map((section) => section.id));
    assert.deepEqual(
      sections,
      Array.from({ length: 15 }, (_, index) => `step-${index + 1}`),
    );
    assert.equal(
      clean((await page.locator('#step-2-title .step-number').textContent()) ?? ''),
      'Paso 2:',
    );
    const widget = page.locator('ex-back-quiz');
    await waitForWidget(widget);
    await start(widget);
    for (const [, ...choices] of READER_PATHS['reach-out'].answers) await answerIn(widget, choices);
    await page.waitForFunction(() => window.__completes.length > 0);
    for (const number of READER_PATHS['reach-out'].steps) {
      await widget.locator(`a[part~="step-link"][href$="#step-${number}"]`).click();
      await page.waitForURL(`${demo.origin}/es.html#step-${number}`);
      const target = await page.evaluate(() => {
        const element = document.querySelector(':target');
        const box = element?.getBoundingClientRect();
        return {
          id: element?.id,
          tag: element?.tagName,
          inView: Boolean(box && box.top >= 0 && box.top < window.innerHeight && box.bottom > 0),
        };
      });
      assert.deepEqual(target, { id: `step-${number}`, tag: 'SECTION', inView: true });
    }
    await assertClean(page, log, demo.origin);
  } finally {
    await context.close();
  }
});
