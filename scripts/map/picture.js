// The committed picture, content/decision-tree.svg, and how it is made: the machine's and the
// content's decision tree (graph.js), in DOT (dot.js), laid out by Graphviz (svg.js).
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { toDot } from './dot.js';
import { loadDecisionTree } from './load.js';
import { toSvg } from './svg.js';

export const PICTURE = 'content/decision-tree.svg';
export const picturePath = fileURLToPath(new URL(`../../${PICTURE}`, import.meta.url));

/** The picture as `npm run map` would write it now. */
export async function drawPicture() {
  return toSvg(toDot(await loadDecisionTree()));
}

/** undefined if the committed picture is the one drawPicture() makes, else what to do about it. */
export async function pictureProblem() {
  const committed = await readFile(picturePath, 'utf8').catch(() => undefined);
  if (committed === undefined) return `${PICTURE} is missing: run npm run map`;
  if (committed !== (await drawPicture())) return `${PICTURE} is out of date: run npm run map`;
  return undefined;
}
