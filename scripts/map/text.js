// Text helpers for the map's picture and outline: escaping, wrapping (Graphviz doesn't wrap
// text itself) and shortening a guide step's title.

/** Escapes text for HTML content, Graphviz's HTML-like labels and double-quoted attributes. */
export const escapeHtml = (text) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** `text` broken into lines of at most `width` characters, at spaces (a longer word stands alone). */
export function wrap(text, width) {
  const lines = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** Words a shortened title must not end on. */
const DANGLING = /\s+(a|about|and|as|because|for|of|or|the|to|when|with|your)$/i;

/**
 * A guide step's title, short: up to its first colon or comma, and if that is still longer than
 * `length` characters, cut after a whole word and marked "…".
 */
export function shortTitle(title, length) {
  const clause = title.replace(/\.$/, '').split(/[:,] /)[0];
  if (clause.length <= length) return clause;
  let cut = clause.slice(0, length + 1).replace(/\s+\S*$/, '');
  while (DANGLING.test(cut)) cut = cut.replace(DANGLING, '');
  return `${cut}…`;
}
