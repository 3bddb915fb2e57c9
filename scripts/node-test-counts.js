// A node:test reporter that writes one JSON line, `{"passed":N,"failed":N,"skipped":N}`, for
// scripts/test.js to add to the closing line. Used beside the spec reporter:
//   node --test --test-reporter=spec --test-reporter-destination=stdout \
//     --test-reporter=./scripts/node-test-counts.js --test-reporter-destination="$TEST_COUNTS_FILE" …
// Counts leaf tests only: a suite (describe) or a test with subtests is not counted itself, unless
// it failed with no failing test under it (a failed hook), which counts as one failure. A file that
// fails to load is reported as a test of its own and counts as one failure. Skipped and todo tests
// count as skipped.

export default async function* countTests(source) {
  const counts = { passed: 0, failed: 0, skipped: 0 };
  /** Per file, per nesting level: [tests finished, of which failed] since the parent's start. */
  const open = new Map();

  for await (const event of source) {
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    const { file = '', nesting = 0, details = {}, skip, todo } = event.data;
    const levels = open.get(file) ?? [];
    open.set(file, levels);
    const [children = 0, failedChildren = 0] = levels[nesting + 1] ?? [];
    levels.length = nesting + 1; // everything deeper belonged to this test
    const failed = event.type === 'test:fail';
    const [siblings = 0, failedSiblings = 0] = levels[nesting] ?? [];
    levels[nesting] = [siblings + 1, failedSiblings + (failed || failedChildren > 0 ? 1 : 0)];

    const isLeaf = details.type !== 'suite' && children === 0;
    if (isLeaf) {
      if (skip !== undefined || todo !== undefined) counts.skipped += 1;
      else if (failed) counts.failed += 1;
      else counts.passed += 1;
    } else if (failed && failedChildren === 0) {
      counts.failed += 1; // a hook or the suite itself failed, not one of its tests
    }
  }
  yield `${JSON.stringify(counts)}\n`;
}
