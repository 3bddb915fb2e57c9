// `npm run bench`: builds, then measures the embed against the project's budgets
// (scripts/bench/budgets.js) and prints every figure beside the same figure for a page without
// the widget (BASELINE: the same blank shell) and for the same first question as plain HTML
// (STATIC: the practical limit), as ratios measured in one run. Timings are medians over fresh
// browser contexts; nothing here is asserted and nothing runs in `npm test`. See BENCHMARKS.md
// for what each figure means. This file runs the steps; each step is a module in scripts/bench/.
//
//   node scripts/bench.js                 build, sizes + bundle analysis, browser, Lighthouse
//   node scripts/bench.js --sizes-only    build, sizes + bundle analysis only (a few seconds)
//   options: --no-build  --no-timings  --no-lighthouse  --runs=N (default 7, at least 5)
//            --answers=N (default 50, at least 50)
//            --write-doc (replace the results block in BENCHMARKS.md with this run's tables)
//
// Writes .bench/results.json, .bench/results.md, .bench/lighthouse.{json,html} (git-ignored).
import { mkdirSync } from 'node:fs';
import { launchBrowser } from './bench/browser.js';
import { analyseBundle } from './bench/bundle-analysis.js';
import { demoLayoutShifts } from './bench/layout-shifts.js';
import { lighthouseRun } from './bench/lighthouse.js';
import { parseOptions } from './bench/options.js';
import { writePages, writeStaticPage } from './bench/pages.js';
import { EMBED, OUT, ROOT } from './bench/paths.js';
import { writeReport } from './bench/report.js';
import { withServers } from './bench/server.js';
import { compressedSizes, readEmbed, runBuild } from './bench/sizes.js';
import { timings } from './bench/timings.js';
import { writeDoc } from './bench/write-doc.js';

const started = performance.now();
process.chdir(ROOT);
let options;
try {
  options = parseOptions(process.argv.slice(2));
} catch (error) {
  console.error(`${error.message} (the usage is at the top of scripts/bench.js)`);
  process.exit(2);
}
mkdirSync(OUT, { recursive: true });

/** Steps 3 and 4: the bench pages and the demo article in Chromium, then Lighthouse. */
async function measureInBrowser() {
  const found = {};
  writePages();
  await withServers(async ({ pages, demo }) => {
    const browser = await launchBrowser();
    try {
      found.browserVersion = browser.version();
      if (options.timings) {
        const { runs, answers, cpuSlowdown } = options;
        console.log(
          `▶ browser timings: Chromium ${found.browserVersion}, ${runs} contexts per figure`,
        );
        found.staticBytes = await writeStaticPage(browser, pages);
        found.cpu1 = await timings(browser, pages, { cpu: 1, runs, answers });
        console.log(`▶ the same with ${cpuSlowdown}× CPU throttling`);
        found.cpu4 = await timings(browser, pages, { cpu: cpuSlowdown, runs, answers });
      }
      console.log('▶ layout shifts on the demo article');
      found.layoutShifts = await demoLayoutShifts(browser, demo);
    } finally {
      await browser.close();
    }
    if (options.lighthouse) {
      console.log('▶ Lighthouse on the demo article (dist/demo/index.html)');
      try {
        found.lighthouse = await lighthouseRun(`${demo}/`);
      } catch (error) {
        found.lighthouse = { error: String(error?.stack ?? error) };
        console.error('Lighthouse failed:', error);
      }
    }
  });
  return found;
}

// 1. Build (it stops the bench if it fails: over the size gate, or broken) and sizes.
const build = options.build ? runBuild() : { ran: false, status: null };
const embed = readEmbed();
const sizes = compressedSizes(embed);

// 2. What each part of the embed costs, and the floor.
console.log('▶ bundle analysis (in-memory builds with the embed config)');
const analysis = await analyseBundle(embed);
if (!analysis.matchesDist) {
  console.log(
    `⚠ the analysis build (${analysis.full.min} B) differs from ${EMBED} (${sizes.min} B): the sources changed since the build; rebuild with npm run build.`,
  );
}

// 3–4. Browser timings, heap, layout shifts, Lighthouse.
const measured = options.sizesOnly ? {} : await measureInBrowser();

// 5. The report.
const markdown = writeReport({ started, options, build, sizes, analysis, ...measured });
console.log(`\n${markdown}`);
console.log('Wrote .bench/results.md and .bench/results.json.');
if (options.writeDoc) writeDoc(markdown);
