// Step 2, the bundle analysis: what each part of the embed costs, and the floor.
//
// The embed is rebuilt in memory with the build's own config (scripts/embed-config.js), so the
// analysis and dist/ never drift apart, four ways:
//   rendered  per-module renderedLength from the build's chunk.modules (before minification),
//             summed per part: how the unminified code divides up;
//   alone     an entry that imports only that part, everything else left external: its own gzip;
//   marginal  the embed with that part left external, subtracted from the whole embed: the gzip
//             bytes the embed would lose without it, sharing the compressor with the rest;
//   floor     lit, xstate and the content (FLOOR_PARTS) built together and nothing else: the least
//             an embed of this quiz could be, compressed as one file like the embed.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { build } from 'vite';
import { EMBED_ENTRY, embedConfig } from '../embed-config.js';
import { FLOOR_PARTS } from './budgets.js';
import { dependencyImports, entryLines, PARTS, partOf } from './bundle-parts.js';
import { OUT, ROOT } from './paths.js';
import { compressedSizes, gzipSize } from './sizes.js';

const ENTRIES = join(OUT, 'entries');

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

/** The embed built from `entry`, keeping only the parts in `kept` (all of them without it). */
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

function writeEntry(name, lines) {
  const file = join(ENTRIES, `${name}.js`);
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

/** The analysis of the embed; `embed` is dist/ex-back-quiz.js, to check the rebuild matches. */
export async function analyseBundle(embed) {
  rmSync(ENTRIES, { recursive: true, force: true });
  mkdirSync(ENTRIES, { recursive: true });
  const full = await buildEmbed(EMBED_ENTRY);
  const fullSizes = compressedSizes(full.code);
  const modules = Object.entries(full.modules).map(([id, module]) => ({
    id: relative(ROOT, id.replace(/^\0/, '')),
    part: partOf(id),
    rendered: module.renderedLength,
  }));
  const present = PARTS.filter((part) => modules.some((module) => module.part === part.key));
  const sources = { imports: dependencyImports(), moduleIds: Object.keys(full.modules) };
  const linesOf = (keys) => keys.flatMap((key) => entryLines(key, sources));

  const keys = present.map((part) => part.key);
  const parts = [];
  for (const part of present) {
    const others = keys.filter((key) => key !== part.key);
    const aloneEntry = part.key === 'own' ? EMBED_ENTRY : writeEntry(part.key, linesOf([part.key]));
    const alone = await buildEmbed(aloneEntry, new Set([part.key, 'other']));
    const withoutEntry =
      part.key === 'own' ? writeEntry('all-but-own', linesOf(others)) : EMBED_ENTRY;
    const without = await buildEmbed(withoutEntry, new Set([...others, 'other']));
    const partModules = modules.filter((module) => module.part === part.key);
    parts.push({
      key: part.key,
      label: part.label,
      modules: partModules.length,
      rendered: partModules.reduce((sum, module) => sum + module.rendered, 0),
      alone: compressedSizes(alone.code),
      marginalGzip: fullSizes.gzip - gzipSize(without.code),
    });
  }
  const floorBuild = await buildEmbed(
    writeEntry('floor', linesOf(FLOOR_PARTS)),
    new Set([...FLOOR_PARTS, 'other']),
  );
  const otherModules = modules.filter((module) => module.part === 'other');
  const renderedTotal = modules.reduce((sum, module) => sum + module.rendered, 0);
  return {
    method:
      'scripts/embed-config.js; alone = entry with only that part (rest external); marginal = whole − build with that part external; floor = lit + xstate + guide + copy built together',
    full: fullSizes,
    matchesDist: full.code.equals(embed),
    renderedTotal,
    parts,
    floor: { parts: FLOOR_PARTS, ...compressedSizes(floorBuild.code) },
    other: otherModules.map((module) => module.id),
    modules: modules.sort((a, b) => b.rendered - a.rendered),
  };
}
