import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { guideArticle } from './demo/article-plugin.ts';
import { demoPages, demoSite } from './demo/site-plugin.ts';
import { decisionTreeOutline } from './scripts/map/outline.js';

// `npm start` serves the demo site; `npm run build` writes it to dist/demo/. Every page gets the
// site's head and footer from the page list (demo/site-plugin.ts), and the guide article is
// rendered into demo/index.html from content/guide.ts (demo/article-plugin.ts), at build time.
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
  plugins: [demoSite(), guideArticle(), decisionTreeOutline()],
});
