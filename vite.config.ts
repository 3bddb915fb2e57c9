import { defineConfig } from 'vite';

// `npm start` serves the demo site; `npm run build` writes it to dist/demo/.
export default defineConfig({
  root: 'demo',
  build: { outDir: '../dist/demo', emptyOutDir: true },
});
