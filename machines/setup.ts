// xstate's setup() as the quiz uses it: setup({ types, guards, actions }).createMachine(config).
// setup() itself returns createMachine in one object with every action creator xstate has (assign,
// sendTo, raise, log, cancel, stopChild, enqueueActions, emit, spawnChild), so a bundle that calls
// it carries them all, used or not: about 770 B gzip of each embed. This one returns createMachine
// alone, and it builds the same machine setup() builds: createMachine(config, implementations),
// where the machine reads actors, actions, delays and guards from the implementations and nothing
// else (the `types` beside them are for TypeScript only). Everything else is xstate's own: actors,
// assign, the algorithm. The types are setup()'s, generics and all, so the machine is checked
// exactly as before. test/build/embed.test.js fails if the action creators come back.
import { createMachine, type setup as xstateSetup } from 'xstate';

/**
 * Types only: `setup`'s signature, its generics carried through by TypeScript's inference for
 * generic functions, returning just its `createMachine`. `setup` is never called.
 */
function createMachineOnly<A extends unknown[], R extends { createMachine: unknown }>(
  _setup: (...args: A) => R,
): (...args: A) => Pick<R, 'createMachine'> {
  return ((implementations: Parameters<typeof createMachine>[1]) => ({
    createMachine: (config: Parameters<typeof createMachine>[0]) =>
      createMachine(config, implementations),
  })) as never;
}

export const setup = createMachineOnly(undefined as unknown as typeof xstateSetup);
