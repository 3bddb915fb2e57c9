import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { guideArticle } from './demo/article-plugin.ts';

/** Every page of the demo site: the article (index) and the hard cases it links to. */
const pages = ['index', 'hostile', 'csp', 'two', 'twice', 'late', 'themed'];

// `npm start` serves the demo site; `npm run build` writes it to dist/demo/. The guide article is
// rendered into demo/index.html from content/guide.ts at build time (see demo/article-plugin.ts).
export default defineConfig({
  root: 'demo',
  build: {
    outDir: '../dist/demo',
    emptyOutDir: true,
    rolldownOptions: {
      input: Object.fromEntries(
        pages.map((page) => [page, fileURLToPath(new URL(`./demo/${page}.html`, import.meta.url))]),
      ),
    },
  },
  plugins: [guideArticle()],
});
