// `npm run bench`: builds, then measures the embed against the budgets in DESIGN.md and prints
// every figure beside the same figure for a page without the widget (BASELINE: the same blank
// shell) and for the same first question as plain HTML (STATIC: the practical limit), as ratios
// measured in one run. Timings are medians over fresh browser contexts; nothing here is asserted
// and nothing runs in `npm test`. See BENCHMARKS.md for what each figure means.
//
//   node scripts/bench.js                 build, sizes + bundle analysis, browser, Lighthouse
//   node scripts/bench.js --sizes-only    build, sizes + bundle analysis only (a few seconds)
//   options: --no-build  --no-timings  --no-lighthouse  --runs=N (default 7, at least 5)
//            --answers=N (default 50, at least 50)
//            --write-doc (replace the results block in BENCHMARKS.md with this run's tables)
//
// Writes .bench/results.json, .bench/results.md, .bench/lighthouse.{json,html} (git-ignored).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { cpus, platform, release } from 'node:os';
import { extname, join, relative, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { EMBED_BUDGET_GZIP, EMBED_ENTRY, embedConfig } from './embed-config.js';
import { chromiumArgs, findChromium } from './find-browser.js';

const ROOT = resolve(import.meta.dirname, '..');
process.chdir(ROOT);
const OUT = join(ROOT, '.bench');
const EMBED = 'dist/ex-back-quiz.js';
const DEMO = 'dist/demo';

const argv = process.argv.slice(2);
const flag = (name) => argv.includes(`--${name}`);
const option = (name, fallback) => {
  const found = argv.find((arg) => arg.startsWith(`--${name}=`));
  const value = found ? Number(found.split('=')[1]) : fallback;
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} needs a positive integer`);
  return value;
};
const SIZES_ONLY = flag('sizes-only');
const NO_TIMINGS = flag('no-timings');
const RUNS = Math.max(5, option('runs', 7));
const ANSWERS = Math.max(50, option('answers', 50));
const CPU_SLOWDOWN = 4;

/** DESIGN.md "Budgets" (the gzip one is the build's own, from scripts/embed-config.js). */
const BUDGETS = {
  gzip: EMBED_BUDGET_GZIP,
  firstQuestionMs: 50,
  answerDomMs: 1,
  heapAboveBlank: 1024 * 1024,
};

const started = performance.now();
mkdirSync(OUT, { recursive: true });

// ---- statistics and formatting -------------------------------------------------------------

const sorted = (values) => values.filter(Number.isFinite).sort((a, b) => a - b);
function median(values) {
  const list = sorted(values);
  if (list.length === 0) return null;
  const middle = Math.floor(list.length / 2);
  return list.length % 2 ? list[middle] : (list[middle - 1] + list[middle]) / 2;
}
/** Nearest-rank percentile. */
function percentile(values, p) {
  const list = sorted(values);
  if (list.length === 0) return null;
  return list[Math.min(list.length - 1, Math.ceil((p / 100) * list.length) - 1)];
}
const isNumber = (value) => typeof value === 'number' && Number.isFinite(value);
const ms = (value) =>
  isNumber(value) ? `${value < 10 ? value.toFixed(2) : value.toFixed(1)} ms` : '—';
const kib = (bytes) => (isNumber(bytes) ? `${(bytes / 1024).toFixed(1)} KB` : '—');
const heapText = (bytes) =>
  isNumber(bytes)
    ? Math.abs(bytes) >= 1024 * 1024
      ? `${(bytes / 1024 / 1024).toFixed(2)} MiB`
      : `${(bytes / 1024).toFixed(0)} KiB`
    : '—';
const ratio = (a, b) => (isNumber(a) && isNumber(b) && b > 0 ? `${(a / b).toFixed(1)}×` : '—');
const difference = (a, b, format) => (isNumber(a) && isNumber(b) ? format(a - b) : '—');
/** A Markdown table, aligned the way Biome formats Markdown; first column left, rest right. */
function table(head, rows) {
  const all = [head, ...rows].map((row) => row.map(String));
  const length = (text) => [...text].length;
  const widths = head.map((_, column) =>
    Math.max(3, ...all.map((row) => length(row[column] ?? ''))),
  );
  const pad = (text, column) => {
    const fill = ' '.repeat(widths[column] - length(text));
    return column === 0 ? text + fill : fill + text;
  };
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [
    line(all[0].map(pad)),
    line(
      widths.map((width, column) =>
        column === 0 ? '-'.repeat(width) : `${'-'.repeat(width - 1)}:`,
      ),
    ),
    ...all.slice(1).map((row) => line(row.map(pad))),
  ].join('\n');
}

function compressedSizes(buffer) {
  return {
    min: buffer.length,
    gzip: gzipSync(buffer, { level: 9 }).length,
    brotli: brotliCompressSync(buffer, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
    }).length,
  };
}

// ---- 1. build --------------------------------------------------------------------------------

const buildResult = { ran: false, status: null, budgetFailed: false };
if (!flag('no-build')) {
  console.log('▶ node scripts/build.js');
  const run = spawnSync(process.execPath, ['scripts/build.js'], { stdio: 'inherit' });
  Object.assign(buildResult, { ran: true, status: run.status });
  if (run.status !== 0) {
    buildResult.budgetFailed = true;
    console.log(
      `⚠ the build exited ${run.status}: the size budget failed (or the build broke); the bench goes on with what it wrote.`,
    );
  }
}
if (!existsSync(EMBED)) {
  console.error(`${EMBED} is missing: the build did not write the embed, nothing to measure.`);
  process.exit(1);
}
const embedBytes = readFileSync(EMBED);
const sizes = compressedSizes(embedBytes);
if (sizes.gzip > BUDGETS.gzip) buildResult.budgetFailed = true;

// ---- 2. bundle analysis: what each part of the embed costs -----------------------------------
//
// The embed is rebuilt in memory with scripts/build.js's lib config and minify options, three ways:
//   rendered  per-module renderedLength from the build's chunk.modules (before minification),
//             summed per part: how the unminified code divides up;
//   alone     an entry that imports only that part, everything else left external: its own gzip;
//   marginal  the embed with that part left external, subtracted from the whole embed: the gzip
//             bytes the embed would lose without it, sharing the compressor with the rest.

/** The parts of the embed, by module path; the first match wins. */
const PARTS = [
  {
    key: 'lit',
    label: 'lit (lit, lit-html, lit-element, @lit/reactive-element)',
    test: (id) => /\/node_modules\/(lit|lit-html|lit-element|@lit\/[^/]+)\//.test(id),
  },
  { key: 'xstate', label: 'xstate', test: (id) => /\/node_modules\/xstate\//.test(id) },
  {
    key: 'guide',
    label: 'guide text (`content/guide.ts`)',
    test: (id) => id.endsWith('/content/guide.ts'),
  },
  {
    key: 'copy',
    label: 'quiz copy (`content/` except `guide.ts`)',
    test: (id) => /\/content\/[^?]*\.ts$/.test(id),
  },
  { key: 'css', label: 'CSS (`src/**/*.styles.ts`)', test: (id) => /\.styles\.ts$/.test(id) },
  {
    key: 'own',
    label: 'our code (`src/`, `machines/`)',
    test: (id) => /\/(src|machines)\/[^?]*\.ts$/.test(id),
  },
];
const partOf = (id) => PARTS.find((part) => part.test(id))?.key ?? 'other';

/** Named value imports of lit and xstate in our sources: what an entry of only that dependency
 *  has to import to keep the same code alive. Read from the sources on every run. */
function dependencyImports() {
  const files = spawnSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], {
    encoding: 'utf8',
  })
    .stdout.split('\n')
    .filter((file) => /^(src|machines|content)\/.*\.ts$/.test(file) && existsSync(file));
  const imports = new Map(); // specifier → Set of names ('*' for a namespace import)
  const pattern = /import\s+(type\s+)?(\{[^}]*\}|\*\s+as\s+\w+)\s+from\s+'([^']+)'/g;
  for (const file of files) {
    for (const [, typeOnly, clause, specifier] of readFileSync(file, 'utf8').matchAll(pattern)) {
      const part = specifier.startsWith('@lit/')
        ? 'lit'
        : specifier.split('/')[0].replace(/-(html|element)$/, '');
      if (typeOnly || !['lit', 'xstate'].includes(part)) continue;
      const names = imports.get(specifier) ?? new Set();
      if (clause.startsWith('*')) names.add('*');
      for (const item of clause.replace(/[{}]/g, '').split(',')) {
        const name = item.trim().split(/\s+as\s+/)[0];
        if (name && !name.startsWith('type ')) names.add(name);
      }
      imports.set(specifier, names);
    }
  }
  return imports;
}

/** Vite plugin: every import that resolves outside the kept parts is left external. */
function keepOnly(kept) {
  return {
    name: 'bench-keep-only',
    enforce: 'pre',
    async resolveId(source, importer, options) {
      if (!importer) return null;
      const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
      if (!resolved || resolved.external) return resolved;
      return kept.has(partOf(resolved.id)) ? resolved : { id: source, external: true };
    },
  };
}

async function buildEmbed(entry, kept) {
  const plugins = kept ? [keepOnly(kept)] : [];
  const output = await build(
    embedConfig({
      entry,
      plugins,
      write: false,
      outDir: '.bench/analysis',
      fileName: 'part.js',
      logLevel: 'silent',
      guarded: !kept,
    }),
  );
  const chunk = (Array.isArray(output) ? output[0] : output).output.find(
    (item) => item.type === 'chunk' && item.isEntry,
  );
  return { code: Buffer.from(chunk.code), modules: chunk.modules };
}

async function analyseBundle() {
  const entries = join(OUT, 'entries');
  rmSync(entries, { recursive: true, force: true });
  mkdirSync(entries, { recursive: true });
  const full = await buildEmbed(EMBED_ENTRY);
  const fullSizes = compressedSizes(full.code);
  const modules = Object.entries(full.modules).map(([id, module]) => ({
    id: relative(ROOT, id.replace(/^\0/, '')),
    part: partOf(id),
    rendered: module.renderedLength,
  }));
  const present = PARTS.filter((part) => modules.some((module) => module.part === part.key));
  const imports = dependencyImports();

  /** An entry file that imports only `part` (for lit/xstate: what our sources import). */
  const entryLines = (key) => {
    if (key === 'lit' || key === 'xstate') {
      return [...imports]
        .filter(([specifier]) => (key === 'xstate') === specifier.startsWith('xstate'))
        .map(([specifier, names], index) =>
          names.has('*')
            ? `export * as ns${key}${index} from '${specifier}';`
            : `export { ${[...names].map((name) => `${name} as ${key}${index}_${name}`).join(', ')} } from '${specifier}';`,
        );
    }
    return Object.keys(full.modules)
      .filter((id) => partOf(id) === key && !id.startsWith('\0'))
      .map((id, index) => `export * as ${key}${index} from '${id}';`);
  };
  const writeEntry = (name, lines) => {
    const file = join(entries, `${name}.js`);
    writeFileSync(file, `${lines.join('\n')}\n`);
    return file;
  };

  const keys = present.map((part) => part.key);
  const parts = [];
  for (const part of present) {
    const others = new Set(keys.filter((key) => key !== part.key));
    const aloneEntry =
      part.key === 'own' ? EMBED_ENTRY : writeEntry(part.key, entryLines(part.key));
    const alone = await buildEmbed(aloneEntry, new Set([part.key, 'other']));
    const withoutEntry =
      part.key === 'own'
        ? writeEntry(
            'all-but-own',
            [...others].flatMap((key) => entryLines(key)),
          )
        : EMBED_ENTRY;
    const without = await buildEmbed(withoutEntry, new Set([...others, 'other']));
    const partModules = modules.filter((module) => module.part === part.key);
    parts.push({
      key: part.key,
      label: part.label,
      modules: partModules.length,
      rendered: partModules.reduce((sum, module) => sum + module.rendered, 0),
      alone: compressedSizes(alone.code),
      marginalGzip: fullSizes.gzip - gzipSync(without.code, { level: 9 }).length,
    });
  }
  const otherModules = modules.filter((module) => module.part === 'other');
  const renderedTotal = modules.reduce((sum, module) => sum + module.rendered, 0);
  return {
    method:
      'scripts/build.js lib config + minify; alone = entry with only that part (rest external); marginal = whole − build with that part external',
    full: fullSizes,
    matchesDist: full.code.equals(embedBytes),
    renderedTotal,
    parts,
    other: otherModules.map((module) => module.id),
    modules: modules.sort((a, b) => b.rendered - a.rendered),
  };
}

console.log('▶ bundle analysis (in-memory builds with the embed config)');
const analysis = await analyseBundle();
if (!analysis.matchesDist) {
  console.log(
    `⚠ the analysis build (${analysis.full.min} B) differs from ${EMBED} (${sizes.min} B): the sources changed since the build; rebuild with npm run build.`,
  );
}

// ---- 3. pages, server, browser ---------------------------------------------------------------

/** The same shell for every bench page: doctype, meta, title, body > main, one module script. */
const shell = ({ title, body, script, after = '' }) => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${title}</title>
    <link rel="icon" href="data:," />
  </head>
  <body>
    <main>
${body}
    </main>
    <script type="module" src="${script}"></script>
    ${after}
    <script>__bench.parsed();</script>
  </body>
</html>
`;

const pages = new Map(); // path → { type, body }
const addPage = (path, body, type = 'text/html; charset=utf-8') =>
  pages.set(path, { type, body: Buffer.from(body) });

const VARIANTS = {
  widget: { page: '/bench/widget.html', script: '/bench/ex-back-quiz.js', questions: true },
  baseline: { page: '/bench/baseline.html', script: '/bench/noop.js', questions: false },
  static: { page: '/bench/static.html', script: '/bench/static.js', questions: true },
};

addPage(
  VARIANTS.widget.page,
  shell({
    title: 'bench: widget',
    body: '      <ex-back-quiz></ex-back-quiz>',
    script: VARIANTS.widget.script,
  }),
);
addPage(
  VARIANTS.baseline.page,
  shell({
    title: 'bench: baseline',
    body: '',
    script: VARIANTS.baseline.script,
    after: '<script>__bench.shown();</script>',
  }),
);
addPage(VARIANTS.baseline.script, '__bench.ran();\n', 'text/javascript; charset=utf-8');
// The static page swaps plain-HTML screens the way the widget does: new form, heading focused.
addPage(
  VARIANTS.static.script,
  `__bench.ran();
const root = document.querySelector('[data-bench-root]');
let at = 0;
function show(index) {
  at = index;
  root.replaceChildren(document.getElementById('screen-' + index).content.cloneNode(true));
  root.querySelector('[data-screen-heading]')?.focus();
}
root.addEventListener('submit', (event) => {
  event.preventDefault();
  if (new FormData(event.target).getAll('answer').length > 0) show(at + 1);
});
root.addEventListener('click', (event) => {
  if (event.target.closest('button.secondary') && at > 0) show(at - 1);
});
`,
  'text/javascript; charset=utf-8',
);

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};
const gzipCache = new Map();

/** Static files: /bench/* from memory (and the embed from dist/), everything else from
 *  dist/demo. Text is sent gzip-compressed as a real host would; hashed assets are cacheable. */
function serve(request, response) {
  const path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
  let file = pages.get(path);
  if (!file && path === VARIANTS.widget.script) {
    file = { type: types['.js'], body: readFileSync(EMBED) };
  }
  if (!file) {
    const onDisk = resolve(DEMO, `.${path.endsWith('/') ? `${path}index.html` : path}`);
    if (!onDisk.startsWith(resolve(DEMO)) || !existsSync(onDisk) || onDisk.endsWith('/')) {
      response.writeHead(404, { 'content-type': types['.txt'] }).end('not found');
      return;
    }
    try {
      file = {
        type: types[extname(onDisk)] ?? 'application/octet-stream',
        body: readFileSync(onDisk),
      };
    } catch {
      response.writeHead(404, { 'content-type': types['.txt'] }).end('not found');
      return;
    }
  }
  const headers = {
    'content-type': file.type,
    // Bench pages are cross-origin isolated: performance.now() then ticks in 5 µs, not 100 µs.
    ...(path.startsWith('/bench/') && {
      'cross-origin-opener-policy': 'same-origin',
      'cross-origin-embedder-policy': 'require-corp',
    }),
    'cache-control': path.startsWith('/assets/')
      ? 'public, max-age=31536000, immutable'
      : 'no-cache',
  };
  let { body } = file;
  if (
    /text|javascript|json|svg/.test(file.type) &&
    /gzip/.test(request.headers['accept-encoding'])
  ) {
    const key = `${path}:${body.length}`;
    if (!gzipCache.has(key)) gzipCache.set(key, gzipSync(body, { level: 9 }));
    body = gzipCache.get(key);
    headers['content-encoding'] = 'gzip';
    headers.vary = 'accept-encoding';
  }
  headers['content-length'] = body.length;
  response.writeHead(200, headers).end(body);
}

/** Runs in every page before its own scripts: marks with performance.now() (0 = navigation
 *  start), the widget's auto-start, and the answer loop. Serialized by Playwright. */
function harness() {
  const t = {};
  const headingOf = (root) =>
    root
      ?.querySelector('[data-screen-heading], legend, [role="heading"], h1, h2, h3')
      ?.textContent?.trim() ?? '';
  const hasQuestion = (root) => Boolean(root?.querySelector('form input[name="answer"]'));
  /** The next frame's requestAnimationFrame time, and a task queued from it (after that
   *  frame's style, layout and paint). */
  const frame = () =>
    new Promise((done) =>
      requestAnimationFrame(() => {
        const raf = performance.now();
        const channel = new MessageChannel();
        channel.port1.onmessage = () => done([raf, performance.now()]);
        channel.port2.postMessage(0);
      }),
    );
  /** Resolves with the time `met()` first holds, checked on every mutation under `root`;
   *  `then` runs synchronously at that moment. */
  const until = (root, met, then) =>
    new Promise((done) => {
      const finish = () => {
        const at = performance.now();
        then?.();
        done(at);
      };
      if (met()) {
        finish();
        return;
      }
      const observer = new MutationObserver(() => {
        if (!met()) return;
        observer.disconnect();
        finish();
      });
      observer.observe(root, {
        childList: true,
        subtree: true,
        characterData: true,
        attributes: true,
      });
    });
  const shown = (at) => {
    t.question = at;
    frame().then(([raf, painted]) => {
      t.questionFrame = raf;
      t.questionPainted = painted;
    });
  };
  const bench = {
    t,
    ran: () => {
      t.ran = performance.now();
    },
    parsed: () => {
      t.parsed = performance.now();
    },
    shown: () => shown(performance.now()),
    root: () =>
      document.querySelector('ex-back-quiz')?.shadowRoot ??
      document.querySelector('[data-bench-root]'),
    responseEnd: (path) =>
      performance
        .getEntriesByType('resource')
        .find((entry) => new URL(entry.name).pathname === path)?.responseEnd,
    formHtml: () =>
      bench
        .root()
        .querySelector('form')
        .outerHTML.replace(/<!--[\s\S]*?-->/g, ''),
    /** `count` times: choose `value` and Continue, then Back; each timed from the click. */
    answerLoop: async (count, value) => {
      const root = bench.root();
      const samples = {};
      const record = (name, sample) => {
        samples[name] ??= [];
        samples[name].push(sample);
      };
      for (let round = 0; round < count; round++) {
        for (const step of ['answer', 'back']) {
          const form = root.querySelector('form');
          const before = headingOf(root);
          let button;
          if (step === 'answer') {
            const input = form.querySelector(`input[name="answer"][value="${value}"]`);
            if (!input) throw new Error(`no option "${value}" on "${before}"`);
            input.click();
            if (!input.checked) input.click();
            button = form.querySelector('button[type="submit"]');
          } else {
            button =
              form.querySelector('button.secondary') ??
              [...form.querySelectorAll('button[type="button"]')].at(-1);
          }
          const changed = until(root, () => headingOf(root) !== before && hasQuestion(root));
          bench.focusAt = undefined;
          const start = performance.now();
          button.click();
          const dom = await changed;
          const [raf, painted] = await frame();
          record(step, dom - start);
          if (bench.focusAt > start) record(`${step}BeforeFocus`, bench.focusAt - start);
          record(`${step}Frame`, raf - start);
          record(`${step}Painted`, painted - start);
        }
      }
      return samples;
    },
  };
  window.__bench = bench;
  // When each screen's heading is focused (the widget's updated() and the static page both do
  // it): splits "answer → DOM" into building the screen and the style/layout focus() forces.
  const focus = HTMLElement.prototype.focus;
  HTMLElement.prototype.focus = function (...args) {
    bench.focusAt = performance.now();
    return focus.apply(this, args);
  };
  // The widget: intro rendered (heading in the open shadow root), Start clicked at that moment,
  // then the first question rendered.
  customElements.whenDefined('ex-back-quiz').then(() => {
    t.ran = performance.now();
    const root = document.querySelector('ex-back-quiz')?.shadowRoot;
    if (!root) {
      t.error = 'no open shadow root on <ex-back-quiz>';
      return;
    }
    until(
      root,
      () => headingOf(root) !== '' && root.querySelector('button.primary'),
      () => root.querySelector('button.primary').click(),
    )
      .then((at) => {
        t.intro = at;
        return until(root, () => hasQuestion(root));
      })
      .then(shown);
  });
}

async function withServer(run) {
  const server = createServer(serve);
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  try {
    return await run(`http://127.0.0.1:${server.address().port}`);
  } finally {
    server.closeAllConnections();
    await new Promise((done) => server.close(done));
  }
}

async function openPage(browser, url, { cpu = 1 } = {}) {
  const context = await browser.newContext();
  await context.addInitScript(harness);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const cdp = await context.newCDPSession(page);
  if (cpu > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
  await page.goto(url, { waitUntil: 'load' });
  await page
    .waitForFunction(
      () =>
        window.__bench.t.error ||
        (window.__bench.t.ran !== undefined && window.__bench.t.questionPainted !== undefined),
      undefined,
      { timeout: 30_000 },
    )
    .catch(() => {});
  const marks = await page.evaluate(() => window.__bench.t);
  if (marks.error || errors.length || marks.questionPainted === undefined) {
    await context.close();
    throw new Error(
      `${url}: ${marks.error ?? errors.join('; ') ?? 'no first question'} (marks ${JSON.stringify(marks)})`,
    );
  }
  return { context, page, cdp, marks };
}

async function heapUsed(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  return (await cdp.send('Runtime.getHeapUsage')).usedSize;
}

/** The widget's first two screens, as plain HTML for the static page. */
async function captureQuestions(browser, base) {
  const { context, page } = await openPage(browser, base + VARIANTS.widget.page);
  const first = await page.evaluate(() => window.__bench.formHtml());
  const root = page.locator('ex-back-quiz');
  await root.locator('input[value="no"]').check();
  await root.locator('button[type="submit"]').click();
  await root.locator('input[name="answer"][type="checkbox"]').first().waitFor();
  const second = await page.evaluate(() => window.__bench.formHtml());
  await context.close();
  return [first, second];
}

async function measure(browser, base, variant, { cpu, heap }) {
  const { page: path, script, questions } = VARIANTS[variant];
  const { context, page, cdp, marks } = await openPage(browser, base + path, { cpu });
  const scriptEnd = await page.evaluate((name) => window.__bench.responseEnd(name), script);
  const result = {
    navToParsed: marks.parsed,
    navToRan: marks.ran,
    navToIntro: marks.intro,
    navToQuestion: marks.question,
    navToQuestionFrame: marks.questionFrame,
    navToQuestionPainted: marks.questionPainted,
    scriptToRan: marks.ran - scriptEnd,
    scriptToIntro: marks.intro - scriptEnd,
    scriptToQuestion: variant === 'widget' ? marks.question - scriptEnd : undefined,
  };
  if (heap) result.heapRendered = await heapUsed(cdp);
  if (questions) {
    const samples = await page.evaluate(
      ([count, value]) => window.__bench.answerLoop(count, value),
      [ANSWERS, 'no'],
    );
    for (const [name, values] of Object.entries(samples)) {
      result[name] = median(values);
      result[`${name}P90`] = percentile(values, 90);
    }
  }
  if (heap) result.heapAnswered = await heapUsed(cdp);
  await context.close();
  return result;
}

/** RUNS fresh contexts per variant, interleaved so drift hits all three alike; medians. */
async function timings(browser, base, cpu) {
  const runs = { widget: [], baseline: [], static: [] };
  for (let run = 0; run < RUNS; run++) {
    for (const variant of Object.keys(runs)) {
      runs[variant].push(await measure(browser, base, variant, { cpu, heap: cpu === 1 }));
    }
  }
  const medians = {};
  for (const [variant, list] of Object.entries(runs)) {
    medians[variant] = {};
    for (const key of new Set(list.flatMap(Object.keys))) {
      medians[variant][key] = median(list.map((item) => item[key]));
    }
  }
  return { runs: RUNS, medians, samples: runs };
}

/** Layout shifts on the demo article as a phone loads it (Lighthouse's mobile viewport): the
 *  sum, and which elements moved (Lighthouse 12.2's own layout-shift audits fail on Chromium
 *  156's traces, so these are the details behind its CLS). */
async function demoLayoutShifts(browser, base) {
  const runs = [];
  for (let run = 0; run < 3; run++) {
    const context = await browser.newContext({
      viewport: { width: 412, height: 823 },
      deviceScaleFactor: 1.75,
      isMobile: true,
      hasTouch: true,
    });
    const page = await context.newPage();
    await page.addInitScript(() => {
      window.__shifts = [];
      const describe = (node) => {
        if (!node) return '(removed node)';
        if (node.nodeType !== 1) return `text in ${describe(node.parentElement)}`;
        const id = node.id ? `#${node.id}` : '';
        const classes = [...node.classList].map((name) => `.${name}`).join('');
        const host = node.getRootNode() instanceof ShadowRoot ? ' (in the shadow root)' : '';
        return `${node.localName}${id}${classes}${host}`;
      };
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          window.__shifts.push({
            at: Math.round(entry.startTime),
            value: entry.value,
            // Set by the viewport emulation too; Lighthouse counts these early shifts anyway.
            hadRecentInput: entry.hadRecentInput,
            sources: entry.sources.map((source) => ({
              node: describe(source.node),
              from: `${Math.round(source.previousRect.y)}px`,
              to:
                source.currentRect.width === 0 && source.currentRect.height === 0
                  ? 'out of view'
                  : `${Math.round(source.currentRect.y)}px`,
            })),
          });
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(`${base}/`, { waitUntil: 'load' });
    await page.waitForTimeout(1500);
    const shifts = await page.evaluate(() => window.__shifts);
    runs.push({ cls: shifts.reduce((sum, shift) => sum + shift.value, 0), shifts });
    await context.close();
  }
  return { cls: median(runs.map((run) => run.cls)), shifts: runs[0].shifts };
}

// ---- 4. Lighthouse ---------------------------------------------------------------------------

async function lighthouseRun(url) {
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const chrome = await chromeLauncher.launch({
    chromePath: findChromium(),
    chromeFlags: ['--headless=new', ...chromiumArgs],
    logLevel: 'silent',
  });
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: ['json', 'html'],
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
    });
    // Lighthouse's layout-shift details fail here (see toolErrors), so keep the trace's own
    // LayoutShift events: score and the rectangles [x, y, width, height] that moved.
    const traceShifts = (result.artifacts?.Trace?.traceEvents ?? [])
      .filter((event) => event.name === 'LayoutShift' && event.args?.data?.is_main_frame)
      .map(({ args: { data } }) => ({
        score: data.score,
        hadRecentInput: data.had_recent_input,
        moved: (data.impacted_nodes ?? []).map(
          (node) => `[${node.old_rect.join(', ')}] → [${node.new_rect.join(', ')}]`,
        ),
      }));
    const [json, html] = result.report;
    writeFileSync(join(OUT, 'lighthouse.json'), json);
    writeFileSync(join(OUT, 'lighthouse.html'), html);
    const { lhr } = result;
    const scores = Object.fromEntries(
      Object.entries(lhr.categories).map(([id, category]) => [
        id,
        Math.round(category.score * 100),
      ]),
    );
    const findings = [];
    const toolErrors = [];
    for (const [categoryId, category] of Object.entries(lhr.categories)) {
      for (const ref of category.auditRefs) {
        const audit = lhr.audits[ref.id];
        const failed =
          ['binary', 'numeric', 'metricSavings'].includes(audit.scoreDisplayMode) &&
          audit.score !== null &&
          audit.score < (audit.scoreDisplayMode === 'binary' ? 1 : 0.9);
        if (audit.scoreDisplayMode === 'error') {
          toolErrors.push({ id: ref.id, message: audit.errorMessage ?? '' });
          continue;
        }
        if (!failed) continue;
        const items = (audit.details?.items ?? [])
          .slice(0, 6)
          .map((item) => {
            const where = item.node?.selector ?? item.url ?? item.source?.url ?? item.label ?? '';
            const what = item.node?.explanation ?? item.node?.snippet ?? item.description ?? '';
            return `${where}${what ? ` — ${String(what).replace(/\s+/g, ' ').slice(0, 200)}` : ''}`;
          })
          .filter(Boolean);
        findings.push({
          category: categoryId,
          id: ref.id,
          title: audit.title,
          score: audit.score,
          weight: ref.weight,
          displayValue: audit.displayValue ?? audit.errorMessage ?? '',
          items,
        });
      }
    }
    const metrics = {};
    for (const id of [
      'first-contentful-paint',
      'largest-contentful-paint',
      'total-blocking-time',
      'cumulative-layout-shift',
      'speed-index',
    ]) {
      metrics[id] = lhr.audits[id]?.displayValue;
    }
    return {
      url: lhr.finalDisplayedUrl,
      formFactor: lhr.configSettings.formFactor,
      throttling: lhr.configSettings.throttlingMethod,
      lighthouseVersion: lhr.lighthouseVersion,
      scores,
      metrics,
      findings,
      toolErrors,
      traceShifts,
    };
  } finally {
    await chrome.kill();
  }
}

// ---- run -------------------------------------------------------------------------------------

let browserVersion = null;
let cpu1 = null;
let cpu4 = null;
let lighthouseResult = null;
let staticBytes = null;
let layoutShifts = null;

if (!SIZES_ONLY) {
  await withServer(async (base) => {
    const browser = await chromium.launch({
      executablePath: findChromium(),
      args: [...chromiumArgs, '--js-flags=--expose-gc'],
    });
    try {
      browserVersion = browser.version();
      if (!NO_TIMINGS) {
        console.log(`▶ browser timings: Chromium ${browserVersion}, ${RUNS} contexts per figure`);
        const [first, second] = await captureQuestions(browser, base);
        const staticPage = shell({
          title: 'bench: static',
          body: `      <div data-bench-root>${first}</div>
      <script>__bench.shown();</script>
      <template id="screen-0">${first}</template>
      <template id="screen-1">${second}</template>`,
          script: VARIANTS.static.script,
        });
        addPage(VARIANTS.static.page, staticPage);
        staticBytes = Buffer.byteLength(staticPage) + pages.get(VARIANTS.static.script).body.length;
        cpu1 = await timings(browser, base, 1);
        console.log(`▶ the same with ${CPU_SLOWDOWN}× CPU throttling`);
        cpu4 = await timings(browser, base, CPU_SLOWDOWN);
      }
      console.log('▶ layout shifts on the demo article');
      layoutShifts = await demoLayoutShifts(browser, base);
    } finally {
      await browser.close();
    }
    if (!flag('no-lighthouse')) {
      console.log('▶ Lighthouse on the demo article (dist/demo/index.html)');
      try {
        lighthouseResult = await lighthouseRun(`${base}/`);
      } catch (error) {
        lighthouseResult = { error: String(error?.stack ?? error) };
        console.error('Lighthouse failed:', error);
      }
    }
  });
}

// ---- 5. report -------------------------------------------------------------------------------

const date = new Date().toISOString().slice(0, 10);
const environment = {
  date,
  node: process.version,
  chromium: browserVersion,
  cpus: `${cpus().length} × ${cpus()[0]?.model ?? '?'}`,
  os: `${platform()} ${release()}`,
};

function timingRows(result) {
  const { widget, baseline, static: plain } = result.medians;
  const row = (label, key, { base = true, stat = true } = {}) => [
    label,
    ms(widget[key]),
    base ? ms(baseline[key]) : '—',
    stat ? ms(plain[key]) : '—',
    base ? ratio(widget[key], baseline[key]) : '—',
    stat ? ratio(widget[key], plain[key]) : '—',
  ];
  return [
    row('script arrived → module ran (widget: element defined)', 'scriptToRan'),
    row('script arrived → intro rendered', 'scriptToIntro', { base: false, stat: false }),
    row('script arrived → first question rendered (Start clicked at once)', 'scriptToQuestion', {
      base: false,
      stat: false,
    }),
    row('navigation → HTML parsed (inline script at the end of body)', 'navToParsed'),
    row('navigation → module ran', 'navToRan'),
    row('navigation → intro rendered', 'navToIntro', { base: false, stat: false }),
    row('navigation → first question in DOM (baseline: shell parsed)', 'navToQuestion'),
    row('navigation → its next frame (rAF)', 'navToQuestionFrame'),
    row('answer → next question in DOM, median', 'answer', { base: false }),
    row('answer → next question in DOM, p90', 'answerP90', { base: false }),
    row('answer → its heading focus() called (DOM built), median', 'answerBeforeFocus', {
      base: false,
    }),
    row('answer → next frame (rAF), median', 'answerFrame', { base: false }),
    row('answer → next frame (rAF), p90', 'answerFrameP90', { base: false }),
    row('answer → that frame rendered, median', 'answerPainted', { base: false }),
    row('Back → previous question in DOM, median', 'back', { base: false }),
    row('Back → previous question in DOM, p90', 'backP90', { base: false }),
    row('Back → next frame (rAF), median', 'backFrame', { base: false }),
  ];
}
const TIMING_HEAD = [
  'Figure',
  'widget',
  'baseline (blank shell)',
  'static HTML',
  'widget ÷ baseline',
  'widget ÷ static',
];

function heapRows(result) {
  const { widget, baseline, static: plain } = result.medians;
  return [
    ['after first question rendered', 'heapRendered'],
    [`after ${ANSWERS} answers + ${ANSWERS} Backs (baseline: idle)`, 'heapAnswered'],
  ].map(([label, key]) => [
    label,
    heapText(widget[key]),
    heapText(baseline[key]),
    heapText(plain[key]),
    difference(widget[key], baseline[key], heapText),
    difference(widget[key], plain[key], heapText),
  ]);
}

function budgetRows() {
  const rows = [
    [
      'dist/ex-back-quiz.js gzip -9',
      kib(BUDGETS.gzip),
      `${kib(sizes.gzip)} (${sizes.gzip} B)`,
      sizes.gzip <= BUDGETS.gzip ? 'met' : `**missed** by ${sizes.gzip - BUDGETS.gzip} B`,
    ],
  ];
  if (cpu1) {
    const w = cpu1.medians.widget;
    const b = cpu1.medians.baseline;
    const heapAbove = Math.max(w.heapRendered, w.heapAnswered) - b.heapRendered;
    const check = (value, limit) => (value <= limit ? 'met' : '**missed**');
    rows.push(
      [
        'script arrived → first question rendered',
        `${BUDGETS.firstQuestionMs} ms`,
        `${ms(w.scriptToQuestion)} (4× CPU: ${ms(cpu4?.medians.widget.scriptToQuestion)})`,
        check(w.scriptToQuestion, BUDGETS.firstQuestionMs),
      ],
      [
        'answer → next question DOM, median',
        `${BUDGETS.answerDomMs} ms`,
        `${ms(w.answer)} (4× CPU: ${ms(cpu4?.medians.widget.answer)})`,
        check(w.answer, BUDGETS.answerDomMs),
      ],
      [
        'JS heap above the blank page (larger of the two heap figures)',
        heapText(BUDGETS.heapAboveBlank),
        heapText(heapAbove),
        check(heapAbove, BUDGETS.heapAboveBlank),
      ],
    );
  }
  return rows;
}

function analysisRows() {
  const share = (part) => `${((part.rendered / analysis.renderedTotal) * 100).toFixed(0)}%`;
  const rows = analysis.parts.map((part) => [
    part.label,
    String(part.modules),
    `${part.rendered} (${share(part)})`,
    String(part.alone.min),
    String(part.alone.gzip),
    String(part.marginalGzip),
  ]);
  const sum = (pick) => analysis.parts.reduce((total, part) => total + pick(part), 0);
  rows.push(
    [
      '**sum of the parts**',
      String(sum((part) => part.modules)),
      String(sum((part) => part.rendered)),
      String(sum((part) => part.alone.min)),
      String(sum((part) => part.alone.gzip)),
      String(sum((part) => part.marginalGzip)),
    ],
    [
      '**the whole embed**',
      String(analysis.modules.length),
      String(analysis.renderedTotal),
      String(analysis.full.min),
      String(analysis.full.gzip),
      String(analysis.full.gzip),
    ],
  );
  return rows;
}

/** DESIGN.md's floor estimates (KB gzip) for the parts it names. */
const FLOOR_ESTIMATES = { lit: 6.4, xstate: 12.1, guide: 3.4 };

/** The size gap in words, from this run's numbers. */
function gapText() {
  const whole = analysis.full.gzip;
  const named = analysis.parts.filter((part) => part.key in FLOOR_ESTIMATES);
  const rest = analysis.parts.filter((part) => !(part.key in FLOOR_ESTIMATES));
  const namedCost = named.reduce((sum, part) => sum + part.marginalGzip, 0);
  const byCost = [...analysis.parts].sort((a, b) => b.marginalGzip - a.marginalGzip);
  const list = byCost
    .map((part) => {
      const estimate = FLOOR_ESTIMATES[part.key];
      const note = estimate ? ` (DESIGN.md estimate ${estimate} KB)` : '';
      return `${part.label.split(' (')[0]} ${part.marginalGzip} B${note}`;
    })
    .join(', ');
  const status =
    whole > BUDGETS.gzip
      ? `Over the ${BUDGETS.gzip} B budget by ${whole - BUDGETS.gzip} B gzip.`
      : `Within the ${BUDGETS.gzip} B budget by ${BUDGETS.gzip - whole} B gzip.`;
  return [
    `${status} Marginal cost, largest first: ${list}.`,
    `The parts DESIGN.md estimates (${named.map((part) => part.key).join(', ')}) cost ${namedCost} B,`,
    `leaving ${BUDGETS.gzip - namedCost} B of the budget for ${rest.map((part) => part.label.split(' (')[0]).join(', ')},`,
    `which take ${whole - namedCost} B of the whole embed (their marginal costs sum to`,
    `${rest.reduce((sum, part) => sum + part.marginalGzip, 0)} B; the difference is shared compression context).`,
  ].join(' ');
}

const lines = [];
const out = (text = '') => lines.push(text);
out(`## ex-back-quiz bench, ${date}`);
out();
out(
  `Node ${environment.node}, ${environment.chromium ? `Chromium ${environment.chromium}, ` : ''}${environment.cpus}, ${environment.os}.${!cpu1 ? ' No browser timings in this run.' : ` Timings: median over ${RUNS} fresh browser contexts per figure; answers: ${ANSWERS} answers and ${ANSWERS} Backs per context (per-context median and p90, then the median of those).`}`,
);
out();
if (buildResult.ran) {
  out(
    buildResult.status === 0
      ? 'Build: `node scripts/build.js` passed, size budget met.'
      : `Build: \`node scripts/build.js\` exited ${buildResult.status}; **the size budget failed** (the bench measured what it wrote).`,
  );
  out();
}
out('### Budgets (DESIGN.md)');
out();
out(table(['Budget', 'limit', 'measured', 'verdict'], budgetRows()));
out();
out('### Size of dist/ex-back-quiz.js');
out();
out(
  table(
    ['', 'bytes', 'KB', 'static HTML page + its script'],
    [
      ['minified', String(sizes.min), kib(sizes.min), staticBytes ? `${staticBytes} B` : '—'],
      ['gzip -9', String(sizes.gzip), kib(sizes.gzip), ''],
      ['brotli q11', String(sizes.brotli), kib(sizes.brotli), ''],
    ],
  ),
);
out();
if (cpu1) {
  out(`### Timings, 1× CPU (median of ${RUNS})`);
  out();
  out(table(TIMING_HEAD, timingRows(cpu1)));
  out();
  out(`### Timings, ${CPU_SLOWDOWN}× CPU throttling (median of ${RUNS})`);
  out();
  out(table(TIMING_HEAD, timingRows(cpu4)));
  out();
  out(`### JS heap after a forced GC (CDP, median of ${RUNS})`);
  out();
  out(
    table(
      [
        'After',
        'widget',
        'baseline (blank shell)',
        'static HTML',
        'widget − baseline',
        'widget − static',
      ],
      heapRows(cpu1),
    ),
  );
  out();
}
out('### Bundle analysis (bytes; gzip -9)');
out();
out(
  table(
    [
      'Part',
      'modules',
      'rendered, before minify (share)',
      'alone, min',
      'alone, gzip',
      'marginal gzip',
    ],
    analysisRows(),
  ),
);
out();
if (analysis.other.length) out(`Other modules: ${analysis.other.join(', ')}.`);
out(gapText());
if (!analysis.matchesDist) {
  out(
    `⚠ The analysis build (${analysis.full.min} B) differs from ${EMBED} (${sizes.min} B): the config in scripts/bench.js no longer matches scripts/build.js.`,
  );
}
out();
if (lighthouseResult) {
  out('### Lighthouse (demo article, dist/demo/index.html)');
  out();
  if (lighthouseResult.error) {
    out(`Lighthouse failed: ${lighthouseResult.error.split('\n')[0]}`);
  } else {
    const { scores, metrics, findings } = lighthouseResult;
    out(
      table(
        ['performance', 'accessibility', 'best-practices', 'seo'],
        [
          [scores.performance, scores.accessibility, scores['best-practices'], scores.seo].map(
            String,
          ),
        ],
      ),
    );
    out();
    out(
      `Lighthouse ${lighthouseResult.lighthouseVersion}, ${lighthouseResult.formFactor}, ${lighthouseResult.throttling} throttling. ${Object.entries(
        metrics,
      )
        .map(([id, value]) => `${id}: ${value}`)
        .join(', ')}. Full report: .bench/lighthouse.html.`,
    );
    out();
    for (const shift of lighthouseResult.traceShifts) {
      out(
        `Lighthouse trace: layout shift ${shift.score.toFixed(3)}${shift.hadRecentInput ? ' (flagged had_recent_input by the emulation; Lighthouse counts it)' : ''}, rectangles [x, y, w, h] moved: ${shift.moved.join('; ')}.`,
      );
      out();
    }
    if (layoutShifts) {
      out(
        `Layout shifts on the demo article at 412 × 823 (bench's own PerformanceObserver, median of 3 loads): CLS ${layoutShifts.cls.toFixed(3)}.`,
      );
      for (const shift of layoutShifts.shifts) {
        const moved = shift.sources.map((source) => `${source.node} ${source.from} → ${source.to}`);
        const flagged = shift.hadRecentInput ? ' (flagged had_recent_input)' : '';
        out(`- at ${shift.at} ms, ${shift.value.toFixed(3)}${flagged}: ${moved.join('; ')}`);
      }
      out();
    }
    if (findings.length) {
      out('Findings (binary audits failed, scored audits under 0.9):');
      out();
      for (const finding of findings) {
        out(
          `- \`${finding.id}\` (${finding.category}, score ${finding.score ?? 'error'}, weight ${finding.weight}): ${finding.title}${finding.displayValue ? ` — ${finding.displayValue}` : ''}`,
        );
        for (const item of finding.items) out(`  - ${item.replaceAll('|', '\\|')}`);
      }
    } else {
      out('No findings.');
    }
    out();
    if (lighthouseResult.toolErrors.length) {
      out(
        `Audits Lighthouse ${lighthouseResult.lighthouseVersion} could not run here (its trace processing vs this Chromium; not about the page): ${lighthouseResult.toolErrors.map((error) => `\`${error.id}\``).join(', ')} — ${lighthouseResult.toolErrors[0].message}`,
      );
      out();
    }
  }
}
const seconds = (performance.now() - started) / 1000;
out(`Bench run time: ${seconds.toFixed(0)} s.`);

const markdown = `${lines.join('\n')}\n`;
writeFileSync(join(OUT, 'results.md'), markdown);
writeFileSync(
  join(OUT, 'results.json'),
  `${JSON.stringify(
    {
      environment,
      options: { sizesOnly: SIZES_ONLY, runs: RUNS, answers: ANSWERS, cpuSlowdown: CPU_SLOWDOWN },
      build: buildResult,
      budgets: BUDGETS,
      sizes,
      staticPageBytes: staticBytes,
      analysis,
      timings: { cpu1, [`cpu${CPU_SLOWDOWN}`]: cpu4 },
      lighthouse: lighthouseResult,
      demoLayoutShifts: layoutShifts,
      seconds,
    },
    null,
    2,
  )}\n`,
);
console.log(`\n${markdown}`);
console.log('Wrote .bench/results.md and .bench/results.json.');

if (flag('write-doc')) {
  const doc = 'BENCHMARKS.md';
  const start = '<!-- bench:results:start -->';
  const end = '<!-- bench:results:end -->';
  const text = readFileSync(doc, 'utf8');
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) {
    console.error(`${doc} has no ${start} … ${end} block to replace.`);
    process.exit(1);
  }
  const block = markdown.replace(/^(#{2,3}) /gm, '#$1 ');
  writeFileSync(doc, `${text.slice(0, from + start.length)}\n\n${block}\n${text.slice(to)}`);
  spawnSync('npx', ['biome', 'format', '--write', doc], { stdio: 'ignore' });
  console.log(`Updated the results block in ${doc}.`);
}
