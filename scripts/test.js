// `npm test`: every check of the project, in order, then one closing line `N passed, N failed`.
// A whole-tool check (typecheck, lint, build) counts as one test; a test suite contributes its own
// counts through TEST_COUNTS_FILE. Every step runs even after a failure, so one run shows all
// problems; the exit code is non-zero if anything failed.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** node:test on `files`, its counts reported through TEST_COUNTS_FILE. */
const nodeTest = (files) =>
  'node --test --test-reporter=spec --test-reporter-destination=stdout' +
  ' --test-reporter=./scripts/node-test-counts.js' +
  ` --test-reporter-destination="$TEST_COUNTS_FILE" ${files}`;

const steps = [
  { name: 'typecheck', command: 'npx tsc --noEmit' },
  { name: 'lint and format', command: 'npx biome check .' },
  {
    // Node only: the decision tree's picture is up to date and its graph says what the guide says;
    // the build's own transforms do what they claim.
    name: 'decision-tree map and build transforms',
    command: nodeTest('test/map/*.test.js test/build/*.test.js'),
    counts: true,
  },
  { name: 'browser tests', command: 'npx web-test-runner', counts: true },
  {
    name: 'build (embed, package, demo; fails over the size gate)',
    command: 'node scripts/build.js',
  },
  {
    // The built dist/ in Chromium: the demo's pages, the README snippet, the static server.
    name: 'end-to-end on dist/',
    command: nodeTest('test/e2e/*.test.js'),
    counts: true,
  },
];

const scratch = mkdtempSync(join(tmpdir(), 'ex-back-quiz-test-'));
const total = { passed: 0, failed: 0, skipped: 0 };

for (const [index, step] of steps.entries()) {
  console.log(`\n▶ ${step.name}: ${step.command}`);
  const countsFile = join(scratch, `${index}.json`);
  const env = { ...process.env, ...(step.counts ? { TEST_COUNTS_FILE: countsFile } : {}) };
  const run = spawnSync(step.command, { shell: true, stdio: 'inherit', env });
  if (!step.counts) {
    total[run.status === 0 ? 'passed' : 'failed'] += 1;
    continue;
  }
  let counts;
  try {
    counts = JSON.parse(readFileSync(countsFile, 'utf8'));
  } catch {
    counts = { passed: 0, failed: 1, skipped: 0 }; // the runner died before reporting
  }
  if (run.status !== 0 && counts.failed === 0) counts.failed = 1;
  for (const key of Object.keys(total)) total[key] += counts[key];
}

rmSync(scratch, { recursive: true, force: true });
const skipped = total.skipped ? `, ${total.skipped} skipped` : '';
console.log(`\n${total.passed} passed, ${total.failed} failed${skipped}`);
process.exit(total.failed > 0 ? 1 : 0);
