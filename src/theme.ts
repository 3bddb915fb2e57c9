// Which colours the card takes: light or dark. `theme` decides if it says light or dark; auto
// (the default) follows the colour scheme the host page declares for the element (CSS
// `color-scheme` on it or an ancestor, else `<meta name="color-scheme">`) and, where the page
// declares none or both, the reader's `prefers-color-scheme`. The card then sets its own
// `color-scheme`, so native controls (radios, checkboxes, scrollbars) match it, not the page.
import type { Theme } from './attributes.ts';

export type Scheme = 'light' | 'dark';

/**
 * The card's scheme. `declared`: the page's colour scheme for the element, as CSS writes it
 * (`normal`, `light`, `dark`, `light dark`, `only dark`…); `readerDark`: the reader prefers dark.
 */
export function resolveTheme(theme: Theme, declared: string, readerDark: boolean): Scheme {
  if (theme !== 'auto') return theme;
  const words = declared.split(/\s+/);
  const light = words.includes('light');
  if (words.includes('dark') !== light) return light ? 'light' : 'dark';
  return readerDark ? 'dark' : 'light';
}

/** The colour scheme the page declares for `host`: its computed `color-scheme`, else the meta's. */
export function declaredScheme(host: Element): string {
  const computed = getComputedStyle(host).colorScheme;
  if (computed !== 'normal') return computed;
  return document.querySelector<HTMLMetaElement>('meta[name=color-scheme]')?.content ?? '';
}
