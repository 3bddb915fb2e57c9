import { defineConfig } from 'vite';
import { guideArticle } from './demo/article-plugin.ts';

// `npm start` serves the demo site; `npm run build` writes it to dist/demo/. The guide article is
// rendered into demo/index.html from content/guide.ts at build time (see demo/article-plugin.ts).
export default defineConfig({
  root: 'demo',
  build: { outDir: '../dist/demo', emptyOutDir: true },
  plugins: [guideArticle()],
});
