// Step links on the pages they are pasted into (dist/demo/hosts/): a page whose <base href> points
// at a CDN keeps `#step-N` links on the reader's own page; without guide-url a step link is shown
// only if its `#step-N` target exists on the page, and each step's full text is always in the quiz.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { READER_PATHS } from '../reader-paths.js';
import { assertClean, DEMO, serveDemoSite } from './helpers.js';
import { eventually, openHostPage, playTo } from './hosts-helpers.js';

const site = serveDemoSite();

const CDN = 'https://cdn.example';
const CDN_EMBED = `${CDN}/assets/ex-back-quiz.js`;

/** The links the widget shows, resolved, with whether their fragment's target is on the page. */
function visibleLinks(widget) {
  return widget.evaluate((host) =>
    [...host.shadowRoot.querySelectorAll('a[href]')]
      .filter((anchor) => anchor.checkVisibility())
      .map((anchor) => {
        const url = new URL(anchor.href);
        const here = new URL(document.URL);
        const samePage =
          url.origin + url.pathname + url.search === here.origin + here.pathname + here.search;
        const id = url.hash.slice(1);
        return {
          text: anchor.textContent.trim(),
          href: anchor.href,
          samePage,
          targetExists: samePage && id !== '' && document.getElementById(id) !== null,
        };
      }),
  );
}

/** Each guide step's paragraphs, from the built article (dist/demo/index.html), as plain text. */
function guideParagraphs(step) {
  const html = readFileSync(`${DEMO}/index.html`, 'utf8');
  const section = html.match(
    new RegExp(`<section class="step" id="step-${step}"[\\s\\S]*?</section>`),
  );
  assert.ok(section, `the article has step ${step}`);
  const decode = (text) =>
    text
      .replace(/&quot;/g, '"')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&');
  return [...section[0].matchAll(/<p>([\s\S]*?)<\/p>/g)].map((match) => decode(match[1]).trim());
}

test('base URL on a CDN: step links stay on the reader’s page, not the base', async () => {
  const { context, page, log } = await openHostPage(site.browser);
  const toCdn = [];
  await context.route(`${CDN}/**`, async (route) => {
    const url = route.request().url();
    if (url === CDN_EMBED) {
      await route.fulfill({
        body: readFileSync(`${DEMO}/ex-back-quiz.js`),
        headers: {
          'Content-Type': 'text/javascript; charset=utf-8',
          'Access-Control-Allow-Origin': '*',
        },
      });
      return;
    }
    toCdn.push(url);
    await route.fulfill({ status: 404, body: 'Not on the CDN', contentType: 'text/plain' });
  });
  try {
    const pageUrl = `${site.origin}/hosts/base-url.html`;
    await page.goto(pageUrl);
    assert.equal(await page.evaluate(() => document.baseURI), `${CDN}/assets/`, 'the page’s base');
    const widget = page.locator('ex-back-quiz');
    await playTo(widget, 'reach-out');
    const links = await visibleLinks(widget);
    const stepLinks = links.filter((link) => /step \d+/i.test(link.text));
    assert.deepEqual(
      stepLinks.map((link) => link.href),
      [`${pageUrl}#step-2`, `${pageUrl}#step-3`],
      'step links resolve against the document, not the base',
    );
    await widget.locator('a[part~="step-link"]').first().click();
    await eventually(
      () => page.url(),
      `${pageUrl}#step-2`,
      'the reader stays on the page, at step 2',
    );
    assert.equal(await page.evaluate(() => document.querySelector(':target')?.id), 'step-2');
    assert.deepEqual(toCdn, [], 'nothing but the embed was fetched from the base URL’s origin');
    await assertClean(page, log, site.origin, { allowRequests: [CDN_EMBED] });
  } finally {
    await context.close();
  }
});

test('no guide-url and no #step-N on the page: no step link leads nowhere', async () => {
  const { context, page, log } = await openHostPage(site.browser);
  try {
    await page.goto(`${site.origin}/hosts/no-step-targets.html`);
    assert.equal(await page.locator('[id^="step-"]').count(), 0, 'the page has no step targets');
    const widget = page.locator('ex-back-quiz');
    await playTo(widget, 'reach-out');
    const dead = (await visibleLinks(widget)).filter((link) => link.samePage && !link.targetExists);
    assert.deepEqual(dead, [], 'links to targets the page does not have');
    await assertClean(page, log, site.origin);
  } finally {
    await context.close();
  }
});

test('no guide-url and no #step-N on the page: each step’s full text opens inline', async () => {
  const { context, page, log } = await openHostPage(site.browser);
  try {
    await page.goto(`${site.origin}/hosts/no-step-targets.html`);
    const widget = page.locator('ex-back-quiz');
    await playTo(widget, 'reach-out');
    const steps = widget.locator('[part~="step"]');
    for (const [index, number] of READER_PATHS['reach-out'].steps.entries()) {
      const step = steps.nth(index);
      const details = step.locator('details');
      assert.equal(await details.count(), 1, `step ${number} has its full text inline`);
      await details.locator('summary').click();
      const text = (await details.textContent())?.replace(/\s+/g, ' ') ?? '';
      for (const paragraph of guideParagraphs(number)) {
        assert.ok(
          text.includes(paragraph.replace(/\s+/g, ' ')),
          `step ${number}: “${paragraph.slice(0, 40)}…”`,
        );
      }
      assert.ok(await details.locator('p').first().isVisible(), `step ${number} opens inline`);
    }
    await assertClean(page, log, site.origin);
  } finally {
    await context.close();
  }
});

test('no guide-url, the guide’s #step-N on the page: the step links are shown and lead there', async () => {
  const { context, page, log } = await openHostPage(site.browser);
  try {
    const pageUrl = `${site.origin}/hosts/with-step-targets.html`;
    await page.goto(pageUrl);
    const widget = page.locator('ex-back-quiz');
    await playTo(widget, 'reach-out');
    const links = await visibleLinks(widget);
    const stepLinks = links.filter((link) => /step \d+/i.test(link.text));
    assert.deepEqual(
      stepLinks.map(({ href, targetExists }) => ({ href, targetExists })),
      [
        { href: `${pageUrl}#step-2`, targetExists: true },
        { href: `${pageUrl}#step-3`, targetExists: true },
      ],
    );
    await widget.locator('a[part~="step-link"]').nth(1).click();
    await eventually(() => page.url(), `${pageUrl}#step-3`, 'the page is at step 3');
    const target = await page.evaluate(() => {
      const element = document.querySelector(':target');
      const box = element?.getBoundingClientRect();
      return { id: element?.id, inView: Boolean(box && box.top > -1 && box.top < innerHeight) };
    });
    assert.deepEqual(target, { id: 'step-3', inView: true });
    await assertClean(page, log, site.origin);
  } finally {
    await context.close();
  }
});
