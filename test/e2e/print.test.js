// Print or save this plan, on dist/: the outcome's button opens the browser's print dialog, and
// what prints (headless Chromium's page.pdf() lays the page out with print media) is the plan:
// heading, why, help lines, each step in full with its link written out, and nothing of the
// reader's answers, no buttons, no quick exit. The PDF's text is read with unpdf (pdf.js).
//
// The demo page is the guide itself, so its article would print every step anyway: the test hides
// the host page around the widget (the page's own print CSS is the site's business) and reads what
// the widget prints. Everything expected is written out by hand from content/guide.ts, quiz.ts and
// ui.ts.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { extractText, getDocumentProxy } from 'unpdf';
import { serve } from '../../scripts/serve.js';
import { READER_PATHS } from '../reader-paths.js';
import {
  answerAll,
  assertClean,
  openPage,
  serveDemoSite,
  start,
  waitForWidget,
} from './helpers.js';

/** Print only the widget: every element that is neither it, in it, nor holds it goes. */
const ONLY_THE_WIDGET =
  '@media print { body :not(ex-back-quiz, ex-back-quiz *, :has(ex-back-quiz)) { display: none } }';

/** What never prints: the reader's answers, and the widget's controls. */
const NEVER = [
  'Your answers',
  'Change',
  'Start again',
  'Print or save this plan',
  'Exit this page',
  'Or press Shift 3 times',
  'Show the full step here',
  'Quick exit hides this quiz',
];

/** The steps each outcome prints: title and one sentence of its body (content/guide.ts). */
const STEPS = {
  7: ['Start slowly.', 'Treat this as a new relationship—because it is.'],
  8: [
    'Address the real issues.',
    'Have an honest discussion of what you each want from the relationship and how you can work with each other to get it.',
  ],
  9: [
    'Acknowledge past grievances and address them as necessary.',
    'Don’t throw old grievances in each other’s faces; it will make it extremely difficult to move forward in the relationship.',
  ],
  10: [
    'Follow up and be accountable.',
    'Calmly remind him of what both of you previously discussed regarding the issue and patiently explain why what he did (or didn’t do) doesn’t fit with your expectations.',
  ],
  11: [
    'Focus on the present.',
    'It is reasonable, though, to ask your partner to get STD tested before you resume intimacy.',
  ],
  13: [
    'Keep a level head.',
    'Unless you’re both able to resolve your past issues and have a clear plan for moving forward, your relationship will soon begin to fall victim to the same issues that first broke you up.',
  ],
};

const PLANS = {
  'dont-go-back': {
    heading: 'Please don’t go back to this relationship',
    why: 'The guide is clear: if the relationship was abusive in any way, don’t go back to it.',
    also: [
      'Help is available, free and confidential',
      'National Domestic Violence Hotline (US)',
      'Call 1-800-799-7233 (SAFE)',
      'Text START to 88788',
      'Call 1-866-331-9474',
      'Call 0808 2000 247',
      'Call 911 (US)',
      'Call 999 (UK)',
    ],
    // The question answered on the way.
    answered: ['Has he ever hurt you, threatened you, controlled you or made you feel afraid?'],
  },
  rebuild: {
    heading: 'Rebuild it as a new relationship',
    why: 'You’ve both decided to try again. Treat it as a new relationship',
    also: [],
    answered: [
      'Has he ever hurt you, threatened you, controlled you or made you feel afraid?',
      'Why did you break up?',
      'Circumstances got in the way, like distance, timing or stress',
      'Are you still carrying hurt, anger or resentment from the relationship?',
      'No, I’ve made peace with what happened',
      'Why do you want him back?',
      'I care about him and truly believe the relationship has potential for both of us',
      'Where do things stand with him right now?',
      'We’ve had the serious talk about us',
      'What did you decide together?',
    ],
  },
};

/** The PDF's text, all pages, whitespace collapsed; A4 with the print dialog's usual margins. */
async function pdfText(page) {
  const margin = { top: '1cm', right: '1cm', bottom: '1cm', left: '1cm' };
  const pdf = await getDocumentProxy(new Uint8Array(await page.pdf({ format: 'A4', margin })));
  const { text } = await extractText(pdf, { mergePages: true });
  return text.replace(/\s+/g, ' ');
}

/** The plan for `outcome` is all in `text`, with each step's link to `guide`, and nothing else. */
function assertPlan(text, outcome, guide) {
  const plan = PLANS[outcome];
  for (const expected of [plan.heading, plan.why, ...plan.also]) {
    assert.ok(text.includes(expected), `prints “${expected}”`);
  }
  for (const number of READER_PATHS[outcome].steps) {
    const [title, sentence] = STEPS[number];
    assert.ok(text.includes(`Step ${number} ${title}`), `prints step ${number}’s title`);
    assert.ok(text.includes(sentence), `prints step ${number} in full: “${sentence}”`);
    assert.ok(
      text.includes(`Read step ${number} in the guide (${guide}#step-${number})`),
      `prints step ${number}’s link written out`,
    );
  }
  for (const absent of [...NEVER, ...plan.answered]) {
    assert.ok(!text.includes(absent), `does not print “${absent}”`);
  }
}

/** Start, answer `outcome`'s reader path, wait for its heading. */
async function playTo(widget, outcome) {
  await waitForWidget(widget);
  await start(widget);
  await answerAll(
    widget,
    READER_PATHS[outcome].answers.map(([, ...choices]) => choices),
  );
  await widget.locator('[data-screen-heading]', { hasText: PLANS[outcome].heading }).waitFor();
}

describe('Print or save this plan', () => {
  const site = serveDemoSite();

  for (const outcome of ['dont-go-back', 'rebuild']) {
    test(`${outcome}: the PDF has the plan in full and none of the answers`, async () => {
      const { context, page, log } = await openPage(site.browser);
      try {
        await page.goto(`${site.origin}/`);
        const widget = page.locator('ex-back-quiz');
        await playTo(widget, outcome);
        // Scrolled to the steps, the floating Exit button is showing: it does not print either.
        await widget.locator('ol.steps').scrollIntoViewIfNeeded();
        await widget.locator('.exit:popover-open').waitFor();
        await page.addStyleTag({ content: ONLY_THE_WIDGET });
        assertPlan(await pdfText(page), outcome, `${site.origin}/`);
        await assertClean(page, log, site.origin);
      } finally {
        await context.close();
      }
    });
  }

  test('the button opens the print dialog (window.print)', async () => {
    const { context, page, log } = await openPage(site.browser);
    try {
      await page.goto(`${site.origin}/`);
      const widget = page.locator('ex-back-quiz');
      await playTo(widget, 'dont-go-back');
      await page.evaluate(() => {
        window.__printed = 0;
        window.print = () => {
          window.__printed += 1;
        };
      });
      await widget.getByRole('button', { name: 'Print or save this plan', exact: true }).click();
      assert.equal(await page.evaluate(() => window.__printed), 1, 'window.print called once');
      // Still on the outcome: printing changes nothing in the widget.
      await widget
        .locator('[data-screen-heading]', { hasText: PLANS['dont-go-back'].heading })
        .waitFor();
      await assertClean(page, log, site.origin);
    } finally {
      await context.close();
    }
  });

  test('the standalone frame page prints the plan the same way', async () => {
    // dist/ as the site owner serves it; frame.html opened on its own prints its own document,
    // which is what print() in the frame prints. frame.css must hide nothing of it.
    const quiz = await serve({ root: 'dist', port: 0 });
    const quizOrigin = `http://127.0.0.1:${quiz.address().port}`;
    const { context, page } = await openPage(site.browser, {
      viewport: { width: 600, height: 800 },
    });
    try {
      const guide = 'https://guide.example/article';
      await page.goto(`${quizOrigin}/frame.html?guide-url=${encodeURIComponent(guide)}`);
      const widget = page.locator('ex-back-quiz');
      await playTo(widget, 'rebuild');
      assertPlan(await pdfText(page), 'rebuild', guide);
    } finally {
      await context.close();
      quiz.close();
    }
  });
});
