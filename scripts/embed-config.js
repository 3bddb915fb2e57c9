// How dist/ex-back-quiz.js is built, shared by scripts/build.js (which ships it) and the bench
// (scripts/bench/bundle-analysis.js, which rebuilds it in parts to see what each costs), so the
// two never drift. The same build with `locale` is a language's embed: see localeContent below.
import { existsSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { minifyLitCss } from './minify-lit-css.js';
import { minifyLitHtml } from './minify-lit-html.js';

/**
 * The size gate: every published embed (English and each language), with all its content, is at
 * most 32 KB (32 768 B) gzip -9. A hard gate: `npm run build` (and so `npm test` and CI) fails
 * above it. It was raised to 33 536 B for a while and is back at 32 KB since xstate's setup() lost
 * its unused action creators (BENCHMARKS.md has the history). The floor it must hold is lit +
 * xstate + the guide and quiz text (`npm run bench` measures it and each part); every new
 * capability pays for itself inside it, and what cannot fit ships as a separate opt-in file.
 */
export const EMBED_BUDGET_GZIP = 32 * 1024;

/** The embed's entry: defines the element, exports nothing. */
export const EMBED_ENTRY = 'src/embed.ts';

/**
 * The languages besides English, each a folder content/locales/<tag>/ with its own guide.ts,
 * quiz.ts and ui.ts. `ship`: built to dist/ex-back-quiz.<tag>.js and published; the others are
 * the pseudo-locales the tests play, built to dist/test-locales/ and never published.
 */
export const LOCALES = [
  { tag: 'es', ship: true },
  { tag: 'en-XA', ship: false },
  { tag: 'ar-XB', ship: false },
];

/** The content modules a locale replaces, by their path in content/. */
export const CONTENT_MODULES = ['guide.ts', 'quiz.ts', 'ui.ts'];

/** Where a locale's embed is written: shipped ones beside the English, pseudo-locales apart. */
export function localeEmbedFile({ tag, ship }) {
  return ship ? `dist/ex-back-quiz.${tag}.js` : `dist/test-locales/ex-back-quiz.${tag}.js`;
}

/**
 * Vite plugin: every import of content/guide.ts, quiz.ts or ui.ts resolves to the same file in
 * content/locales/<tag>/ instead. The element and the machine import content by path and never
 * know which language they got: a language costs its own text and nothing else, at build time,
 * and the English build does not run this plugin at all. Imports made by the locale's own
 * modules are left alone, so a pseudo-locale can derive its text from the English modules.
 */
export function localeContent(tag) {
  const content = resolve('content');
  const folder = join(content, 'locales', tag);
  for (const file of CONTENT_MODULES) {
    if (!existsSync(join(folder, file)))
      throw new Error(`locale ${tag}: ${folder}/${file} is missing`);
  }
  return {
    name: 'locale-content',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!importer || importer.startsWith(folder + sep)) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      if (!resolved) return null;
      const file = relative(content, resolved.id);
      return CONTENT_MODULES.includes(file) ? join(folder, file) : null;
    },
  };
}

/** Wraps the embed so a copy loaded after the first evaluates nothing (see src/embed.ts). */
const guard = { banner: 'if(!customElements.get("ex-back-quiz")){', footer: '}' };
/**
 * mangleProps: xstate keeps its actors' internals in `_`-prefixed properties (`_snapshot`,
 * `_processingStatus`, `_parent` …, 156 uses); in a self-contained bundle nothing outside it
 * reads them, so they are renamed like variables. Lit's `_$…` names are not matched (its
 * production build has shortened them already, and they are shared between Lit's packages).
 * Saves about 230 B gzip on every embed; the end-to-end tests play the built files.
 */
const minify = {
  compress: true,
  mangle: true,
  mangleProps: { include: /^_[a-zA-Z]/ },
  codegen: { removeWhitespace: true },
};

/**
 * The Vite config of the embed: one self-contained, fully minified file. Lit's production build
 * (no dev-mode warnings) is picked by the default export conditions of a production build.
 */
export function embedConfig({
  format = 'es',
  entry = EMBED_ENTRY,
  /** A tag of LOCALES: that language's content instead of the English. */
  locale = undefined,
  fileName = format === 'es' ? 'ex-back-quiz.js' : 'ex-back-quiz.iife.js',
  outDir = 'dist',
  write = true,
  plugins = [],
  logLevel = 'warn',
  /** Wrap in the check for the tag; only a build with nothing left external can be wrapped. */
  guarded = true,
} = {}) {
  return {
    configFile: false,
    logLevel,
    plugins: [
      minifyLitCss(),
      minifyLitHtml(),
      ...(locale ? [localeContent(locale)] : []),
      ...plugins,
    ],
    build: {
      write,
      outDir,
      emptyOutDir: false,
      target: 'es2022',
      lib: { entry, formats: [format], name: 'ExBackQuiz', fileName: () => fileName },
      // comments: false drops the `/* @__PURE__ */` marks the minifier keeps (41 of them, about
      // 60 B gzip): nothing bundles the embed again. There are no license comments to keep.
      rolldownOptions: { output: { minify, comments: false, ...(guarded ? guard : {}) } },
    },
  };
}
