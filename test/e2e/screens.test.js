// Every screen of the built widget (the catalogue, screen-catalogue.js), in English and in the
// right-to-left pseudo-locale ar-XB, each at 320 and 1280 px wide, light and dark:
// - axe (axe-core, all its default rules, colour contrast included, shadow DOM included) on every
//   screen × width × theme × language: no violation;
// - the accessibility tree (Playwright's ariaSnapshot) of every English screen at 1280 px, light,
//   equal to its committed file in test/e2e/aria-snapshots/<screen>.yml;
// - a picture of the widget element on every screen at both widths, light and dark in English,
//   light in ar-XB, equal to its committed PNG in test/e2e/visual-baselines/<language>/<width>-
//   <theme>/<screen>.png, up to anti-aliasing (see MATCH). On a failure the actual picture and a
//   diff (mismatched pixels red) are written to test-results/screens/ (gitignored).
// The quiz is walked once per language in one page; each screen is shown in every variant there.
//
// UPDATE_SNAPSHOTS=1 rewrites both kinds of files (`aria` or `visual`: one kind only) and deletes
// those of screens that no longer exist; `npm run test:visual:update` and `npm run
// test:aria:update` build first and do that. Pictures are Debian Chromium's with DejaVu fonts: on
// another browser build they may differ, so update them on the machine that runs the tests.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { after, before, test } from 'node:test';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { assertClean, launchBrowser, openPage } from './helpers.js';
import {
  EMBEDS,
  SCREEN_NAMES,
  serveCatalogue,
  showVariant,
  VARIANTS,
  walkCatalogue,
} from './screen-catalogue.js';

const ARIA_DIR = 'test/e2e/aria-snapshots';
const VISUAL_DIR = 'test/e2e/visual-baselines';
const FAILURES_DIR = 'test-results/screens';
/** The browser the baselines were drawn by, written with them: another one draws other pixels. */
const BROWSER_FILE = join(VISUAL_DIR, 'browser.txt');
const UPDATE = process.env.UPDATE_SNAPSHOTS ?? '';
const UPDATE_ARIA = ['1', 'true', 'all', 'aria'].includes(UPDATE);
const UPDATE_VISUAL = ['1', 'true', 'all', 'visual'].includes(UPDATE);

/** The variant whose accessibility tree is snapshotted (English only): it is the same in all. */
const ARIA_VARIANT = '1280-light';
/** The variants photographed, per language: all four in English, light at both widths in ar-XB. */
const PHOTOGRAPHED = {
  en: VARIANTS.map(({ id }) => id),
  'ar-XB': VARIANTS.filter(({ theme }) => theme === 'light').map(({ id }) => id),
};

/**
 * How close a picture must be to its baseline. Same size, always. `threshold` is pixelmatch's
 * per-pixel colour distance (0–1, in YIQ): 0.1, its default, lets through the faint shade
 * differences of anti-aliased edges, while a colour change of a text, border or background (our
 * palette's nearest pair, text #1f1d24 against muted #55505f, is about 0.2 apart) counts. Pixels
 * pixelmatch recognises as anti-aliasing are not counted at all. `maxDiffPixels`: 20 pixels may
 * differ beyond that, for a stray glyph edge; two runs on one machine differ in none (checked when
 * the baselines were made). The smallest defect that matters is far larger: a 3 px focus ring
 * around a 20 px radio is about 300 pixels, a one-pixel shift of a line of text hundreds.
 */
const MATCH = { threshold: 0.1, maxDiffPixels: 20 };

const AXE_SOURCE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');

let browser;
let catalogue;
/** What each language's walk found, by tag. */
const walks = new Map();

before(async () => {
  catalogue = await serveCatalogue();
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  catalogue?.close();
});

/** Runs in the page: axe on the whole document, the widget's open shadow root included. */
async function runAxe() {
  const result = await /** @type {any} */ (window).axe.run(document, {
    resultTypes: ['violations'],
  });
  return {
    violations: result.violations.map((/** @type {any} */ violation) => ({
      rule: violation.id,
      impact: violation.impact,
      help: violation.help,
      nodes: violation.nodes.map((/** @type {any} */ node) => ({
        target: JSON.stringify(node.target),
        html: node.html,
        summary: node.failureSummary,
      })),
    })),
    incomplete: result.incomplete.map((/** @type {any} */ item) => item.id),
  };
}

/**
 * Compares a picture with its baseline (or writes it). Returns how many pixels differ and what is
 * wrong (null if nothing).
 */
function checkPicture(actual, file) {
  const baseline = join(VISUAL_DIR, file);
  if (UPDATE_VISUAL) {
    mkdirSync(dirname(baseline), { recursive: true });
    writeFileSync(baseline, actual);
    return { pixels: 0, problem: null };
  }
  const failed = (/** @type {string} */ problem, /** @type {PNG | null} */ diff) => {
    const out = join(FAILURES_DIR, file.replace(/\.png$/, ''));
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(`${out}.actual.png`, actual);
    if (diff) writeFileSync(`${out}.diff.png`, PNG.sync.write(diff));
    return `${file}: ${problem} (see ${out}.actual.png${diff ? ', .diff.png' : ''})`;
  };
  if (!existsSync(baseline)) {
    return { pixels: Infinity, problem: failed('no baseline: npm run test:visual:update', null) };
  }
  const got = PNG.sync.read(actual);
  const want = PNG.sync.read(readFileSync(baseline));
  if (got.width !== want.width || got.height !== want.height) {
    const size = `${got.width}×${got.height} px, the baseline ${want.width}×${want.height}`;
    return { pixels: Infinity, problem: failed(size, null) };
  }
  const diff = new PNG({ width: got.width, height: got.height });
  const pixels = pixelmatch(want.data, got.data, diff.data, got.width, got.height, {
    threshold: MATCH.threshold,
  });
  const problem = pixels > MATCH.maxDiffPixels ? failed(`${pixels} pixels differ`, diff) : null;
  return { pixels, problem };
}

/** Compares an accessibility tree with its committed snapshot (or writes it). */
function checkTree(actual, screen) {
  const file = join(ARIA_DIR, `${screen}.yml`);
  const text = `${actual.trimEnd()}\n`;
  if (UPDATE_ARIA) {
    mkdirSync(ARIA_DIR, { recursive: true });
    writeFileSync(file, text);
    return null;
  }
  const expected = existsSync(file) ? readFileSync(file, 'utf8') : null;
  if (expected === text) return null;
  const out = join(FAILURES_DIR, 'aria', `${screen}.yml`);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, text);
  return { screen, file, out, expected, actual: text };
}

/** Files under `dir` (relative to it), recursively. */
function filesUnder(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)));
}

/** Walks `embed`'s catalogue and checks every screen in every variant; returns what it found. */
async function walk({ tag }) {
  const found = {
    screens: [],
    axe: { checks: 0, ms: 0, violations: [], incomplete: new Map() },
    aria: { checks: 0, mismatches: [] },
    visual: { checks: 0, ms: 0, problems: [], files: [], mostPixels: 0 },
    ms: 0,
    variantMs: 0,
  };
  const started = performance.now();
  const { context, page, log } = await openPage(browser, {
    viewport: { width: 1280, height: 600 },
    deviceScaleFactor: 1,
    colorScheme: 'light',
  });
  try {
    await context.addInitScript({ content: AXE_SOURCE });
    found.screens = await walkCatalogue(page, `${catalogue.origin}/${tag}.html`, async (screen) => {
      const widget = page.locator('ex-back-quiz');
      for (const variant of VARIANTS) {
        let time = performance.now();
        await showVariant(page, widget, variant);
        found.variantMs += performance.now() - time;
        const where = `${tag} ${screen} ${variant.id}`;

        time = performance.now();
        const { violations, incomplete } = await page.evaluate(runAxe);
        found.axe.ms += performance.now() - time;
        found.axe.checks += 1;
        for (const violation of violations) found.axe.violations.push({ where, ...violation });
        for (const rule of incomplete) {
          found.axe.incomplete.set(rule, (found.axe.incomplete.get(rule) ?? 0) + 1);
        }

        if (tag === 'en' && variant.id === ARIA_VARIANT) {
          found.aria.checks += 1;
          // The server's port changes from run to run: links are written from <origin>.
          const tree = (await widget.ariaSnapshot()).replaceAll(catalogue.origin, '<origin>');
          const mismatch = checkTree(tree, screen);
          if (mismatch) found.aria.mismatches.push(mismatch);
        }

        if (PHOTOGRAPHED[tag]?.includes(variant.id)) {
          time = performance.now();
          const picture = await widget.screenshot({
            animations: 'disabled',
            caret: 'hide',
            scale: 'css',
          });
          found.visual.ms += performance.now() - time;
          found.visual.checks += 1;
          const file = join(tag, variant.id, `${screen}.png`);
          found.visual.files.push(file);
          const { pixels, problem } = checkPicture(picture, file);
          if (problem) found.visual.problems.push(problem);
          else found.visual.mostPixels = Math.max(found.visual.mostPixels, pixels);
        }
      }
    });
    await assertClean(page, log, catalogue.origin);
  } finally {
    await context.close();
  }
  found.ms = performance.now() - started;
  return found;
}

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

for (const embed of EMBEDS) {
  test(`${embed.tag}: the catalogue's ${SCREEN_NAMES.length} screens, each in ${VARIANTS.length} variants`, async (t) => {
    const found = await walk(embed);
    walks.set(embed.tag, found);
    t.diagnostic(
      `${embed.tag}: ${seconds(found.ms)}; widths and themes set ${seconds(found.variantMs)}; axe ${found.axe.checks} runs, ${seconds(found.axe.ms)}; ` +
        `${found.visual.checks} pictures, ${seconds(found.visual.ms)}, ` +
        `at most ${found.visual.mostPixels} pixels off among those that match; ` +
        `${found.aria.checks} accessibility trees`,
    );
    assert.deepEqual(found.screens, SCREEN_NAMES, 'every screen of the catalogue, once');
  });

  test(`${embed.tag}: axe finds no violation on any screen, width or theme`, (t) => {
    const found = walks.get(embed.tag);
    assert.ok(found, `${embed.tag} was walked`);
    assert.equal(found.axe.checks, SCREEN_NAMES.length * VARIANTS.length);
    const incomplete = [...found.axe.incomplete].map(([rule, count]) => `${rule} ×${count}`);
    if (incomplete.length)
      t.diagnostic(`axe needs review (not failures): ${incomplete.join(', ')}`);
    const report = found.axe.violations.map(
      ({ where, rule, impact, help, nodes }) =>
        `${where}: ${rule} (${impact}): ${help}\n${nodes
          .map(({ target, html, summary }) => `    ${target} ${html}\n      ${summary}`)
          .join('\n')}`,
    );
    // Every one in the message: a diff of a long list would skip most of them.
    assert.ok(report.length === 0, `${report.length} axe violations:\n${report.join('\n')}`);
  });

  test(`${embed.tag}: every picture equals its baseline`, () => {
    const found = walks.get(embed.tag);
    assert.ok(found, `${embed.tag} was walked`);
    assert.equal(found.visual.checks, SCREEN_NAMES.length * PHOTOGRAPHED[embed.tag].length);
    const drawnBy = existsSync(BROWSER_FILE) ? readFileSync(BROWSER_FILE, 'utf8').trim() : '?';
    const browserNote =
      drawnBy === browser.version()
        ? ''
        : ` (baselines drawn by ${drawnBy}, now ${browser.version()})`;
    const { problems } = found.visual;
    assert.ok(
      problems.length === 0,
      `${problems.length} pictures unlike their baselines${browserNote}:\n${problems.join('\n')}`,
    );
  });
}

test('en: every accessibility tree equals its snapshot', () => {
  const found = walks.get('en');
  assert.ok(found, 'en was walked');
  assert.equal(found.aria.checks, SCREEN_NAMES.length);
  const [first] = found.aria.mismatches;
  if (!first) return;
  const all = found.aria.mismatches.map(({ file }) => file).join(', ');
  assert.equal(
    first.actual,
    first.expected ?? '(no snapshot: npm run test:aria:update)\n',
    `unlike their snapshots: ${all}; the first shown; the actual trees in ${FAILURES_DIR}/aria/`,
  );
});

test('no snapshot or baseline of a screen the catalogue no longer has', () => {
  const pictures = new Set([...walks.values()].flatMap((found) => found.visual.files));
  const trees = new Set(SCREEN_NAMES.map((screen) => `${screen}.yml`));
  const stale = [
    ...filesUnder(VISUAL_DIR)
      .filter((file) => !pictures.has(file) && join(VISUAL_DIR, file) !== BROWSER_FILE)
      .map((file) => join(VISUAL_DIR, file)),
    ...filesUnder(ARIA_DIR)
      .filter((file) => !trees.has(file))
      .map((file) => join(ARIA_DIR, file)),
  ];
  if (walks.size !== EMBEDS.length) return; // a walk failed: its own test says so
  if (UPDATE_VISUAL) writeFileSync(BROWSER_FILE, `${browser.version()}\n`);
  if (UPDATE_VISUAL || UPDATE_ARIA) {
    for (const file of stale) {
      if (
        file.startsWith(UPDATE_VISUAL ? VISUAL_DIR : '\0') ||
        file.startsWith(UPDATE_ARIA ? ARIA_DIR : '\0')
      )
        rmSync(file);
    }
    return;
  }
  assert.deepEqual(stale, [], 'stale files: UPDATE_SNAPSHOTS=1 removes them');
});
