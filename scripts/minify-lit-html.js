// Vite plugin for the embed build: collapses the source indentation inside Lit's html`…`
// templates. JS minifiers keep template text as written, and HTML renders any run of whitespace as
// one space, so a run that holds a line break becomes a single space: what the reader sees and
// what screen readers read do not change. Expressions (${…}), nested templates included, are
// copied as they are, their own html`…` templates collapsed in turn.

/** The index just past the template literal whose opening backtick is at `start - 1`. */
function scanTemplate(code, start, out) {
  let i = start;
  let text = '';
  const flush = () => {
    out.push(text.replace(/\s*\n\s*/g, ' '));
    text = '';
  };
  while (i < code.length) {
    const char = code[i];
    if (char === '\\') {
      text += code.slice(i, i + 2);
      i += 2;
    } else if (char === '`') {
      flush();
      out.push('`');
      return i + 1;
    } else if (char === '$' && code[i + 1] === '{') {
      flush();
      out.push('${');
      i = scanExpression(code, i + 2, out);
    } else {
      text += char;
      i += 1;
    }
  }
  throw new Error('minify-lit-html: unterminated template literal');
}

/** Copies an expression up to its closing brace, minifying the html`…` templates inside it. */
function scanExpression(code, start, out) {
  let depth = 1;
  let i = start;
  while (i < code.length) {
    const char = code[i];
    if (char === "'" || char === '"') {
      const end = endOfString(code, i);
      out.push(code.slice(i, end));
      i = end;
    } else if (char === '`') {
      const tagged = /html\s*$/.test(code.slice(Math.max(start, i - 8), i));
      out.push('`');
      i = tagged ? scanTemplate(code, i + 1, out) : copyTemplate(code, i + 1, out);
    } else {
      if (char === '{') depth += 1;
      if (char === '}') depth -= 1;
      out.push(char);
      i += 1;
      if (depth === 0) return i;
    }
  }
  throw new Error('minify-lit-html: unterminated expression');
}

function endOfString(code, start) {
  let i = start + 1;
  while (code[i] !== code[start]) i += code[i] === '\\' ? 2 : 1;
  return i + 1;
}

/** A template that is not html`…` (a message, a class list) keeps its text. */
function copyTemplate(code, start, out) {
  const before = out.length;
  const end = scanTemplate(code, start, out);
  out.splice(before, out.length - before, code.slice(start, end));
  return end;
}

export function minifyHtmlTemplates(code) {
  const out = [];
  let i = 0;
  const tag = /(?<![\w$-])html`/g;
  for (let match = tag.exec(code); match; match = tag.exec(code)) {
    out.push(code.slice(i, tag.lastIndex));
    i = scanTemplate(code, tag.lastIndex, out);
    tag.lastIndex = i;
  }
  out.push(code.slice(i));
  return out.join('');
}

export function minifyLitHtml() {
  return {
    name: 'minify-lit-html',
    transform(code, id) {
      // Only our own modules that use Lit's html tag: nothing else has its templates.
      if (
        !/\/src\/.*\.ts$/.test(id) ||
        !/import \{[^}]*\bhtml\b[^}]*\} from ["']lit["']/.test(code)
      ) {
        return null;
      }
      return { code: minifyHtmlTemplates(code), map: null };
    },
  };
}
