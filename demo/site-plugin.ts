// The demo site's pages, and the head and footer they all share, filled in at build time from the
// page list below: each demo/*.html keeps what it is for (its body, and the script tags that load
// the embed, which are the case on some pages) and marks where the shared parts go:
// `<!-- demo-head -->` in place of its <head>, `<!-- demo-nav -->` where the footer goes. Nothing
// rendered here is inline script or style, so the pages under the strict CSP stay clean.
import { basename, dirname } from 'node:path';
import type { Plugin } from 'vite';
import { guide } from '../content/guide.js';
import { guide as spanishGuide } from '../content/locales/es/guide.ts';
import { escapeHtml } from './article-plugin.ts';

/** The comment in every demo page that its <head> replaces. */
export const HEAD_MARKER = '<!-- demo-head -->';
/** The comment in every demo page that the site's footer navigation replaces. */
export const NAV_MARKER = '<!-- demo-nav -->';

/** Most pages look like the article: its stylesheet, then the footer's and the case notes'. */
const SITE_STYLES = ['article.css', 'pages.css'];
/** Not in demo/: scripts/build.js copies it into dist/demo/ after Vite, which must not touch it. */
const COPIED_BY_BUILD = new Set(['bootstrap.min.css']);

interface DemoPage {
  /** The page is demo/<file>.html. */
  readonly file: string;
  /** The footer's link text, and the <title> with the site's name after it. */
  readonly title: string;
  /** The whole <title>, where it is not the pattern above (the article's is the guide's). */
  readonly documentTitle?: string;
  readonly description?: string;
  /** Stylesheets, in order; SITE_STYLES if not given. */
  readonly styles?: readonly string[];
  /** The page's language, where it is not English (its <html lang> says the same). */
  readonly lang?: string;
}

/** Every page of the demo site, in the footer's order: the article, then the hard cases. */
export const demoPages: readonly DemoPage[] = [
  {
    file: 'index',
    title: 'The guide, with the quiz',
    documentTitle: guide.title,
    description:
      'A 15-step guide to getting back together with your ex boyfriend, the right way: when to reach out, how to talk, and when to let go. With a short quiz that picks the steps that fit you.',
  },
  {
    file: 'es',
    title: 'La guía, con el cuestionario, en español',
    documentTitle: spanishGuide.title,
    description:
      'Una guía de 15 pasos para volver con tu exnovio de la manera correcta: cuándo contactarlo, cómo hablar y cuándo pasar página. Con un breve cuestionario que elige los pasos que encajan contigo.',
    lang: 'es',
  },
  // Bootstrap and rules against everything, instead of the site's look.
  { file: 'hostile', title: 'Hostile page CSS', styles: ['bootstrap.min.css', 'hostile.css'] },
  { file: 'csp', title: 'Strict Content Security Policy' },
  { file: 'two', title: 'Two quizzes on one page' },
  { file: 'twice', title: 'The script loaded twice' },
  { file: 'late', title: 'The script loaded after the element' },
  { file: 'themed', title: 'Themed', styles: [...SITE_STYLES, 'themed.css'] },
  {
    file: 'how-it-decides',
    title: 'How the quiz decides',
    styles: [...SITE_STYLES, 'how-it-decides.css'],
  },
];

/** The <head> every page shares: charset, viewport, title, icon, stylesheets. */
export function renderHead(page: DemoPage): string {
  const lines = [
    '<meta charset="utf-8" />',
    '<meta name="viewport" content="width=device-width, initial-scale=1" />',
    ...(page.description
      ? [`<meta name="description" content="${escapeHtml(page.description)}" />`]
      : []),
    `<title>${escapeHtml(page.documentTitle ?? `${page.title} · ex-back-quiz demo`)}</title>`,
    '<link rel="icon" href="/favicon.svg" type="image/svg+xml" />',
    ...(page.styles ?? SITE_STYLES).map(
      (file) =>
        `<link rel="stylesheet" href="./${file}"${COPIED_BY_BUILD.has(file) ? ' vite-ignore' : ''} />`,
    ),
  ];
  return `<head>\n    ${lines.join('\n    ')}\n  </head>`;
}

/** The footer every page shares: links to all of them. */
export function renderNav(): string {
  const links = demoPages.map(
    ({ file, title, lang }) =>
      `<li${lang ? ` lang="${lang}"` : ''}><a href="./${file === 'index' ? '' : `${file}.html`}">${escapeHtml(title)}</a></li>`,
  );
  // The host pages (demo/hosts/) have their own list, linked last.
  links.push(
    '<li><a href="./hosts/">On other people’s pages: frames, frameworks, themes, widths</a></li>',
  );
  // lang="en": the footer is English on every page, the Spanish article's too.
  return `<footer class="site-footer" lang="en">
      <nav aria-labelledby="hard-cases-title">
        <h2 id="hard-cases-title">The quiz in hard places</h2>
        <ul>
          ${links.join('\n          ')}
        </ul>
      </nav>
    </footer>`;
}

/** Vite plugin: fills each page's `<!-- demo-head -->` and `<!-- demo-nav -->`. */
export function demoSite(): Plugin {
  return {
    name: 'demo-site',
    transformIndexHtml: {
      order: 'pre',
      handler: (html, { filename }) => {
        // demo/hosts/ holds other people's pages (demo/hosts/pages.ts): their heads are their own.
        if (basename(dirname(filename)) === 'hosts') return html;
        const page = demoPages.find(({ file }) => file === basename(filename, '.html'));
        if (!page) throw new Error(`${filename} is not in demoPages (demo/site-plugin.ts)`);
        return html.replace(HEAD_MARKER, () => renderHead(page)).replace(NAV_MARKER, renderNav);
      },
    },
  };
}
