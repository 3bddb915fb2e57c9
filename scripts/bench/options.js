// The command line of `npm run bench` (the usage is at the top of scripts/bench.js).
export function parseOptions(argv) {
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
