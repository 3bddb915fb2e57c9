// The standalone page (dist/frame.html) in a cross-origin iframe, with and without the host helper
// (dist/ex-back-quiz-frame.js), everything under the strict CSP. Three origins on 127.0.0.1:
//   quiz   serves dist/ itself, where the site owner put frame.html (the files as built);
//   host   the site's page with the iframe, and a copy of the helper beside it (script-src 'self');
//   other  another frame on the host page (an ad, a widget), which posts heights of its own.
// The host's pages are written here; the page log (helpers.js) must stay clean, CSP included.
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { STRICT_CSP, serve } from '../../scripts/serve.js';
import { assertClean, launchBrowser } from './helpers.js';
import {
  ANSWERS,
  answerQuestion,
  card,
  completes,
  eventually,
  exitControl,
  holdResponses,
  openHostPage,
  playTo,
  startQuiz,
} from './hosts-helpers.js';

/** The documented message: exactly these keys (id only with ?frame-id=). */
const HEIGHT = 'ex-back-quiz:height';

/** Chromium's request for the icon of a page opened on its own (dist/ has none). */
const FAVICON_404 = /404 \(Not Found\) \(http:\/\/127\.0\.0\.1:\d+\/favicon\.ico\)$/;

let site;
let quiz;
let host;
let other;
let browser;

/** Serves `root` on a free port with `csp` on every response; returns the server and origin. */
async function serveWithCsp(root, csp) {
  const server = await serve({ root, port: 0 });
  server.prependListener('request', (_request, response) => {
    response.setHeader('Content-Security-Policy', csp);
  });
  return { server, origin: `http://127.0.0.1:${server.address().port}` };
}

const page = (title, body) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>` +
  `</head><body><h1>${title}</h1>${body}</body></html>`;

/** The frame's URL: the site's own exit and guide pages, and a frame id. */
const frameSrc = (query = '') =>
  `${quiz.origin}/frame.html?exit-url=${encodeURIComponent(`${host.origin}/exit.html`)}` +
  `&guide-url=${encodeURIComponent(`${host.origin}/guide.html`)}&frame-id=q1${query}`;

/** The README's sandbox flags that keep quick exit working. */
const SANDBOX = 'allow-scripts allow-same-origin allow-top-navigation-by-user-activation';

function writeHostPages() {
  const quizFrame = (attributes = '') =>
    `<iframe id="quiz" src="${frameSrc()}" title="Quiz" data-ex-back-quiz width="600" height="300"${attributes}></iframe>`;
  // Another frame on the page (an ad), and a quiz page the helper does not own (no
  // data-ex-back-quiz) on the quiz's own origin: neither may size the quiz's frame.
  const otherFrame =
    `<iframe id="other" src="${other.origin}/blank.html" title="Ad" width="300" height="50"></iframe>` +
    `<iframe id="unowned" src="${quiz.origin}/frame.html?frame-id=q2" title="Another quiz" width="300" height="200"></iframe>`;
  const helper = '<script src="./ex-back-quiz-frame.js" defer></script>';
  const pages = {
    'helper.html': page('With the helper', `${quizFrame()}${otherFrame}${helper}`),
    'helper-sandbox.html': page(
      'With the helper, sandboxed',
      `${quizFrame(` sandbox="${SANDBOX}"`)}${otherFrame}${helper}`,
    ),
    'fixed.html': page('Without the helper', quizFrame()),
    'exit.html': page('Exit', '<p>The weather.</p>'),
    'guide.html': page('Guide', '<p>The guide.</p>'),
    'blank.html': page('Ad', ''),
    // ?parent-origin= naming this page's origin, and naming another one.
    'parent-right.html': page(
      'Parent origin',
      quizFrame().replace('q1', `q1&parent-origin=${encodeURIComponent(host.origin)}`),
    ),
    'parent-wrong.html': page(
      'Parent origin',
      quizFrame().replace('q1', `q1&parent-origin=${encodeURIComponent(other.origin)}`),
    ),
  };
  for (const [name, html] of Object.entries(pages)) writeFileSync(join(site, name), html);
  copyFileSync('dist/ex-back-quiz-frame.js', join(site, 'ex-back-quiz-frame.js'));
}

before(async () => {
  site = mkdtempSync(join(tmpdir(), 'ex-back-quiz-frame-'));
  writeFileSync(join(site, 'index.html'), page('Site', ''));
  writeFileSync(join(site, 'favicon.ico'), ''); // the host's icon, which Chromium asks for
  quiz = await serveWithCsp('dist', STRICT_CSP);
  other = await serveWithCsp(site, STRICT_CSP);
  // The host's strict CSP lets it frame the quiz and the ad; its own scripts are still 'self' only.
  host = await serveWithCsp(site, `${STRICT_CSP}; frame-src 'self' ${quiz.origin} ${other.origin}`);
  writeHostPages();
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  for (const server of [quiz, host, other]) server?.server.close();
  if (site) rmSync(site, { recursive: true, force: true });
});

/**
 * Opens a host page; records, in the top window, every message it gets (origin, data). Returns
 * the tab, its log, the iframe element, the widget in it and the quiz frame.
 */
async function openHost(name) {
  const opened = await openHostPage(browser);
  await opened.context.addInitScript(() => {
    if (window !== window.top) return;
    window.__messages = [];
    window.addEventListener('message', (event) => {
      window.__messages.push({ origin: event.origin, data: event.data });
    });
  });
  const url = `${host.origin}/${name}`;
  assert.equal((await opened.page.goto(url))?.status(), 200, `${name} is served`);
  const iframe = opened.page.locator('#quiz');
  const widget = opened.page.frameLocator('#quiz').locator('ex-back-quiz');
  const frame = () =>
    opened.page.frame({ url: (address) => address.href.includes('/frame.html?exit-url=') });
  return { ...opened, url, iframe, widget, frame };
}

/** The heights the quiz frame (frame-id q1) posted to the top window. */
async function heights(page) {
  const messages = await page.evaluate(() => window.__messages);
  return messages
    .filter((message) => message.origin === quiz.origin && message.data?.id === 'q1')
    .map(({ data }) => data);
}

/** The iframe's viewport height, and the height of the frame's document inside it. */
function frameBox(iframe, frame) {
  return Promise.all([
    iframe.evaluate((element) => element.clientHeight),
    frame().evaluate(() => document.documentElement.scrollHeight),
  ]);
}

/** The frame is sized to the quiz: its viewport is the last posted height, and nothing scrolls. */
async function assertSizedToQuiz(page, iframe, frame, where) {
  let last;
  await eventually(
    async () => {
      last = (await heights(page)).at(-1)?.height;
      const [viewport, content] = await frameBox(iframe, frame);
      return last !== undefined && viewport === last && content <= viewport;
    },
    true,
    `${where}: the frame is as tall as the last height its quiz posted`,
  );
  return last;
}

const cleanOptions = (log) => ({
  // The frame's scripts and page come from the quiz's origin, the ad from the other one.
  allowRequests: log.requests.filter(
    (address) => address.startsWith(`${quiz.origin}/`) || address.startsWith(`${other.origin}/`),
  ),
  // Chromium's warning about the sandbox the README recommends (same-origin scripts could lift
  // it; the frame is on another origin, so they cannot).
  allowConsole: [/^warning: An iframe which has both allow-scripts and allow-same-origin/],
});

describe('the standalone page in a cross-origin iframe, with the helper', () => {
  test('the frame resizes to each screen, played to an outcome; the messages have the documented shape', async () => {
    const { context, page, log, iframe, widget, frame } = await openHost('helper.html');
    try {
      await card(widget).waitFor();
      const intro = await assertSizedToQuiz(page, iframe, frame, 'intro');
      await startQuiz(widget);
      const question = await assertSizedToQuiz(page, iframe, frame, 'first question');
      assert.notEqual(question, intro, 'the question is another height than the intro');
      for (const values of ANSWERS['reach-out']) await answerQuestion(widget, values);
      const outcome = await assertSizedToQuiz(page, iframe, frame, 'outcome');
      assert.ok(outcome > 300, `the outcome (${outcome} px) is taller than the frame was at first`);
      assert.deepEqual(
        (await completes(frame())).map(({ outcome, steps }) => ({ outcome, steps })),
        [{ outcome: 'reach-out', steps: [2, 3] }],
        'one quiz-complete in the frame',
      );
      const posted = await heights(page);
      assert.ok(posted.length >= 3, `a height per screen at least (${posted.length})`);
      for (const message of posted) {
        assert.deepEqual(Object.keys(message).sort(), ['height', 'id', 'type'], 'the keys');
        assert.equal(message.type, HEIGHT);
        assert.equal(message.id, 'q1', 'the ?frame-id= comes back');
        assert.ok(Number.isInteger(message.height) && message.height > 0, 'whole pixels');
      }
      assert.equal(
        await iframe.evaluate((element) => element.getAttribute('height')),
        '300',
        'the helper sets a style, not the attribute',
      );
      await assertClean(page, log, host.origin, cleanOptions(log));
    } finally {
      await context.close();
    }
  });

  test('heights from another frame (of another origin or of the quiz’s), from the page itself, or from the quiz frame once it shows another origin are ignored', async () => {
    const { context, page, log, iframe, widget, frame } = await openHost('helper.html');
    try {
      await card(widget).waitFor();
      const sized = await assertSizedToQuiz(page, iframe, frame, 'intro');
      const fake = { type: HEIGHT, height: 7, id: 'q1' };
      // Another frame on the page (the ad) posts a height for the quiz.
      await page.frame({ url: `${other.origin}/blank.html` }).evaluate((message) => {
        window.parent.postMessage(message, '*');
      }, fake);
      // A quiz page on the quiz's own origin that the helper does not own.
      await page
        .frame({ url: (address) => address.href.endsWith('frame-id=q2') })
        .evaluate((message) => window.parent.postMessage(message, '*'), fake);
      // The page itself (any script of the host's).
      await page.evaluate((message) => window.postMessage(message, '*'), fake);
      await page.waitForTimeout(300);
      assert.equal(await iframe.evaluate((element) => element.clientHeight), sized, 'unchanged');
      // The quiz frame itself, navigated to a page of another origin.
      const quizFrame = frame();
      await quizFrame.goto(`${other.origin}/blank.html`);
      await quizFrame.evaluate((message) => window.parent.postMessage(message, '*'), fake);
      await page.waitForTimeout(300);
      assert.equal(
        await iframe.evaluate((element) => element.clientHeight),
        sized,
        'a message from the frame on another origin than its src’s is ignored',
      );
      await assertClean(page, log, host.origin, cleanOptions(log));
    } finally {
      await context.close();
    }
  });

  test('a wrong shape is ignored: no type, a string height, a negative or huge height', async () => {
    const { context, page, iframe, widget, frame } = await openHost('helper.html');
    try {
      await card(widget).waitFor();
      const sized = await assertSizedToQuiz(page, iframe, frame, 'intro');
      for (const message of [
        { height: 7 },
        { type: HEIGHT, height: '7' },
        { type: HEIGHT, height: -7 },
        { type: HEIGHT, height: 1e9 },
        { type: HEIGHT },
        'ex-back-quiz:height 7',
        null,
      ]) {
        await frame().evaluate((data) => window.parent.postMessage(data, '*'), message);
      }
      await page.waitForTimeout(300);
      assert.equal(await iframe.evaluate((element) => element.clientHeight), sized, 'unchanged');
    } finally {
      await context.close();
    }
  });

  test('the helper loaded after the frame: it asks for the height and gets it', async () => {
    const { context, page, log, iframe, widget, frame } = await openHost('fixed.html');
    try {
      await card(widget).waitFor();
      await eventually(async () => (await heights(page)).length > 0, true, 'a first height');
      // The frame has posted and will not post again until something changes: load the helper now.
      // (The page is under Trusted Types: a script URL set from script needs a policy's blessing.)
      await page.evaluate(() => {
        const policy = trustedTypes.createPolicy('lit-html', { createScriptURL: (url) => url });
        const script = document.createElement('script');
        script.src = policy.createScriptURL('./ex-back-quiz-frame.js');
        document.body.append(script);
      });
      await assertSizedToQuiz(page, iframe, frame, 'intro, sized by a late helper');
      await assertClean(page, log, host.origin, cleanOptions(log));
    } finally {
      await context.close();
    }
  });
});

describe('the standalone page in a cross-origin iframe, without the helper', () => {
  test('the frame keeps its height through every screen; the outcome scrolls inside it', async () => {
    const { context, page, log, iframe, widget, frame } = await openHost('fixed.html');
    try {
      await playTo(widget, 'rebuild');
      const [viewport, content] = await frameBox(iframe, frame);
      assert.equal(viewport, 300, 'the frame is still 300 px');
      assert.ok(content > viewport, `the outcome (${content} px) is taller than the frame`);
      const scrolled = await frame().evaluate(() => {
        window.scrollTo(0, document.documentElement.scrollHeight);
        return window.scrollY;
      });
      assert.ok(scrolled > 0, 'the reader can scroll to the end inside the frame');
      assert.ok(
        (await heights(page)).length > 0,
        'the frame still posts its heights (no one listens)',
      );
      await assertClean(page, log, host.origin, cleanOptions(log));
    } finally {
      await context.close();
    }
  });
});

for (const name of ['helper.html', 'helper-sandbox.html']) {
  const where = name === 'helper.html' ? 'not sandboxed' : `sandbox="${SANDBOX}"`;
  describe(`quick exit from the standalone page (${where})`, () => {
    test('the Exit control hides the quiz and collapses the frame at once, then it leaves for exit-url', async () => {
      const { context, page, log, widget } = await openHost(name);
      try {
        const exitUrl = `${host.origin}/exit.html`;
        await startQuiz(widget);
        await holdResponses(context, exitUrl, 1500);
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
        // The hidden quiz is 0 px tall: the helper collapses the frame while the tab leaves (the
        // top window may be gone already: then there is no frame left to show anything).
        await eventually(
          async () =>
            page.url() === exitUrl ||
            (await page
              .locator('#quiz')
              .evaluate((element) => element.clientHeight, null, { timeout: 200 })
              .catch(() => 0)) === 0,
          true,
          'the frame collapsed, or the tab left',
          1000,
        );
        const left = () =>
          page.url() === exitUrl || page.frames().some((candidate) => candidate.url() === exitUrl);
        await eventually(left, true, 'the top window or the frame left for exit-url');
        assert.deepEqual(log.errors, [], 'uncaught errors');
      } finally {
        await context.close();
      }
    });

    test('the Exit control takes the top window to exit-url', async () => {
      const { context, page, widget } = await openHost(name);
      try {
        const exitUrl = `${host.origin}/exit.html`;
        await startQuiz(widget);
        await exitControl(widget).click();
        await eventually(() => page.url(), exitUrl, 'the top window shows exit-url');
      } finally {
        await context.close();
      }
    });
  });
}

describe('the standalone page’s query string', () => {
  /** Opens frame.html on its own with `query`; returns the tab, its log and the widget. */
  async function openFrame(query) {
    const opened = await openHostPage(browser);
    await opened.page.goto(`${quiz.origin}/frame.html${query}`);
    const widget = opened.page.locator('ex-back-quiz');
    await card(widget).waitFor();
    return { ...opened, widget };
  }

  test('opened on its own: lang="en", no margin, a transparent background, no message', async () => {
    const { context, page, log, widget } = await openFrame('');
    try {
      const looks = await page.evaluate(() => ({
        lang: document.documentElement.lang,
        margin: getComputedStyle(document.body).margin,
        html: getComputedStyle(document.documentElement).backgroundColor,
        body: getComputedStyle(document.body).backgroundColor,
        top: document.querySelector('ex-back-quiz').getBoundingClientRect().top,
      }));
      assert.deepEqual(looks, {
        lang: 'en',
        margin: '0px',
        html: 'rgba(0, 0, 0, 0)',
        body: 'rgba(0, 0, 0, 0)',
        top: 0,
      });
      await playTo(widget, 'reach-out');
      // Opened as a page of its own, Chromium asks for /favicon.ico, which dist/ has none of.
      await assertClean(page, log, quiz.origin, { allowConsole: [FAVICON_404] });
    } finally {
      await context.close();
    }
  });

  test('attributes from the query: heading-level, persist, no-quick-exit, theme; "false" leaves a boolean off', async () => {
    const { context, page, log, widget } = await openFrame(
      '?heading-level=3&persist&no-quick-exit&theme=dark&frame-id=side',
    );
    try {
      const attributes = await widget.evaluate((element) =>
        Object.fromEntries(
          element.getAttributeNames().map((name) => [name, element.getAttribute(name)]),
        ),
      );
      assert.deepEqual(attributes, {
        'heading-level': '3',
        persist: '',
        'no-quick-exit': '',
        theme: 'dark',
        id: 'side',
      });
      assert.equal(await widget.locator('[data-screen-heading]').getAttribute('aria-level'), '3');
      assert.equal(await exitControl(widget).count(), 0, 'no Exit control');
      await startQuiz(widget);
      assert.deepEqual(
        await page.evaluate(() => Object.keys(sessionStorage)),
        ['ex-back-quiz:side'],
        'progress kept under the frame id',
      );
      await assertClean(page, log, quiz.origin, { allowConsole: [FAVICON_404] });
    } finally {
      await context.close();
    }
    const off = await openFrame('?persist=false&no-quick-exit=FALSE');
    try {
      assert.equal(await off.widget.getAttribute('persist'), null, 'persist=false: off');
      assert.equal(
        await off.widget.getAttribute('no-quick-exit'),
        null,
        'no-quick-exit=FALSE: off',
      );
      assert.equal(await exitControl(off.widget).count(), 1, 'the Exit control is there');
      await assertClean(off.page, off.log, quiz.origin, { allowConsole: [FAVICON_404] });
    } finally {
      await off.context.close();
    }
  });

  test('a javascript: exit-url is refused with one warning; quick exit goes to the default page', async () => {
    const { context, page, log, widget } = await openFrame(
      `?exit-url=${encodeURIComponent('javascript:alert(document.domain)')}&heading-level=9&frame-id=${encodeURIComponent('<b>')}`,
    );
    try {
      const dialogs = [];
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      const weather = 'https://www.bbc.co.uk/weather';
      await context.route(weather, (route) =>
        route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Weather</title>' }),
      );
      assert.equal(
        await widget.locator('[data-screen-heading]').getAttribute('aria-level'),
        '2',
        'heading level 2',
      );
      await startQuiz(widget);
      await exitControl(widget).click();
      await eventually(() => page.url(), weather, 'quick exit went to the default exit page');
      assert.deepEqual(dialogs, [], 'no script ran from the URL');
      assert.deepEqual(log.errors, []);
      const warnings = log.console.filter((line) => !FAVICON_404.test(line));
      assert.equal(warnings.length, 3, `one warning per bad value:\n${warnings.join('\n')}`);
      assert.match(
        warnings.join('\n'),
        /exit-url "javascript:alert\(document\.domain\)" is not an http\(s\)/,
      );
      assert.match(warnings.join('\n'), /heading-level "9" is not 1–6/);
      assert.match(warnings.join('\n'), /frame-id "<b>" is not/);
    } finally {
      await context.close();
    }
  });

  test('?parent-origin= sends the heights to that origin only', async () => {
    for (const [name, delivered] of [
      ['parent-right.html', true],
      ['parent-wrong.html', false],
    ]) {
      const { context, page, widget } = await openHost(name);
      try {
        await card(widget).waitFor();
        await page.waitForTimeout(300);
        assert.equal((await heights(page)).length > 0, delivered, `${name}: heights delivered`);
      } finally {
        await context.close();
      }
    }
  });
});
