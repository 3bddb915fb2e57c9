// Where the bench reads and writes. Relative to the repository root, which scripts/bench.js makes
// the working directory before anything runs, so that the paths print as they are typed.
import { resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
/** Everything the bench writes (git-ignored). */
export const OUT = '.bench';
/** The embed as `npm run build` ships it: what the bench measures. */
export const EMBED = 'dist/ex-back-quiz.js';
/** The built demo site: the article that the layout-shift check and Lighthouse load. */
export const DEMO = 'dist/demo';
/** The bench's own pages (widget, baseline, static), written here and served as a site. */
export const PAGES = '.bench/pages';
