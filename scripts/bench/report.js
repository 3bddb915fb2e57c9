// Step 5, the report: every section in Markdown, in the order BENCHMARKS.md shows them, printed
// and written to .bench/results.md, and every figure and raw run to .bench/results.json.
import { writeFileSync } from 'node:fs';
import { cpus, platform, release } from 'node:os';
import { join } from 'node:path';
import { BUDGETS } from './budgets.js';
import { table } from './format.js';
import { EMBED, OUT } from './paths.js';
import { budgetRows } from './report-budgets.js';
import { lighthouseLines } from './report-lighthouse.js';
import { ANALYSIS_HEAD, analysisRows, sizeLines, sizeRows } from './report-sizes.js';
import { HEAP_HEAD, heapRows, TIMING_HEAD, timingRows } from './report-timings.js';

function environment(browserVersion) {
  return {
    date: new Date().toISOString().slice(0, 10),
    node: process.version,
    chromium: browserVersion,
    cpus: `${cpus().length} × ${cpus()[0]?.model ?? '?'}`,
    os: `${platform()} ${release()}`,
  };
}

function markdown(run, env, seconds) {
  const { options, build, sizes, analysis, cpu1, cpu4, lighthouse } = run;
  const { runs, answers, cpuSlowdown } = options;
  const lines = [];
  const out = (text = '') => lines.push(text);
  out(`## ex-back-quiz bench, ${env.date}`);
  out();
  out(
    `Node ${env.node}, ${env.chromium ? `Chromium ${env.chromium}, ` : ''}${env.cpus}, ${env.os}.${!cpu1 ? ' No browser timings in this run.' : ` Timings: median over ${runs} fresh browser contexts per figure; answers: ${answers} answers and ${answers} Backs per context (per-context median and p90, then the median of those).`}`,
  );
  out();
  if (build.ran) {
    out('Build: `node scripts/build.js` passed (the embed is within the size gate).');
    out();
  }
  out('### Budgets');
  out();
  out(table(['Budget', 'limit', 'measured', 'verdict'], budgetRows({ ...run, cpuSlowdown })));
  out();
  out(`### Size of ${EMBED}`);
  out();
  out(
    table(['', 'bytes', 'KB', 'static HTML page + its script'], sizeRows(sizes, run.staticBytes)),
  );
  out();
  if (cpu1) {
    out(`### Timings, 1× CPU (median of ${runs})`);
    out();
    out(table(TIMING_HEAD, timingRows(cpu1)));
    out();
    out(`### Timings, ${cpuSlowdown}× CPU throttling (median of ${runs})`);
    out();
    out(table(TIMING_HEAD, timingRows(cpu4)));
    out();
    out(`### JS heap after a forced GC (CDP, median of ${runs})`);
    out();
    out(table(HEAP_HEAD, heapRows(cpu1, answers)));
    out();
  }
  out('### Bundle analysis (bytes; gzip -9)');
  out();
  out(table(ANALYSIS_HEAD, analysisRows(analysis)));
  out();
  if (analysis.other.length) {
    out(`Other modules: ${analysis.other.join(', ')}.`);
    out();
  }
  for (const line of sizeLines(sizes, analysis)) out(line);
  if (!analysis.matchesDist) {
    out();
    out(
      `⚠ The analysis build (${analysis.full.min} B) differs from ${EMBED} (${sizes.min} B): the sources changed since the build.`,
    );
  }
  out();
  if (lighthouse) {
    for (const line of lighthouseLines(lighthouse, run.layoutShifts)) out(line);
  }
  out(`Bench run time: ${seconds.toFixed(0)} s.`);
  return `${lines.join('\n')}\n`;
}

/** Renders this run's report, writes .bench/results.{md,json}; returns the Markdown. */
export function writeReport(run) {
  const env = environment(run.browserVersion ?? null);
  const seconds = (performance.now() - run.started) / 1000;
  const text = markdown(run, env, seconds);
  const { options } = run;
  writeFileSync(join(OUT, 'results.md'), text);
  const json = {
    environment: env,
    options: {
      sizesOnly: options.sizesOnly,
      runs: options.runs,
      answers: options.answers,
      cpuSlowdown: options.cpuSlowdown,
    },
    build: run.build,
    budgets: BUDGETS,
    sizes: run.sizes,
    staticPageBytes: run.staticBytes ?? null,
    analysis: run.analysis,
    timings: { cpu1: run.cpu1 ?? null, [`cpu${options.cpuSlowdown}`]: run.cpu4 ?? null },
    lighthouse: run.lighthouse ?? null,
    demoLayoutShifts: run.layoutShifts ?? null,
    seconds,
  };
  writeFileSync(join(OUT, 'results.json'), `${JSON.stringify(json, null, 2)}\n`);
  return text;
}
