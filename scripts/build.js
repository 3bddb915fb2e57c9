// `npm run build`:
//   dist/ex-back-quiz.js       the embed: one self-contained, minified ES module (lit, xstate,
//                              content inside) that defines <ex-back-quiz>; budget-checked below
//   dist/ex-back-quiz.iife.js  its twin for a classic <script>
//   dist/ex-back-quiz.<tag>.js the embed in another language (LOCALES in embed-config.js: the
//                              same build with content/locales/<tag>/ for content), each checked
//                              against the same budget
//   dist/test-locales/         the pseudo-locales' embeds, for the tests only (never published,
//                              so not held to the budget; their sizes are printed all the same)
//   dist/lib/, dist/types/     the npm entries (lit and xstate left as dependencies) and .d.ts
//   dist/custom-elements.json  the manifest, generated from the class's JSDoc
//   dist/demo/                 the static demo site, loading the embed file above
import { execSync } from 'node:child_process';
import { copyFileSync, readFileSync, rmSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'vite';
import { EMBED_BUDGET_GZIP, embedConfig, LOCALES, localeEmbedFile } from './embed-config.js';
import { buildFrame } from './frame-build.js';
import { writeFrameworkTypes } from './framework-types.js';
import { minifyLitCss } from './minify-lit-css.js';
import { minifyLitHtml } from './minify-lit-html.js';

const quiet = { configFile: false, logLevel: 'warn', plugins: [minifyLitCss(), minifyLitHtml()] };

rmSync('dist', { recursive: true, force: true });

// The embed and its IIFE twin.
for (const format of ['es', 'iife']) await build(embedConfig({ format }));
// The same embed in each other language.
for (const locale of LOCALES) {
  const file = localeEmbedFile(locale);
  await build(embedConfig({ locale: locale.tag, outDir: dirname(file), fileName: basename(file) }));
}

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
for (const locale of LOCALES.filter(({ ship }) => ship)) {
  const file = localeEmbedFile(locale);
  copyFileSync(file, `dist/demo/${basename(file)}`);
}
copyFileSync('node_modules/bootstrap/dist/css/bootstrap.min.css', 'dist/demo/bootstrap.min.css');

// The size gate, on every embed that is published: English and each language. The pseudo-locales'
// sizes are printed beside them.
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const embeds = [
  { file: 'dist/ex-back-quiz.js', gated: true },
  ...LOCALES.map((locale) => ({ file: localeEmbedFile(locale), gated: locale.ship })),
];
let over = 0;
for (const { file, gated } of embeds) {
  const embed = readFileSync(file);
  const gzip = gzipSync(embed, { level: 9 }).length;
  const brotli = brotliCompressSync(embed, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
  }).length;
  const budget = gated
    ? `budget ${EMBED_BUDGET_GZIP} B gzip, ${EMBED_BUDGET_GZIP - gzip} B left`
    : 'test only, not gated';
  console.log(
    `${file}: ${kb(embed.length)} min, ${gzip} B (${kb(gzip)}) gzip -9, ${kb(brotli)} brotli (${budget})`,
  );
  if (gated && gzip > EMBED_BUDGET_GZIP) {
    console.error(
      `${file} is OVER BUDGET by ${gzip - EMBED_BUDGET_GZIP} B gzip: see BENCHMARKS.md.`,
    );
    over += 1;
  }
}

// The standalone page and its host helper (scripts/frame-build.js): their own budgets.
await buildFrame();

// Typed use in React and Vue (dist/frameworks/), generated from the manifest above.
writeFrameworkTypes();

if (over > 0) process.exit(1);
