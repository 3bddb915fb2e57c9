// `--write-doc`: puts this run's report into BENCHMARKS.md, between its results markers, one
// heading level down so that it nests under the document's own headings; then formats the file
// with Biome, so that `npm run lint` stays clean.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const DOC = 'BENCHMARKS.md';
const START = '<!-- bench:results:start -->';
const END = '<!-- bench:results:end -->';

export function writeDoc(markdown) {
  const text = readFileSync(DOC, 'utf8');
  const from = text.indexOf(START);
  const to = text.indexOf(END);
  if (from < 0 || to < from) {
    console.error(`${DOC} has no ${START} … ${END} block to replace.`);
    process.exit(1);
  }
  const block = markdown.replace(/^(#{2,3}) /gm, '#$1 ');
  writeFileSync(DOC, `${text.slice(0, from + START.length)}\n\n${block}\n${text.slice(to)}`);
  spawnSync('npx', ['biome', 'format', '--write', DOC], { stdio: 'ignore' });
  console.log(`Updated the results block in ${DOC}.`);
}
