// Three small apps that use the package as a consumer would, built by test/e2e/frameworks.test.js
// (into a scratch folder) and played there: a React 19 app in JSX, a Vue 3 app with a template, a
// Svelte 5 component. `ex-back-quiz` and `ex-back-quiz/*` resolve through the package's own
// `exports` (Node's resolution of the package by its name, from inside it), so the apps get the
// built entries in dist/lib/ exactly as an installed package would give them, with lit and xstate
// from node_modules; nothing under src/ is imported.
import { fileURLToPath } from 'node:url';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vite';

const here = (file) => fileURLToPath(new URL(file, import.meta.url));

/** Resolves the package's name as installed: through package.json `exports`. */
export function asInstalled() {
  return {
    name: 'ex-back-quiz-as-installed',
    enforce: 'pre',
    resolveId(id) {
      if (id !== 'ex-back-quiz' && !id.startsWith('ex-back-quiz/')) return null;
      return fileURLToPath(import.meta.resolve(id));
    },
  };
}

export default defineConfig({
  root: here('.'),
  logLevel: 'warn',
  plugins: [asInstalled(), svelte()],
  build: {
    emptyOutDir: true,
    // React and Vue's template compiler are a few hundred KB each, on purpose.
    chunkSizeWarningLimit: 2048,
    rolldownOptions: {
      input: {
        react: here('react.html'),
        vue: here('vue.html'),
        svelte: here('svelte.html'),
      },
    },
  },
});
