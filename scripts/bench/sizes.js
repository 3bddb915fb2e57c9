// Step 1: build, and the embed's size as a reader's browser fetches it. scripts/build.js enforces
// the size gate and exits 1 above it; a failed build leaves nothing worth measuring, so the bench
// stops there and says why.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { BUDGETS } from './budgets.js';
import { bytes } from './format.js';
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

/** Runs `node scripts/build.js`; exits the bench if it fails. */
export function runBuild() {
  console.log('▶ node scripts/build.js');
  const run = spawnSync(process.execPath, ['scripts/build.js'], { stdio: 'inherit' });
  if (run.status !== 0) {
    console.error(
      `✖ node scripts/build.js failed (exit ${run.status ?? run.signal}): over the ${bytes(BUDGETS.gzip)} gzip gate ("OVER BUDGET" above) or broken. Nothing measured.`,
    );
    process.exit(1);
  }
  return { ran: true, status: run.status };
}

/** The built embed's bytes; exits the bench if there is none. */
export function readEmbed() {
  if (!existsSync(EMBED)) {
    console.error(`${EMBED} is missing: the build did not write the embed, nothing to measure.`);
    process.exit(1);
  }
  return readFileSync(EMBED);
}
