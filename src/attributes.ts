// The attribute values a page sets, checked. The element parses each one in willUpdate when it
// changes, so render and quick exit only read the result. A bad value never breaks the widget: it
// is refused with one console warning per value on the page, and the default is used. Attributes
// that become links or navigation accept only http(s) and relative URLs: never javascript: or data:.

/** Where quick exit goes unless `exit-url` says otherwise: a neutral, everyday page. */
const DEFAULT_EXIT_URL = 'https://www.bbc.co.uk/weather';

/** `heading-level` as a heading level: 1 to 6, else 2. */
export function parseHeadingLevel(value: string | null): number {
  const level = Number(value ?? 2);
  if (Number.isInteger(level) && level >= 1 && level <= 6) return level;
  warnOnce(`heading-level "${value}" is not 1–6; using 2.`);
  return 2;
}

/** What `theme` asks for: `light`, `dark` or `auto` (follow the page, else the reader). */
export type Theme = 'light' | 'dark' | 'auto';

/** `theme` as a theme, in any letter case: `light`, `dark`, else (absent, empty or bad) `auto`. */
export function parseTheme(value: string | null): Theme {
  const theme = value?.toLowerCase() || 'auto';
  if (theme === 'light' || theme === 'dark' || theme === 'auto') return theme;
  warnOnce(`theme "${value}" is not light, dark or auto; using auto.`);
  return 'auto';
}

/** The page that step links go to (`guide-url` resolved, without its fragment); '' is this page. */
export function parseGuideUrl(value: string | null): string {
  const url = value ? checkedUrl('guide-url', value, 'linking to #step-N here') : undefined;
  if (!url) return '';
  url.hash = '';
  return url.href;
}

/** Where quick exit goes: `exit-url` resolved against the page, else the neutral default. */
export function parseExitUrl(value: string | null): string {
  const url = value ? checkedUrl('exit-url', value, `using ${DEFAULT_EXIT_URL}`) : undefined;
  return url ? url.href : DEFAULT_EXIT_URL;
}

/**
 * A boolean attribute as frameworks write it: absent or "false" is false, anything else ("" too)
 * is true. Vue writes a hyphenated boolean bound to false as the string "false", which must never
 * turn quick exit off or saving on. Lit's `type: Boolean` would read any value as true.
 */
export const booleanAttribute = (value: string | null): boolean =>
  value !== null && value !== 'false';

/**
 * Step `number`'s link: `guidePage#step-N` with a guide page; without one, `#step-N` on this
 * document (built from document.URL, so a <base href> elsewhere never moves the reader off the
 * page), and only if `root` (the widget's root node) or the document has that target: never a
 * link that leads nowhere. The step's full text is in the quiz either way.
 */
export function stepLink(guidePage: string, number: number, root: Node): string | undefined {
  const id = `step-${number}`;
  if (guidePage) return `${guidePage}#${id}`;
  if (
    (root as ParentNode & NonElementParentNode).getElementById?.(id) ||
    document.getElementById(id)
  ) {
    return `${document.URL.split('#')[0]}#${id}`;
  }
  return undefined;
}

/** `value` resolved against the page if it is http(s); else undefined, with a warning. */
function checkedUrl(attribute: string, value: string, instead: string): URL | undefined {
  try {
    const url = new URL(value, document.baseURI);
    if (url.protocol === 'https:' || url.protocol === 'http:') return url;
  } catch {
    // Malformed: refused like any other URL that isn't http(s).
  }
  warnOnce(`${attribute} "${value}" is not an http(s) or relative URL; ${instead}.`);
  return undefined;
}

// Keyed by the message, which names the attribute and its value: two widgets with the same bad
// value warn once between them, as a page author needs to hear it once.
const warned = new Set<string>();

function warnOnce(message: string): void {
  if (warned.has(message)) return;
  warned.add(message);
  console.warn(`<ex-back-quiz>: ${message}`);
}
