// The README's recipes for site builders ("No script tag? Use the frame"), pasted as written into
// the pages of demo/platforms/ that imitate each platform (scripts/recipes.js reads the blocks from
// README.md), the README's address https://your-site.example/quiz/ pointed at a server of dist/ on
// another origin. Each page plays to an outcome, its frame resizes (helper) or keeps its height
// (none), and quick exit hides the quiz at once and leaves for exit-url (the README's default,
// answered here by a stand-in page).
//
// Three origins on 127.0.0.1: top (the platform's page), builder (the platform's own frames:
// Wix's HTML embed, Google Sites' wrapper) and quiz (dist/, where the site owner put the files).
import assert from 'node:assert/strict';
import {
  copyFileSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { pasteRecipes, readmeRecipes } from '../../scripts/recipes.js';
import { STRICT_CSP, serve } from '../../scripts/serve.js';
import { assertClean, launchBrowser } from './helpers.js';
import {
  card,
  completes,
  eventually,
  exitControl,
  openHostPage,
  playTo,
  SANDBOX_REFUSED_TOP,
  startQuiz,
} from './hosts-helpers.js';

/** The README's default exit-url, answered by a stand-in (the tests reach no other site). */
const WEATHER = 'https://www.bbc.co.uk/weather';

let site;
let top;
let builder;
let quiz;
let browser;

async function serveAt(root, headers = {}) {
  const server = await serve({ root, port: 0 });
  server.prependListener('request', (_request, response) => {
    for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
  });
  return { server, origin: `http://127.0.0.1:${server.address().port}` };
}

before(async () => {
  site = mkdtempSync(join(tmpdir(), 'ex-back-quiz-platforms-'));
  top = await serveAt(site);
  builder = await serveAt(site);
  // The files as built, under the strict CSP (the frame page must work under it).
  quiz = await serveAt('dist', { 'Content-Security-Policy': STRICT_CSP });
  const recipes = readmeRecipes();
  for (const name of ['frame', 'wordpress', 'embed-url']) {
    assert.ok(recipes[name], `README.md has the ${name} recipe`);
  }
  for (const file of readdirSync('demo/platforms')) {
    const from = join('demo/platforms', file);
    if (!file.endsWith('.html')) {
      copyFileSync(from, join(site, file));
      continue;
    }
    const page = pasteRecipes(readFileSync(from, 'utf8'), recipes, {
      quiz: `${quiz.origin}/`,
      guide: `${top.origin}/guide.html`,
    });
    writeFileSync(join(site, file), page);
  }
  copyFileSync('demo/public/favicon.svg', join(site, 'favicon.svg'));
  writeFileSync(join(site, 'guide.html'), '<!doctype html><title>Guide</title><h1>Guide</h1>');
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  for (const server of [top, builder, quiz]) server?.server.close();
  if (site) rmSync(site, { recursive: true, force: true });
});

/** Opens a platform page (its builder frames on the builder origin); quick exit's page stubbed. */
async function openPlatform(name) {
  const opened = await openHostPage(browser);
  await opened.context.route(WEATHER, (route) =>
    route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Weather</title>' }),
  );
  const url = `${top.origin}/${name}.html?frame-origin=${encodeURIComponent(builder.origin)}`;
  assert.equal((await opened.page.goto(url))?.status(), 200, `${name}.html is served`);
  return { ...opened, url };
}

/** Clean, but for requests to the quiz and builder origins and quick exit's page. */
function assertPlatformClean(page, log, { sandboxRefusesTop = false } = {}) {
  return assertClean(page, log, top.origin, {
    allowRequests: log.requests.filter(
      (address) =>
        address.startsWith(`${quiz.origin}/`) ||
        address.startsWith(`${builder.origin}/`) ||
        address === WEATHER,
    ),
    allowConsole: [
      // Chromium's warning about the sandbox flags (the README's and Wix's).
      /^warning: An iframe which has both allow-scripts and allow-same-origin/,
      ...(sandboxRefusesTop ? [SANDBOX_REFUSED_TOP] : []),
    ],
  });
}

/** A frame's viewport height and its document's height. */
function frameBox(page, iframeSelector, frameOf) {
  return Promise.all([
    page.locator(iframeSelector).evaluate((element) => element.clientHeight),
    frameOf().evaluate(() => document.documentElement.scrollHeight),
  ]);
}

/** Exit: the quiz hides at once, then the tab or a frame shows exit-url's page. */
async function quickExit(page, widget) {
  await exitControl(widget).click();
  await eventually(
    () =>
      card(widget)
        .isVisible()
        .catch(() => false),
    false,
    'the quiz still shows 1 s after Exit',
    1000,
  );
  await eventually(
    () => page.url() === WEATHER || page.frames().some((frame) => frame.url() === WEATHER),
    true,
    'the top window or the frame left for exit-url',
  );
}

const quizFrames = (page) => page.frames().filter((frame) => frame.url().includes('/frame.html'));

describe('WordPress: the Custom HTML block recipe', () => {
  test('the widget plays to an outcome in the post; quick exit takes the page away', async () => {
    const { context, page, log } = await openPlatform('wordpress');
    try {
      const widget = page.locator('.entry-content ex-back-quiz');
      await playTo(widget, 'reach-out');
      const links = await widget
        .locator('a[part~="step-link"]')
        .evaluateAll((anchors) => anchors.map((anchor) => anchor.href));
      assert.equal(links[0], `${top.origin}/guide.html#step-2`, 'step links go to the guide');
      await assertPlatformClean(page, log);
      await quickExit(page, widget);
      assert.equal(page.url(), WEATHER, 'the page itself left');
    } finally {
      await context.close();
    }
  });
});

describe('Squarespace Code block and Ghost HTML card: the frame snippet', () => {
  const selectors = ['.sqs-block iframe', '.kg-card iframe'];
  const height = (page, index) =>
    page.locator(selectors[index]).evaluate((element) => element.clientHeight);
  /** Whether frame `index` is sized to its quiz (not the snippet's 640 px, and nothing scrolls). */
  const sized = async (page, index) => {
    const [viewport, content] = await frameBox(
      page,
      selectors[index],
      () => quizFrames(page)[index],
    );
    return viewport !== 640 && viewport === content;
  };

  test('two frames, each sized by the helper to its own quiz; quick exit leaves', async () => {
    const { context, page, log } = await openPlatform('code-block');
    try {
      await eventually(() => quizFrames(page).length, 2, 'two quiz frames');
      await eventually(() => sized(page, 0), true, 'the first frame is sized to its quiz');
      await eventually(() => sized(page, 1), true, 'the second frame is sized to its quiz');
      const [intro, second] = [await height(page, 0), await height(page, 1)];
      const widget = page.frameLocator(selectors[0]).locator('ex-back-quiz');
      await startQuiz(widget);
      await eventually(
        async () => (await sized(page, 0)) && (await height(page, 0)) !== intro,
        true,
        'the first frame is resized to the first question',
      );
      assert.equal(await height(page, 1), second, 'the second frame keeps its own height');
      await assertPlatformClean(page, log);
      await quickExit(page, widget);
    } finally {
      await context.close();
    }
  });

  test('played to an outcome, the frame is sized to it', async () => {
    const { context, page, log } = await openPlatform('code-block');
    try {
      await eventually(() => quizFrames(page).length, 2, 'two quiz frames');
      const widget = page.frameLocator(selectors[0]).locator('ex-back-quiz');
      await playTo(widget, 'rebuild');
      await eventually(() => sized(page, 0), true, 'the first frame is sized to the outcome');
      assert.ok((await height(page, 0)) > 640, 'taller than the snippet’s 640 px');
      assert.equal((await completes(quizFrames(page)[0])).length, 1, 'quiz-complete');
      await assertPlatformClean(page, log);
    } finally {
      await context.close();
    }
  });

  test('scripts stripped: no helper, each frame keeps its 640 px; quick exit leaves', async () => {
    const { context, page, log } = await openPlatform('code-block-no-scripts');
    try {
      assert.equal(await page.locator('script').count(), 0, 'no script on the page');
      const widget = page.frameLocator(selectors[0]).locator('ex-back-quiz');
      await startQuiz(widget);
      assert.deepEqual([await height(page, 0), await height(page, 1)], [640, 640], '640 px each');
      await assertPlatformClean(page, log);
      await quickExit(page, widget);
    } finally {
      await context.close();
    }
  });

  test('scripts stripped: the outcome scrolls inside the 640 px frame', {}, async () => {
    const { context, page, log } = await openPlatform('code-block-no-scripts');
    try {
      const widget = page.frameLocator(selectors[0]).locator('ex-back-quiz');
      await playTo(widget, 'rebuild');
      const [viewport, content] = await frameBox(page, selectors[0], () => quizFrames(page)[0]);
      assert.equal(viewport, 640, 'the frame keeps the height the snippet gives it');
      assert.ok(content > viewport, `the outcome (${content} px) scrolls inside the frame`);
      await assertPlatformClean(page, log);
    } finally {
      await context.close();
    }
  });
});

describe('Wix: the WordPress recipe in Wix’s sandboxed HTML embed on another origin', () => {
  test('plays to an outcome at the embed’s fixed height; quick exit leaves', async () => {
    const { context, page, log } = await openPlatform('wix');
    try {
      const embed = page.locator('iframe.builder-embed');
      await eventually(
        () => embed.evaluate((element, origin) => element.src.startsWith(origin), builder.origin),
        true,
        'the embed is on the builder’s origin',
      );
      const widget = page.frameLocator('iframe.builder-embed').locator('ex-back-quiz');
      await playTo(widget, 'rebuild');
      assert.equal(await embed.evaluate((element) => element.clientHeight), 700, 'still 700 px');
      await assertPlatformClean(page, log);
      await quickExit(page, widget);
    } finally {
      await context.close();
    }
  });
});

describe('Google Sites and Notion: the embed-URL recipe in a fixed-height frame', () => {
  test('Google Sites: in the site’s wrapper frame, the page plays to an outcome at 600 px; quick exit leaves', async () => {
    const { context, page, log } = await openPlatform('google-sites');
    try {
      const inner = page.frameLocator('.embed-wrapper').locator('iframe');
      const widget = page
        .frameLocator('.embed-wrapper')
        .frameLocator('iframe')
        .locator('ex-back-quiz');
      await playTo(widget, 'reach-out');
      assert.equal(quizFrames(page).length, 1, 'the quiz page, in the wrapper');
      assert.equal(await inner.evaluate((element) => element.clientHeight), 600, 'still 600 px');
      await assertPlatformClean(page, log);
      await quickExit(page, widget);
    } finally {
      await context.close();
    }
  });

  test('Notion: a frame whose sandbox refuses the top plays to an outcome at 600 px; quick exit takes the frame', async () => {
    const { context, page, log, url } = await openPlatform('notion');
    try {
      const embed = page.locator('iframe.builder-embed');
      const widget = page.frameLocator('iframe.builder-embed').locator('ex-back-quiz');
      await playTo(widget, 'rebuild');
      const [viewport, content] = await frameBox(page, 'iframe.builder-embed', () =>
        quizFrames(page).at(0),
      );
      assert.equal(viewport, 600, 'still 600 px');
      assert.ok(content > viewport, 'the outcome scrolls inside the frame');
      await quickExit(page, widget);
      assert.equal(page.url(), url, 'the top page stays (its sandbox refuses the top)');
      await eventually(
        () => embed.evaluate((element) => element.isConnected),
        true,
        'the frame is still on the page',
      );
      await assertPlatformClean(page, log, { sandboxRefusesTop: true });
    } finally {
      await context.close();
    }
  });
});
