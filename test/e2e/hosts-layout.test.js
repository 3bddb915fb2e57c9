// How the widget looks and sits on other people's pages (dist/demo/hosts/ and the demo article):
// its theme (attribute, the host's declared color-scheme, the reader's preference) down to the
// native radio; its language and direction on an Arabic page; a 220 px sidebar of a wide page;
// no layout shift from the README's snippet; quick exit in reach on a phone at the end of a long
// outcome.
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import {
  assertClean,
  contrast,
  layoutProblems,
  parseColor,
  serveDemoSite,
  startServer,
  waitForWidget,
} from './helpers.js';
import {
  ANSWERS,
  answerQuestion,
  averageColour,
  card,
  heading,
  holdResponses,
  isDark,
  LONGEST,
  openHostPage,
  playTo,
  startQuiz,
} from './hosts-helpers.js';

const site = serveDemoSite();

/** Opens `path` on the demo server with context `options`; `run` gets page, widget, log, context. */
async function onPage(path, options, run) {
  const { context, page, log } = await openHostPage(site.browser, options);
  try {
    await page.goto(`${site.origin}/${path}`);
    const widget = page.locator('ex-back-quiz').first();
    await waitForWidget(widget);
    await run({ page, widget, log, context });
  } finally {
    await context.close();
  }
}

const style = (locator, property) =>
  locator.evaluate((element, name) => getComputedStyle(element)[name], property);

describe('theme: the theme attribute, else the host’s declared color-scheme, else the reader’s', () => {
  const CASES = [
    { page: 'theme-auto', reader: 'light', dark: false, why: 'nothing declared, reader light' },
    { page: 'theme-auto', reader: 'dark', dark: true, why: 'nothing declared, reader dark' },
    {
      page: 'theme-dark-attribute',
      reader: 'light',
      dark: true,
      why: 'theme="dark", reader light',
    },
    {
      page: 'theme-light-attribute',
      reader: 'dark',
      dark: false,
      why: 'theme="light" on a color-scheme: dark page, reader dark',
    },
    {
      page: 'dark-meta',
      reader: 'light',
      dark: true,
      why: 'auto, <meta name="color-scheme" content="dark">, reader light',
    },
    {
      page: 'dark-root',
      reader: 'light',
      dark: true,
      why: 'auto, :root { color-scheme: dark }, reader light',
    },
  ];

  for (const { page: name, reader, dark, why } of CASES) {
    test(`${name}.html (${why}): the card is ${dark ? 'dark' : 'light'}, and so is an unchecked radio`, async () => {
      await onPage(
        `hosts/${name}.html`,
        { colorScheme: reader },
        async ({ widget, log, page, context }) => {
          const background = parseColor(await style(card(widget), 'backgroundColor'));
          assert.equal(
            isDark(background),
            dark,
            `card background rgb(${background.r}, ${background.g}, ${background.b})`,
          );
          await startQuiz(widget);
          const text = parseColor(await style(heading(widget), 'color'));
          assert.ok(contrast(text, background) >= 4.5, 'the question text is readable on the card');

          // The native radio is drawn by the browser in the colour scheme it inherits. Unchecked,
          // its middle must look like the answer's own surface, not like a filled (checked) dot.
          const radio = widget.locator('input[type="radio"]').first();
          assert.equal(await radio.isChecked(), false);
          const surface = parseColor(
            await style(widget.locator('[part~="option"]').first(), 'backgroundColor'),
          );
          const middle = await averageColour(context, radio);
          const scheme = await style(radio, 'colorScheme');
          const ratio = contrast(middle, surface);
          assert.ok(
            ratio < 2,
            `an unchecked radio’s middle rgb(${middle.r}, ${middle.g}, ${middle.b}) stands out ` +
              `${ratio.toFixed(1)}:1 from its answer’s surface rgb(${surface.r}, ${surface.g}, ` +
              `${surface.b}): it looks checked or glaring (radio color-scheme: ${scheme})`,
          );
          await assertClean(page, log, site.origin);
        },
      );
    });
  }
});

describe('language and direction on an Arabic, right-to-left page', () => {
  /** The nearest lang and dir declared inside the widget's shadow root, above `selector`. */
  function declared(widget, selector) {
    return widget.evaluate((host, selector) => {
      const element = host.shadowRoot.querySelector(selector);
      return {
        lang: element?.closest('[lang]')?.getAttribute('lang') ?? null,
        dir: element?.closest('[dir]')?.getAttribute('dir') ?? null,
        direction: element ? getComputedStyle(element).direction : null,
      };
    }, selector);
  }

  test('the widget declares lang="en" and dir="ltr" inside its shadow root, on every screen', async () => {
    await onPage('hosts/rtl.html', {}, async ({ page, widget, log }) => {
      assert.deepEqual(
        await page.evaluate(() => [document.documentElement.lang, document.dir]),
        ['ar', 'rtl'],
        'the page is Arabic, right to left',
      );
      const expected = { lang: 'en', dir: 'ltr', direction: 'ltr' };
      assert.deepEqual(await declared(widget, '[data-screen-heading]'), expected, 'intro');
      await startQuiz(widget);
      assert.deepEqual(await declared(widget, '[part~="option"]'), expected, 'a question');
      for (const values of ANSWERS['reach-out']) await answerQuestion(widget, values);
      assert.deepEqual(await declared(widget, '[part~="step"]'), expected, 'the outcome');
      await assertClean(page, log, site.origin);
    });
  });

  test('English content reads left to right; the box sits where the page puts blocks (its right)', async () => {
    await onPage('hosts/rtl.html', {}, async ({ page, widget, log }) => {
      await startQuiz(widget);
      const layout = await widget.evaluate((host) => {
        const root = host.shadowRoot;
        const cardElement = root.querySelector('[part~="card"]');
        const cardStyle = getComputedStyle(cardElement);
        const contentLeft =
          cardElement.getBoundingClientRect().left +
          Number.parseFloat(cardStyle.borderLeftWidth) +
          Number.parseFloat(cardStyle.paddingLeft);
        const title = root.querySelector('[data-screen-heading]');
        const range = document.createRange();
        range.selectNodeContents(title);
        const option = root.querySelector('[part~="option"]');
        const input = option.querySelector('input').getBoundingClientRect();
        const label = option.querySelector('span').getBoundingClientRect();
        const parent = host.parentElement;
        const parentStyle = getComputedStyle(parent);
        const parentRight =
          parent.getBoundingClientRect().right - Number.parseFloat(parentStyle.paddingRight);
        return {
          radioBeforeLabel: input.left < label.left,
          questionStartsLeft: Math.abs(range.getClientRects()[0].left - contentLeft) < 2,
          hostAtPageStart: Math.abs(host.getBoundingClientRect().right - parentRight) < 1,
        };
      });
      assert.deepEqual(layout, {
        radioBeforeLabel: true,
        questionStartsLeft: true,
        hostAtPageStart: true,
      });
      await assertClean(page, log, site.origin);
    });
  });
});

describe('any width: a 220 px sidebar on a 1280 px page', () => {
  /** Words (runs between spaces, hyphens, dashes and slashes) whose text wraps onto two lines. */
  function brokenWords(widget) {
    return widget.evaluate((host) => {
      const root = host.shadowRoot;
      const hidden = (element) => {
        for (let node = element; node && node !== root; node = node.parentNode) {
          if (node instanceof Element && getComputedStyle(node).clipPath !== 'none') return true;
        }
        return false;
      };
      const broken = [];
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const element = node.parentElement;
        if (!element?.checkVisibility() || hidden(element)) continue;
        for (const match of node.data.matchAll(/[^\s\-‐–—/]+/g)) {
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          const lines = new Set(
            [...range.getClientRects()]
              .filter((rect) => rect.width > 0)
              .map((rect) => Math.round(rect.bottom)),
          );
          if (lines.size > 1) broken.push(`“${match[0]}” on ${lines.size} lines`);
        }
      }
      return broken;
    });
  }

  /** Opens every step's full text, so it is checked too. */
  async function openAllDetails(widget) {
    const closed = widget.locator('details:not([open]) summary');
    while ((await closed.count()) > 0) await closed.first().click();
  }

  /** Every kind of screen: intro, each question of two paths, the safety panel, two outcomes. */
  async function everyScreen(widget, check) {
    await check('intro');
    await startQuiz(widget);
    for (const values of ANSWERS['reach-out']) {
      await check(await heading(widget).textContent());
      await answerQuestion(widget, values);
    }
    await openAllDetails(widget);
    await check('outcome reach-out');
    // Start again goes straight back to the first question.
    await widget.getByRole('button', { name: 'Start again', exact: true }).click();
    await widget.locator('fieldset').waitFor({ state: 'visible' });
    await answerQuestion(widget, ANSWERS['abuse-by-warning-signs'][0]);
    await check('warning signs, with the safety panel');
    await answerQuestion(widget, ANSWERS['abuse-by-warning-signs'][1]);
    await openAllDetails(widget);
    await check('outcome dont-go-back, with help lines');
  }

  const WIDE = { viewport: { width: 1280, height: 900 } };

  test('the widget is 220 px wide there, and no word is broken inside on any screen', async () => {
    await onPage('hosts/sidebar.html', WIDE, async ({ page, widget, log }) => {
      assert.equal(Math.round((await widget.boundingBox())?.width ?? 0), 220, 'widget width');
      const problems = [];
      await everyScreen(widget, async (screen) => {
        for (const word of await brokenWords(widget)) problems.push(`${screen.trim()}: ${word}`);
      });
      assert.deepEqual(problems, []);
      await assertClean(page, log, site.origin);
    });
  });

  test('nothing is wider than its box or sticks out of the card, on any screen', async () => {
    await onPage('hosts/sidebar.html', WIDE, async ({ widget }) => {
      const problems = [];
      await everyScreen(widget, async () => problems.push(...(await layoutProblems(widget))));
      assert.deepEqual(problems, []);
    });
  });

  test('padding and heading size follow the 220 px container, not the viewport', async () => {
    const measure = async (width) => {
      let sizes;
      await onPage(
        'hosts/sidebar.html',
        { viewport: { width, height: 900 } },
        async ({ widget }) => {
          assert.equal(Math.round((await widget.boundingBox())?.width ?? 0), 220);
          sizes = {
            padding: await style(card(widget), 'paddingLeft'),
            heading: await style(heading(widget), 'fontSize'),
          };
        },
      );
      return sizes;
    };
    const wide = await measure(1280);
    const narrow = await measure(600);
    assert.deepEqual(wide, narrow, 'the same container at 1280 and 600 px viewports');
    assert.ok(
      Number.parseFloat(wide.padding) <= 22,
      `padding ${wide.padding} is at most 10 % of the 220 px container`,
    );
  });
});

describe('no layout shift: the README snippet reserves its room before the script runs', () => {
  let snippetRoot;
  let snippetServer;

  before(async () => {
    const readme = readFileSync('README.md', 'utf8');
    const section = readme.slice(readme.indexOf('## Embed it'));
    const snippet = section.match(/```html\n([\s\S]*?)```/)?.[1];
    assert.ok(snippet?.includes('<ex-back-quiz'), 'README has an embed snippet');
    // An article's paragraphs around the pasted snippet, long enough to fill the viewport below
    // it at both widths, as a real article does.
    const paragraph =
      '<p>An article’s text around the pasted snippet. Lorem ipsum dolor sit amet, consectetur ' +
      'adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua. Ut ' +
      'enim ad minim veniam, quis nostrud exercitation ullamco laboris nisi ut aliquip ex ea ' +
      'commodo consequat. Duis aute irure dolor in reprehenderit in voluptate velit esse cillum ' +
      'dolore eu fugiat nulla pariatur. Excepteur sint occaecat cupidatat non proident, sunt in ' +
      'culpa qui officia deserunt mollit anim id est laborum.</p>\n';
    snippetRoot = mkdtempSync(join(tmpdir(), 'ex-back-quiz-cls-'));
    copyFileSync('dist/ex-back-quiz.js', join(snippetRoot, 'ex-back-quiz.js'));
    writeFileSync(
      join(snippetRoot, 'index.html'),
      '<!doctype html>\n<html lang="en">\n<head><meta charset="utf-8">' +
        '<meta name="viewport" content="width=device-width, initial-scale=1">' +
        '<title>An article</title></head>\n<body>\n<h1>An article</h1>\n' +
        `${paragraph}${snippet}${paragraph.repeat(6)}</body>\n</html>\n`,
    );
    snippetServer = await startServer(snippetRoot);
  });

  after(() => {
    snippetServer?.server.close();
    if (snippetRoot) rmSync(snippetRoot, { recursive: true, force: true });
  });

  for (const viewport of [
    { width: 1280, height: 800 },
    { width: 412, height: 823 },
  ]) {
    test(`CLS < 0.1 at ${viewport.width}×${viewport.height}, the script arriving after the fallback`, async () => {
      const { context, page, log } = await openHostPage(site.browser, { viewport });
      try {
        await context.addInitScript(() => {
          window.__cls = 0;
          window.__shifts = [];
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries()) {
              if (entry.hadRecentInput) continue;
              window.__cls += entry.value;
              window.__shifts.push(entry.value);
            }
          }).observe({ type: 'layout-shift', buffered: true });
        });
        const embed = `${snippetServer.origin}/ex-back-quiz.js`;
        await holdResponses(context, embed, 800);
        await page.goto(`${snippetServer.origin}/`, { waitUntil: 'commit' });
        const fallback = page.locator('ex-back-quiz a');
        await fallback.waitFor({ state: 'visible' });
        assert.equal(
          await page.evaluate(() => customElements.get('ex-back-quiz')),
          undefined,
          'the fallback shows before the script runs',
        );
        const widget = page.locator('ex-back-quiz');
        await waitForWidget(widget);
        await page.waitForTimeout(500);
        const { cls, shifts } = await page.evaluate(() => ({
          cls: window.__cls,
          shifts: window.__shifts,
        }));
        assert.ok(
          cls < 0.1,
          `CLS ${cls.toFixed(3)} (shifts ${shifts.map((s) => s.toFixed(3)).join(', ')})`,
        );
        await assertClean(page, log, snippetServer.origin, {
          allowConsole: [/404.*\/favicon\.ico\)$/],
        });
      } finally {
        await context.close();
      }
    });
  }
});

describe('quick exit in reach on a phone (390×844) while the reader scrolls a long outcome', () => {
  /** Where the Exit control is, and whether it is what a tap at its middle would hit. */
  function exitInReach(widget) {
    return widget.evaluate((host) => {
      const exit = host.shadowRoot.querySelector('[part~="exit-button"]');
      if (!exit) return { present: false };
      const box = exit.getBoundingClientRect();
      const x = box.left + box.width / 2;
      const y = box.top + box.height / 2;
      const hit = host.shadowRoot.elementFromPoint(x, y);
      return {
        present: true,
        inView: box.top >= 0 && box.bottom <= window.innerHeight && box.height > 0,
        onTop: Boolean(hit && exit.contains(hit)),
        top: Math.round(box.top),
        bottom: Math.round(box.bottom),
      };
    });
  }

  for (const [path, label] of [
    [LONGEST, 'the longest outcome (rebuild, five steps)'],
    ['dont-go-back', 'the abuse outcome (don’t go back, help lines)'],
  ]) {
    test(`the demo article: at the middle and the end of ${label}`, async () => {
      await onPage('', { viewport: { width: 390, height: 844 } }, async ({ page, widget, log }) => {
        await playTo(widget, path);
        const steps = widget.locator('[part~="step"]');
        const middle = steps.nth(Math.floor((await steps.count()) / 2));
        await middle.evaluate((element) => element.scrollIntoView({ block: 'center' }));
        const atMiddle = await exitInReach(widget);
        const end = widget.getByRole('button', { name: 'Start again', exact: true });
        await end.evaluate((element) => element.scrollIntoView({ block: 'end' }));
        const atEnd = await exitInReach(widget);
        for (const [where, reach] of [
          ['middle', atMiddle],
          ['end', atEnd],
        ]) {
          assert.ok(reach.present, `${where}: the outcome has an Exit control`);
          assert.ok(
            reach.inView,
            `${where}: Exit is at ${reach.top}–${reach.bottom} px, out of view`,
          );
          assert.ok(reach.onTop, `${where}: something covers the Exit control`);
        }
        await assertClean(page, log, site.origin);
      });
    });
  }
});
