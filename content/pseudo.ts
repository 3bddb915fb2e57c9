// Pseudo-locales: the English content run through a small pure function, never written by hand,
// so the tests can see what a real translation would break. Every text comes out bracketed, so a
// string the widget shows without brackets did not come from the locale (hard-coded English, or a
// sentence glued together from pieces); en-XA is also accented and about 40 % longer (does
// anything clip or overflow?), ar-XB is forced right to left (does the layout mirror?). Built
// only into the test embeds (dist/test-locales/), never shipped.
import type { Translation } from './translation.ts';

/** Each ASCII letter and its accented stand-in, at the same index (all single UTF-16 units). */
const PLAIN = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const ACCENTED = 'åƀçðéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÅƁÇÐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŜŢÛṼŴẊÝŽ';

/** Right-to-left override and pop directional formatting (Unicode bidi controls). */
export const RLO = '\u202E';
export const PDF = '\u202C';

/** Keeps a text's leading and trailing whitespace outside what `change` does to the rest. */
function inside(text: string, change: (core: string) => string): string {
  const [, lead = '', core = '', trail = ''] = /^(\s*)([\s\S]*?)(\s*)$/.exec(text) ?? [];
  return core ? `${lead}${change(core)}${trail}` : text;
}

/**
 * en-XA: "Start" → "[Ŝţåŕţ ··]". ASCII letters accented, then padded with middle dots to about
 * 40 % more characters (in words of at most five, as a longer language has more words), bracketed.
 */
export function accented(text: string): string {
  return inside(text, (core) => {
    const letters = core.replace(
      /[A-Za-z]/g,
      (letter) => ACCENTED[PLAIN.indexOf(letter)] ?? letter,
    );
    const padding = '·'.repeat(Math.ceil(core.length * 0.4)).replace(/(·{5})(?=·)/g, '$1 ');
    return `[${letters} ${padding}]`;
  });
}

/** ar-XB: "Start" → RLO "[Start]" PDF: bracketed and forced right to left, so it reads mirrored. */
export function mirrored(text: string): string {
  return inside(text, (core) => `${RLO}[${core}]${PDF}`);
}

/** Keys whose values the code reads rather than shows: left as they are. */
const VERBATIM = new Set(['lang', 'dir', 'kind', 'exclusiveOption', 'id', 'number', 'href']);

/**
 * The English content `value` with `text` applied to every string it shows, at any depth: a text
 * function's result too (its arguments, such as a question's heading, are already the locale's).
 * Keys, their order, ids and links are kept, so the result has the translation's shape.
 */
export function pseudoLocalize<T>(value: T, text: (english: string) => string): Translation<T> {
  const walk = (node: unknown): unknown => {
    if (typeof node === 'string') return text(node);
    if (typeof node === 'function') return (...args: unknown[]) => text(node(...args));
    if (Array.isArray(node)) return node.map(walk);
    if (node && typeof node === 'object') {
      return Object.fromEntries(
        Object.entries(node).map(([key, item]) => [key, VERBATIM.has(key) ? item : walk(item)]),
      );
    }
    return node;
  };
  return walk(value) as Translation<T>;
}
