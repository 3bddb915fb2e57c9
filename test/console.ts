// Console output as data, for tests that check what the widget warns or logs.

/** Replaces console[method] while `run` runs, returning what it was called with. */
export async function capture(
  method: 'warn' | 'error',
  run: () => unknown | Promise<unknown>,
): Promise<unknown[][]> {
  const calls: unknown[][] = [];
  const original = console[method];
  console[method] = (...args: unknown[]) => {
    calls.push(args);
  };
  try {
    await run();
  } finally {
    console[method] = original;
  }
  return calls;
}
