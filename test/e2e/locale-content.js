// @ts-check
// A locale's content, loaded in Node for the end-to-end tests to know what each screen must say:
// the English modules in content/, or content/locales/<tag>/'s, straight from their source (a
// Vite build in memory, nothing written), never through the embed build's module swap, so a swap
// that ships the wrong language cannot also fool the tests' expectations.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';

/**
 * `{ guide, questions, outcomes, ui, helpLines }` of the locale `tag` ('en' is the English).
 * @param {string} tag
 */
export async function loadLocaleContent(tag) {
  const folder = resolve(tag === 'en' ? 'content' : `content/locales/${tag}`);
  const scratch = mkdtempSync(join(tmpdir(), 'ex-back-quiz-locale-'));
  try {
    const entry = join(scratch, 'content.js');
    writeFileSync(
      entry,
      ['guide', 'quiz', 'ui'].map((file) => `export * from '${folder}/${file}.ts';`).join('\n'),
    );
    const result = await build({
      configFile: false,
      logLevel: 'silent',
      build: { write: false, minify: false, lib: { entry, formats: ['es'], fileName: 'content' } },
    });
    const output = Array.isArray(result) ? result[0] : result;
    if (!output || !('output' in output)) throw new Error(`no build output for ${tag}`);
    const code = output.output[0].code;
    return import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/**
 * The arguments of `ui.question.progress` that the English line `line` was made from, so any
 * locale's expected line is its own progress function on the same numbers. The English lines are
 * the hand-written ones of test/reader-paths.js.
 * @param {string} line
 * @returns {[number: number, fewestLeft: number, mostLeft: number]}
 */
export function progressArguments(line) {
  let match = /^Question (\d+), the last one$/.exec(line);
  if (match) return [Number(match[1]), 1, 1];
  match = /^Question (\d+) of (\d+)$/.exec(line);
  if (match) {
    const left = Number(match[2]) - Number(match[1]) + 1;
    return [Number(match[1]), left, left];
  }
  match = /^Question (\d+), up to (\d+) more after this$/.exec(line);
  if (match) return [Number(match[1]), 1, Number(match[2]) + 1];
  match = /^Question (\d+), (\d+) to (\d+) more after this$/.exec(line);
  if (match) return [Number(match[1]), Number(match[2]) + 1, Number(match[3]) + 1];
  throw new Error(`not a progress line: ${line}`);
}
