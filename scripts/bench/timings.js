// Step 3, the timings: each page in fresh browser contexts, its marks (taken in the page by the
// harness) turned into figures, the answer loop run, the heap read before and after it.
import { openPage } from './browser.js';
import { heapUsed } from './heap.js';
import { VARIANTS } from './pages.js';
import { median, percentile } from './stats.js';

/** One fresh context on one page: its figures, in milliseconds from navigation or script. */
async function measure(browser, base, variant, { cpu, heap, answers }) {
  const { page: path, script, questions } = VARIANTS[variant];
  const { context, page, cdp, marks } = await openPage(browser, base + path, { cpu });
  const scriptEnd = await page.evaluate((name) => window.__bench.responseEnd(name), script);
  const result = {
    navToParsed: marks.parsed,
    navToRan: marks.ran,
    navToIntro: marks.intro,
    navToQuestion: marks.question,
    navToQuestionFrame: marks.questionFrame,
    navToQuestionPainted: marks.questionPainted,
    scriptToRan: marks.ran - scriptEnd,
    scriptToIntro: marks.intro - scriptEnd,
    scriptToQuestion: variant === 'widget' ? marks.question - scriptEnd : undefined,
  };
  if (heap) result.heapRendered = await heapUsed(cdp);
  if (questions) {
    const samples = await page.evaluate(
      ([count, value]) => window.__bench.answerLoop(count, value),
      [answers, 'no'],
    );
    for (const [name, values] of Object.entries(samples)) {
      result[name] = median(values);
      result[`${name}P90`] = percentile(values, 90);
    }
  }
  if (heap) result.heapAnswered = await heapUsed(cdp);
  await context.close();
  return result;
}

/**
 * `runs` fresh contexts per page, interleaved so that drift on a shared machine hits all three
 * alike; the median of each figure. Heap only at full CPU speed: throttling does not change it.
 */
export async function timings(browser, base, { cpu, runs, answers }) {
  const samples = { widget: [], baseline: [], static: [] };
  for (let run = 0; run < runs; run++) {
    for (const variant of Object.keys(samples)) {
      samples[variant].push(
        await measure(browser, base, variant, { cpu, heap: cpu === 1, answers }),
      );
    }
  }
  const medians = {};
  for (const [variant, list] of Object.entries(samples)) {
    medians[variant] = {};
    for (const key of new Set(list.flatMap(Object.keys))) {
      medians[variant][key] = median(list.map((item) => item[key]));
    }
  }
  return { runs, medians, samples };
}
