// The decision tree's data for Node scripts and tests. Node 20 can't import TypeScript, and
// graph.js imports the machine and content/ as they are (.ts), so it is loaded through Vite's
// module runner (`runnerImport`, Vite ≥ 6.1), which transforms .ts on the fly as the demo build
// does: no build step, no temp files. (For the demo page's outline, Vite's config loader bundles
// the same modules.)
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** A module of this project by its path from the root, its TypeScript imports and all. */
export async function importWithVite(path) {
  const { module } = await runnerImport(`${root}${path}`, {
    root,
    configFile: false,
    logLevel: 'warn',
  });
  return module;
}

/** graph.js's `decisionTree()`: { start, nodes, edges }. */
export async function loadDecisionTree() {
  return (await importWithVite('scripts/map/graph.js')).decisionTree();
}
