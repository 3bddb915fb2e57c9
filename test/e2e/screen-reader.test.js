// What a screen reader is told, on the built embed in the demo article: Chromium's own
// accessibility tree (through the DevTools protocol, as assistive technology gets it), and the
// live region and focus recorded along three journeys. Every expected line is written out here
// from the guide's questions and the README, never produced by the widget's code.
//
// A journey's transcript interleaves two things a screen reader speaks: `focus:` what takes focus
// after the reader's move (a screen's heading, the error message, the note on a cancelled exit), and `live:` each change of the polite live region. Each must be there exactly once: a
// line said twice, or a change the region misses, fails the comparison.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertClean, openPage, serveDemoSite, start, waitForWidget } from './helpers.js';

const site = serveDemoSite();

/** The widget's default quick-exit target, answered by Playwright. */
const DEFAULT_EXIT_URL = 'https://www.bbc.co.uk/weather';

const SAFETY = 'Has he ever hurt you, threatened you, controlled you or made you feel afraid?';
const WARNING_SIGNS = 'Did he ever do any of these things?';
const BREAKUP = 'Why did you break up?';
const PAST_HURT = 'Are you still carrying hurt, anger or resentment from the relationship?';
const MOTIVES = 'Why do you want him back?';
const STAGE = 'Where do things stand with him right now?';
const TIME_SINCE = 'How long ago did you break up?';
const URGE = 'Do you still feel the urge to beg him to come back, or to tell him off?';

/** The demo article with its widget, a recorder of what is said, and Chromium's tree. */
async function openArticle({ viewport } = {}) {
  const opened = await openPage(site.browser, viewport ? { viewport } : {});
  const { page } = opened;
  const heard = [];
  await page.exposeBinding('__heard', (_source, line) => heard.push(line));
  await page.route(`${DEFAULT_EXIT_URL}*`, (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: '<title>Weather</title>' }),
  );
  await page.goto(`${site.origin}/`);
  const widget = page.locator('ex-back-quiz');
  await waitForWidget(widget);
  await widget.evaluate((host) => {
    const root = /** @type {ShadowRoot} */ (host.shadowRoot);
    const say = (/** @type {string} */ line) => /** @type {any} */ (window).__heard(line);
    const textOf = (/** @type {Element} */ element) =>
      element.textContent?.replace(/\s+/g, ' ').trim() ?? '';
    const status = /** @type {Element} */ (root.querySelector('[role="status"]'));
    new MutationObserver(() => {
      if (textOf(status)) say(`live: ${textOf(status)}`);
    }).observe(status, { childList: true, characterData: true, subtree: true });
    root.addEventListener('focusin', (event) => {
      const target = /** @type {Element} */ (event.composedPath()[0]);
      if (target.matches('#error, p')) say(`focus: "${textOf(target)}"`);
      else if (target.matches('[data-screen-heading]')) say(`focus: heading "${textOf(target)}"`);
    });
  });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Accessibility.enable');
  /** Chromium's accessibility tree, as the nodes assistive technology is given. */
  const tree = async () => {
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    const byId = new Map(nodes.map((node) => [node.nodeId, node]));
    // The text runs under a node, each a StaticText node: a screen reader reads them in turn.
    const textUnder = (node) =>
      node.role?.value === 'StaticText'
        ? (node.name?.value ?? '')
        : (node.childIds ?? []).map((id) => textUnder(byId.get(id) ?? {})).join(' ');
    return (
      nodes
        // The document itself is focused whenever anything in it is: only the node within counts.
        .filter((node) => !node.ignored && node.role?.value !== 'RootWebArea')
        .map((node) => ({
          role: node.role?.value,
          name: node.name?.value ?? '',
          description: node.description?.value ?? '',
          text: textUnder(node).replace(/\s+/g, ' ').trim(),
          focused: node.properties?.some((p) => p.name === 'focused' && p.value.value) ?? false,
          live: node.properties?.find((p) => p.name === 'live')?.value.value ?? null,
        }))
    );
  };
  return { ...opened, widget, heard, tree };
}

/** The widget's live region as Chromium exposes it: a polite status, whose changes are spoken. */
async function expectLiveRegion(tree, text) {
  const regions = (await tree()).filter((node) => node.live && node.role === 'status');
  assert.deepEqual(
    regions.map(({ role, live, text }) => ({ role, live, text })),
    [{ role: 'status', live: 'polite', text }],
    'the live region',
  );
}

/** Checks the answer `value` (its option id in content/quiz.ts), clicking it as a reader would. */
const choose = (widget, value) => widget.locator(`input[value="${value}"]`).check();
const press = (widget, name) => widget.getByRole('button', { name, exact: true }).click();

/** Waits until the screen's heading is `heading` and has focus (the widget moved it there). */
async function onScreen(widget, heading) {
  await widget.locator('[data-screen-heading]:focus', { hasText: heading }).waitFor();
}

/** Continue, then the next screen (its heading focused). */
async function next(widget, heading) {
  await press(widget, 'Continue');
  await onScreen(widget, heading);
}

test('Chromium’s tree: the error is focused and read with "Error:", and the group describes it', async () => {
  const { context, page, log, widget, tree } = await openArticle();
  try {
    await start(widget);
    await press(widget, 'Continue');
    await widget.locator('#error:focus').waitFor();
    const focused = (await tree()).filter((node) => node.focused);
    assert.deepEqual(
      focused.map(({ role, text }) => ({ role, text })),
      [{ role: 'paragraph', text: 'Error: Choose an answer to continue.' }],
    );
    const group = (await tree()).find((node) => node.role === 'group' && node.name === SAFETY);
    assert.equal(
      group?.description,
      'Your safety comes first. Abuse can be physical, emotional, sexual or about money. Error: Choose an answer to continue.',
    );
    // Tab goes from the message to the answers, the group named by its question.
    await page.keyboard.press('Tab');
    const answer = (await tree()).find((node) => node.focused);
    assert.deepEqual([answer?.role, answer?.name], ['radio', 'Yes']);
    await assertClean(page, log, site.origin);
  } finally {
    await context.close();
  }
});

test('Chromium’s tree: the Exit button is described by its shortcut, each help-line link names its service', async () => {
  const { context, page, log, widget, tree } = await openArticle();
  try {
    const nodes = await tree();
    const exit = nodes.find((node) => node.role === 'button' && node.name === 'Exit this page');
    assert.equal(exit?.description, 'Or press Shift 3 times');
    await start(widget);
    await choose(widget, 'yes');
    await next(widget, 'Please don’t go back to this relationship');
    const links = (await tree())
      .filter((node) => node.role === 'link' && /^(Call|Text|thehotline)/.test(node.name))
      .map((node) => node.name);
    assert.deepEqual(links, [
      'Call 911 (US), In danger right now',
      'Call 999 (UK), In danger right now',
      'Call 1-800-799-7233 (SAFE), National Domestic Violence Hotline (US)',
      'Text START to 88788, National Domestic Violence Hotline (US)',
      'thehotline.org, National Domestic Violence Hotline (US)',
      'Call 1-866-331-9474, loveisrespect (US, for young people)',
      'Text LOVEIS to 22522, loveisrespect (US, for young people)',
      'Call 0808 2000 247, National Domestic Abuse Helpline (UK)',
    ]);
    await assertClean(page, log, site.origin);
  } finally {
    await context.close();
  }
});

test('a host that cancels quiz-exit and navigates itself: focus goes to a note "Leaving this page.", not the body', async () => {
  const { context, page, log, widget, heard, tree } = await openArticle();
  try {
    await page.evaluate(() =>
      document.addEventListener('quiz-exit', (event) => {
        event.preventDefault();
        history.pushState(null, '', '#neutral');
      }),
    );
    await widget.locator('button[part~="exit-button"]').click();
    await widget.locator('p:focus').waitFor();
    assert.equal(await page.evaluate(() => document.activeElement?.localName), 'ex-back-quiz');
    const focused = (await tree()).filter((node) => node.focused);
    assert.deepEqual(
      focused.map(({ role, text }) => ({ role, text })),
      [{ role: 'paragraph', text: 'Leaving this page.' }],
    );
    // Read once, on focus: the live region does not say it again.
    assert.deepEqual(heard, ['focus: "Leaving this page."']);
    assert.equal(new URL(page.url()).hash, '#neutral');
    await assertClean(page, log, site.origin);
  } finally {
    await context.close();
  }
});

test('journey 1, abuse: the outcome heading is said once, then Shift×3 is counted down and leaves', async () => {
  const { context, page, widget, heard, tree } = await openArticle();
  try {
    await expectLiveRegion(tree, '');
    await start(widget);
    await expectLiveRegion(tree, 'Question 1, up to 7 more after this');
    await choose(widget, 'yes');
    await next(widget, 'Please don’t go back to this relationship');
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await widget.locator('[role="status"]', { hasText: 'press 1 more time' }).waitFor();
    await page.keyboard.press('Shift');
    await page.waitForURL(`${DEFAULT_EXIT_URL}*`);
    assert.deepEqual(heard, [
      `focus: heading "${SAFETY}"`,
      'live: Question 1, up to 7 more after this',
      'focus: heading "Please don’t go back to this relationship"',
      'live: Shift, press 2 more times to exit.',
      'live: Shift, press 1 more time to exit.',
      'live: Leaving this page.',
    ]);
    console.log(`journey 1, abuse:\n  ${heard.join('\n  ')}`);
  } finally {
    await context.close();
  }
});

test('journey 2, the longest reconciled path: each question heading and its progress, once', async () => {
  const { context, page, log, widget, heard, tree } = await openArticle();
  try {
    await expectLiveRegion(tree, '');
    await start(widget);
    await expectLiveRegion(tree, 'Question 1, up to 7 more after this');
    for (const [value, heading] of [
      ['not-sure', WARNING_SIGNS],
      ['none', BREAKUP],
      ['circumstances', PAST_HURT],
      ['no', MOTIVES],
      ['care', STAGE],
      ['no-contact', TIME_SINCE],
      ['a-month-or-more', URGE],
      ['no', 'You’re ready to reach out, calmly'],
    ]) {
      await choose(widget, value);
      await next(widget, heading);
    }
    assert.deepEqual(heard, [
      `focus: heading "${SAFETY}"`,
      'live: Question 1, up to 7 more after this',
      `focus: heading "${WARNING_SIGNS}"`,
      'live: Question 2, up to 6 more after this',
      `focus: heading "${BREAKUP}"`,
      'live: Question 3, up to 5 more after this',
      `focus: heading "${PAST_HURT}"`,
      'live: Question 4, up to 4 more after this',
      `focus: heading "${MOTIVES}"`,
      'live: Question 5, up to 3 more after this',
      `focus: heading "${STAGE}"`,
      'live: Question 6, up to 2 more after this',
      `focus: heading "${TIME_SINCE}"`,
      'live: Question 7, up to 1 more after this',
      `focus: heading "${URGE}"`,
      'live: Question 8, the last one',
      'focus: heading "You’re ready to reach out, calmly"',
    ]);
    console.log(`journey 2, the longest reconciled path:\n  ${heard.join('\n  ')}`);
    await assertClean(page, log, site.origin);
  } finally {
    await context.close();
  }
});

test('journey 3, errors, Back and Change: each error read once on focus, each screen once', async () => {
  const { context, page, log, widget, heard, tree } = await openArticle();
  try {
    await expectLiveRegion(tree, '');
    await start(widget);
    await expectLiveRegion(tree, 'Question 1, up to 7 more after this');
    await press(widget, 'Continue');
    await widget.locator('#error:focus').waitFor();
    await choose(widget, 'not-sure');
    await next(widget, WARNING_SIGNS);
    await press(widget, 'Continue');
    await widget.locator('#error:focus').waitFor();
    await choose(widget, 'none');
    await next(widget, BREAKUP);
    await press(widget, 'Back');
    await onScreen(widget, WARNING_SIGNS);
    await next(widget, BREAKUP);
    await choose(widget, 'hurtful');
    await next(widget, 'Take it to heart and let this relationship go');
    await widget.getByRole('button', { name: `Change your answer to “${BREAKUP}”` }).click();
    await onScreen(widget, BREAKUP);
    await widget.locator('input[value="hurtful"]').uncheck();
    await choose(widget, 'circumstances');
    await next(widget, PAST_HURT);
    await choose(widget, 'yes');
    await next(widget, 'Reconsider getting back together for now');
    assert.deepEqual(heard, [
      `focus: heading "${SAFETY}"`,
      'live: Question 1, up to 7 more after this',
      'focus: "Error: Choose an answer to continue."',
      `focus: heading "${WARNING_SIGNS}"`,
      'live: Question 2, up to 6 more after this',
      'focus: "Error: Choose at least one answer to continue."',
      `focus: heading "${BREAKUP}"`,
      'live: Question 3, up to 5 more after this',
      `focus: heading "${WARNING_SIGNS}"`,
      'live: Question 2, up to 6 more after this',
      `focus: heading "${BREAKUP}"`,
      'live: Question 3, up to 5 more after this',
      'focus: heading "Take it to heart and let this relationship go"',
      `focus: heading "${BREAKUP}"`,
      'live: Question 3, up to 5 more after this',
      `focus: heading "${PAST_HURT}"`,
      'live: Question 4, up to 4 more after this',
      'focus: heading "Reconsider getting back together for now"',
    ]);
    console.log(`journey 3, errors, Back and Change:\n  ${heard.join('\n  ')}`);
    await assertClean(page, log, site.origin);
  } finally {
    await context.close();
  }
});
