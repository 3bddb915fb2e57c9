// The host pages: small pages that put the real embed (dist/ex-back-quiz.js) where site owners
// paste it: in site builders' iframes, under a <base>, in React and Vue apps, on dark, Arabic and
// narrow pages, and in the other situations real pages create. Each one is a case of
// test/e2e/hosts-*.test.js; scripts/host-screenshots.js photographs some of them. They are built
// into dist/demo/hosts/ with the demo (vite.config.ts) and listed on dist/demo/hosts/index.html.
import { basename } from 'node:path';
import type { Plugin } from 'vite';
import { escapeHtml } from '../article-plugin.ts';

export interface HostPage {
  /** File name in demo/hosts/, without .html. */
  readonly file: string;
  readonly title: string;
  /** Which test file covers it. */
  readonly test: string;
}

export const hostPages: readonly HostPage[] = [
  { file: 'index', title: 'Host pages', test: '' },
  { file: 'exit', title: 'The local quick-exit target', test: 'hosts-frames' },
  // Frames: the quiz as a site builder shows custom HTML. framed-quiz.html is what was pasted.
  { file: 'framed-quiz', title: 'The pasted snippet, as a frame shows it', test: 'hosts-frames' },
  { file: 'frame-same-origin', title: 'Same-origin iframe', test: 'hosts-frames' },
  { file: 'frame-cross-origin', title: 'Cross-origin iframe, not sandboxed', test: 'hosts-frames' },
  {
    file: 'frame-sandbox-scripts',
    title: 'Sandboxed: allow-scripts allow-same-origin',
    test: 'hosts-frames',
  },
  {
    file: 'frame-sandbox-forms',
    title: 'Sandboxed: allow-scripts allow-forms',
    test: 'hosts-frames',
  },
  {
    file: 'frame-sandbox-top-activation',
    title: 'Sandboxed: allow-scripts allow-top-navigation-by-user-activation',
    test: 'hosts-frames',
  },
  {
    file: 'frame-sandbox-forms-top',
    title: 'Sandboxed: allow-scripts allow-forms allow-top-navigation',
    test: 'hosts-frames',
  },
  // Links.
  { file: 'base-url', title: 'A page with <base href> on a CDN', test: 'hosts-links' },
  { file: 'no-step-targets', title: 'A page without the guide’s steps', test: 'hosts-links' },
  { file: 'with-step-targets', title: 'A page with the guide’s steps', test: 'hosts-links' },
  // Frameworks.
  { file: 'react', title: 'A React 19 app', test: 'hosts-frameworks' },
  { file: 'vue', title: 'A Vue 3 app', test: 'hosts-frameworks' },
  // Theme, language, width.
  { file: 'theme-auto', title: 'No colour scheme declared', test: 'hosts-layout' },
  { file: 'theme-dark-attribute', title: 'theme="dark" on a light page', test: 'hosts-layout' },
  { file: 'theme-light-attribute', title: 'theme="light" on a dark page', test: 'hosts-layout' },
  { file: 'dark-meta', title: 'Dark page: <meta name="color-scheme">', test: 'hosts-layout' },
  { file: 'dark-root', title: 'Dark page: :root { color-scheme: dark }', test: 'hosts-layout' },
  { file: 'rtl', title: 'An Arabic, right-to-left page', test: 'hosts-layout' },
  { file: 'sidebar', title: 'A 220 px sidebar', test: 'hosts-layout' },
  // Situations of our own.
  { file: 'capture-stopper', title: 'A script that stops key and click events', test: 'hosts-own' },
  { file: 'host-form', title: 'A page wrapped in a <form>', test: 'hosts-own' },
  { file: 'cookie-banner', title: 'A cookie banner over the bottom', test: 'hosts-own' },
  { file: 'overflow-wrapper', title: 'A theme wrapper with overflow-x: hidden', test: 'hosts-own' },
  { file: 'hidden-tab', title: 'The quiz in a tab hidden at first', test: 'hosts-own' },
  { file: 'spa', title: 'A single-page app that swaps views', test: 'hosts-own' },
];

/**
 * The frame pages, demo/hosts/frame-*.html: a site's page with the pasted snippet (framed-quiz.html)
 * in an iframe, as a site builder shows custom HTML. They differ only in the iframe's sandbox and
 * the note saying what it allows; demo/public/hosts/frame-host.js loads the frame, from another
 * origin when the page's URL has ?frame-origin=. Each file is only FRAME_MARKER, which becomes the
 * page.
 */
interface FramePage {
  /** The <title>, before the suffix every host page has. */
  readonly title: string;
  /** The iframe's sandbox attribute; none if not given. */
  readonly sandbox?: string;
  /** The case note: HTML. */
  readonly note: string;
}

const sandboxed = (sandbox: string, after: string): FramePage => ({
  title: `Sandboxed iframe: ${sandbox}`,
  sandbox,
  note: `Sandboxed with <code>${sandbox}</code>${after}`,
});

export const framePages: Readonly<Record<string, FramePage>> = {
  'frame-same-origin': {
    title: 'Same-origin iframe',
    note: 'The quiz in an iframe on this origin, not sandboxed. Quick exit must take the whole tab away, and step links open in the top window.',
  },
  'frame-cross-origin': {
    title: 'Cross-origin iframe',
    note: 'The quiz in an iframe on another origin (the tests pass <code>?frame-origin=</code>), not sandboxed, as a site builder serves custom HTML from its own domain.',
  },
  'frame-sandbox-scripts': sandboxed(
    'allow-scripts allow-same-origin',
    ' only: no form submission, no top-level navigation. The quiz must be playable; quick exit hides it at once and the frame leaves.',
  ),
  'frame-sandbox-forms': sandboxed(
    'allow-scripts allow-forms',
    ': an opaque origin (no storage), no top-level navigation. Quick exit hides the quiz at once and the frame leaves.',
  ),
  'frame-sandbox-top-activation': sandboxed(
    'allow-scripts allow-top-navigation-by-user-activation',
    ': no form submission; the top window may be navigated from a click or key press. Quick exit must take the whole tab away.',
  ),
  'frame-sandbox-forms-top': sandboxed(
    'allow-scripts allow-forms allow-top-navigation',
    '. Quick exit must take the whole tab away.',
  ),
};

/** The comment that is the whole of each demo/hosts/frame-*.html. */
export const FRAME_MARKER = '<!-- frame-page -->';

export function renderFramePage({ title, sandbox, note }: FramePage): string {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${escapeHtml(title)} · ex-back-quiz host page</title>
    <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
    <link rel="stylesheet" href="./hosts.css" />
  </head>
  <body>
    <main>
      <h1>My site</h1>
      <p class="case-note">
        ${note}
      </p>
      <p>Some of the site's own text, above the embedded custom HTML.</p>
      <iframe
        class="builder-embed"
        title="Quiz"${sandbox ? `\n        sandbox="${sandbox}"` : ''}
        data-src="framed-quiz.html"
      ></iframe>
      <p>The site's own text continues below the embed.</p>
    </main>
    <script src="/hosts/frame-host.js" vite-ignore></script>
  </body>
</html>
`;
}

/** The comment in demo/hosts/index.html that the list of host pages replaces. */
export const HOSTS_MARKER = '<!-- host-pages -->';

export function renderHostList(): string {
  return hostPages
    .filter(({ file }) => file !== 'index')
    .map(
      ({ file, title, test }) =>
        `<li><a href="./${file}.html">${escapeHtml(title)}</a>${
          test ? ` <small>(test/e2e/${test}.test.js)</small>` : ''
        }</li>`,
    )
    .join('\n        ');
}

/**
 * Vite plugin: fills `<!-- host-pages -->` with the list of host pages, and renders each frame
 * page from its `<!-- frame-page -->`.
 */
export function hostPageList(): Plugin {
  return {
    name: 'host-page-list',
    transformIndexHtml: {
      order: 'pre',
      handler: (html, { filename }) => {
        if (html.trim() === FRAME_MARKER) {
          const page = framePages[basename(filename, '.html')];
          if (!page) throw new Error(`${filename} is not in framePages (demo/hosts/pages.ts)`);
          return renderFramePage(page);
        }
        return html.replace(HOSTS_MARKER, renderHostList);
      },
    },
  };
}
