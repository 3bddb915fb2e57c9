import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { guideArticle } from './demo/article-plugin.ts';
import { hostPageList, hostPages } from './demo/hosts/pages.ts';
import { demoPages, demoSite } from './demo/site-plugin.ts';
import { decisionTreeOutline } from './scripts/map/outline.js';

const page = (file: string) => fileURLToPath(new URL(`./demo/${file}.html`, import.meta.url));

// `npm start` serves the demo site; `npm run build` writes it to dist/demo/. Every page gets the
// site's head and footer from the page list (demo/site-plugin.ts), and the guide article is
// rendered into demo/index.html from content/guide.ts (demo/article-plugin.ts), at build time.
// The host pages (demo/hosts/, see demo/hosts/pages.ts) are other people's pages, with heads of
// their own; they go to dist/demo/hosts/, and the React and Vue apps among them are bundled here,
// into dist/demo/assets/, never into the embed.
export default defineConfig({
  root: 'demo',
  build: {
    outDir: '../dist/demo',
    emptyOutDir: true,
    // The React and Vue host apps are a few hundred KB each, on purpose.
    chunkSizeWarningLimit: 1024,
    rolldownOptions: {
      input: {
        ...Object.fromEntries(demoPages.map(({ file }) => [file, page(file)])),
        ...Object.fromEntries(
          hostPages.map(({ file }) => [`hosts/${file}`, page(`hosts/${file}`)]),
        ),
      },
    },
  },
  plugins: [demoSite(), guideArticle(), decisionTreeOutline(), hostPageList()],
});
