// `npm run build`:
//   dist/ex-back-quiz.js       the embed: one self-contained, minified ES module (lit, xstate,
//                              content inside) that defines <ex-back-quiz>; budget-checked below
//   dist/ex-back-quiz.iife.js  its twin for a classic <script>
//   dist/lib/, dist/types/     the npm entries (lit and xstate left as dependencies) and .d.ts
//   dist/custom-elements.json  the manifest, generated from the class's JSDoc
//   dist/demo/                 the static demo site, loading the embed file above
import { execSync } from 'node:child_process';
import { copyFileSync, readFileSync, rmSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'vite';
import { EMBED_BUDGET_GZIP, embedConfig } from './embed-config.js';
import { buildFrame } from './frame-build.js';
import { writeFrameworkTypes } from './framework-types.js';
import { minifyLitCss } from './minify-lit-css.js';
import { minifyLitHtml } from './minify-lit-html.js';

const quiet = { configFile: false, logLevel: 'warn', plugins: [minifyLitCss(), minifyLitHtml()] };

rmSync('dist', { recursive: true, force: true });

// The embed and its IIFE twin.
for (const format of ['es', 'iife']) await build(embedConfig({ format }));

// The npm entries: our code only, lit and xstate imported from the reader's node_modules.
await build({
  ...quiet,
  build: {
    outDir: 'dist/lib',
    emptyOutDir: false,
    target: 'es2022',
    lib: { entry: { index: 'src/index.ts', define: 'src/define.ts' }, formats: ['es'] },
    rolldownOptions: { external: [/^lit($|\/)/, /^xstate($|\/)/] },
  },
});
execSync('npx tsc -p tsconfig.types.json', { stdio: 'inherit' });
execSync('npx cem analyze --config custom-elements-manifest.config.js', { stdio: 'inherit' });

// The demo site: vite.config.ts renders the article; pages load ./ex-back-quiz.js as is.
await build({ logLevel: 'warn' });
copyFileSync('dist/ex-back-quiz.js', 'dist/demo/ex-back-quiz.js');
copyFileSync('dist/ex-back-quiz.iife.js', 'dist/demo/ex-back-quiz.iife.js');
copyFileSync('node_modules/bootstrap/dist/css/bootstrap.min.css', 'dist/demo/bootstrap.min.css');

const embed = readFileSync('dist/ex-back-quiz.js');
const gzip = gzipSync(embed, { level: 9 }).length;
const brotli = brotliCompressSync(embed, {
  params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
}).length;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
console.log(
  `dist/ex-back-quiz.js: ${kb(embed.length)} min, ${kb(gzip)} gzip -9, ${kb(brotli)} brotli` +
    ` (budget ${kb(EMBED_BUDGET_GZIP)} gzip)`,
);
if (gzip > EMBED_BUDGET_GZIP) {
  console.error(`OVER BUDGET by ${gzip - EMBED_BUDGET_GZIP} bytes gzip: see BENCHMARKS.md.`);
  process.exit(1);
}

// The standalone page and its host helper (scripts/frame-build.js): their own budgets.
await buildFrame();

// Typed use in React and Vue (dist/frameworks/), generated from the manifest above.
writeFrameworkTypes();
