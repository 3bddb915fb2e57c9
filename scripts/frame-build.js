// The standalone page and its host helper, for sites that take an iframe or an embed URL but no
// script tag (README "Without a script tag"). scripts/build.js calls buildFrame() after the embed
// and the demo are built; this block is self-contained and needs only dist/ex-back-quiz.iife.js.
//
//   dist/frame.html, frame.css   the widget alone, attributes from the query string
//   dist/frame-page.js           its script (src/frame/page.ts); the widget is the embed's IIFE
//   dist/ex-back-quiz-frame.js   the optional host helper (src/frame/helper.ts): sizes the frames
//
// All four are copied into dist/demo/ too, so `npm start` serves /frame.html beside the
// ex-back-quiz.iife.js it loads; dist/demo/platforms/ gets the pages of demo/platforms/ with the
// README's recipes pasted in (scripts/recipes.js), pointed at those files. Each script has its own gzip budget, checked here; the embed has
// its own (scripts/embed-config.js), untouched by this.
import { copyFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { pasteRecipes, readmeRecipes } from './recipes.js';

/** The page's own script, on top of the embed it loads: at most 1 KB gzip -9. */
export const FRAME_PAGE_BUDGET_GZIP = 1024;
/** The host helper, a few hundred bytes: at most 512 B gzip -9. */
export const FRAME_HELPER_BUDGET_GZIP = 512;

/** The scripts: classic (IIFE), so they load without CORS in any frame, fully minified. */
export const FRAME_SCRIPTS = [
  { entry: 'src/frame/page.ts', fileName: 'frame-page.js', budget: FRAME_PAGE_BUDGET_GZIP },
  {
    entry: 'src/frame/helper.ts',
    fileName: 'ex-back-quiz-frame.js',
    budget: FRAME_HELPER_BUDGET_GZIP,
  },
];

/** Files copied as they are. */
const FRAME_FILES = ['src/frame/frame.html', 'src/frame/frame.css'];

const minify = { compress: true, mangle: true, codegen: { removeWhitespace: true } };

/** Builds the frame files into dist/ and dist/demo/; exits non-zero over a budget. */
export async function buildFrame() {
  for (const { entry, fileName } of FRAME_SCRIPTS) {
    await build({
      configFile: false,
      logLevel: 'warn',
      build: {
        outDir: 'dist',
        emptyOutDir: false,
        target: 'es2022',
        lib: { entry, formats: ['iife'], name: 'ExBackQuizFrame', fileName: () => fileName },
        rolldownOptions: { output: { minify } },
      },
    });
  }
  for (const file of FRAME_FILES) {
    const name = file.slice(file.lastIndexOf('/') + 1);
    copyFileSync(file, `dist/${name}`);
    copyFileSync(file, `dist/demo/${name}`);
  }
  let over = false;
  for (const { fileName, budget } of FRAME_SCRIPTS) {
    copyFileSync(`dist/${fileName}`, `dist/demo/${fileName}`);
    const bytes = readFileSync(`dist/${fileName}`);
    const gzip = gzipSync(bytes, { level: 9 }).length;
    console.log(
      `dist/${fileName}: ${bytes.length} B min, ${gzip} B gzip -9 (budget ${budget} B gzip)`,
    );
    if (gzip > budget) {
      console.error(`dist/${fileName} is OVER BUDGET by ${gzip - budget} bytes gzip.`);
      over = true;
    }
  }
  if (over) process.exit(1);
  buildPlatformPages();
}

/** demo/platforms/ into dist/demo/platforms/: pages with the README's recipes, and their files. */
export function buildPlatformPages({ from = 'demo/platforms', to = 'dist/demo/platforms' } = {}) {
  const recipes = readmeRecipes();
  mkdirSync(to, { recursive: true });
  for (const file of readdirSync(from)) {
    if (!file.endsWith('.html')) {
      copyFileSync(`${from}/${file}`, `${to}/${file}`);
      continue;
    }
    // The demo serves dist/'s files at its root, and its article is the guide.
    const page = pasteRecipes(readFileSync(`${from}/${file}`, 'utf8'), recipes, {
      quiz: '/',
      guide: '/',
    });
    writeFileSync(`${to}/${file}`, page);
  }
}
