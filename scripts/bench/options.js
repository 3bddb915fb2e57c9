// The command line of `npm run bench` (the usage is at the top of scripts/bench.js). An unknown
// option stops the run rather than being ignored, so a typo never passes for a measurement.
const FLAGS = ['sizes-only', 'no-build', 'no-timings', 'no-lighthouse', 'write-doc'];
const NUMBERS = ['runs', 'answers'];

export function parseOptions(argv) {
  for (const arg of argv) {
    const name = arg.replace(/^--/, '').split('=')[0];
    const known = arg.includes('=') ? NUMBERS.includes(name) : FLAGS.includes(name);
    if (!arg.startsWith('--') || !known) throw new Error(`unknown option ${arg}`);
  }
  const flag = (name) => argv.includes(`--${name}`);
  const number = (name, fallback) => {
    const found = argv.find((arg) => arg.startsWith(`--${name}=`));
    const value = found ? Number(found.split('=')[1]) : fallback;
    if (!Number.isInteger(value) || value < 1)
      throw new Error(`--${name} needs a positive integer`);
    return value;
  };
  return {
    build: !flag('no-build'),
    sizesOnly: flag('sizes-only'),
    timings: !flag('no-timings'),
    lighthouse: !flag('no-lighthouse'),
    writeDoc: flag('write-doc'),
    // Fewer runs or answers make medians that move with every run on a shared machine.
    runs: Math.max(5, number('runs', 7)),
    answers: Math.max(50, number('answers', 50)),
    // Roughly a mid-range phone, for the second set of timings.
    cpuSlowdown: 4,
  };
}
