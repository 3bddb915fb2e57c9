import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { demoPages, guideArticle } from './demo/article-plugin.ts';

// `npm start` serves the demo site; `npm run build` writes it to dist/demo/. The guide article is
// rendered into demo/index.html from content/guide.ts at build time (see demo/article-plugin.ts).
export default defineConfig({
  root: 'demo',
  build: {
    outDir: '../dist/demo',
    emptyOutDir: true,
    rolldownOptions: {
      input: Object.fromEntries(
        demoPages.map(({ file }) => [
          file,
          fileURLToPath(new URL(`./demo/${file}.html`, import.meta.url)),
        ]),
      ),
    },
  },
  plugins: [guideArticle()],
});
