// Step 1: build, and the embed's size as a reader's browser fetches it.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { EMBED } from './paths.js';

/** Gzip -9, the size the gate counts. */
export const gzipSize = (buffer) => gzipSync(buffer, { level: 9 }).length;

/** Minified, gzip -9 and brotli quality 11: the sizes the report and the gate use. */
export function compressedSizes(buffer) {
  return {
    min: buffer.length,
    gzip: gzipSize(buffer),
    brotli: brotliCompressSync(buffer, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
    }).length,
  };
}

/** Runs `node scripts/build.js`; after a failure the bench goes on with what it wrote. */
export function runBuild() {
  console.log('▶ node scripts/build.js');
  const run = spawnSync(process.execPath, ['scripts/build.js'], { stdio: 'inherit' });
  const result = { ran: true, status: run.status, budgetFailed: false };
  if (run.status !== 0) {
    result.budgetFailed = true;
    console.log(
      `⚠ the build exited ${run.status}: the size budget failed (or the build broke); the bench goes on with what it wrote.`,
    );
  }
  return result;
}

/** The built embed's bytes; exits the bench if there is none. */
export function readEmbed() {
  if (!existsSync(EMBED)) {
    console.error(`${EMBED} is missing: the build did not write the embed, nothing to measure.`);
    process.exit(1);
  }
  return readFileSync(EMBED);
}
