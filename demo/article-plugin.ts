// Renders the guide (content/guide.ts) into the demo page at build time, so the article is plain
// static HTML: readable without JavaScript, and every step has its `id="step-N"` anchor in the file.
import type { Plugin } from 'vite';
import { guide } from '../content/guide.js';
import type { Guide } from '../content/types.ts';

/** The comment in an HTML page that the article replaces. */
export const ARTICLE_MARKER = '<!-- guide-article -->';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Escapes text for use in HTML content and double-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (char) => ESCAPES[char] ?? char);
}

/** The guide's steps as HTML: a contents list, then one `<section id="step-N">` per step. */
export function renderArticle({ steps }: Guide): string {
  const contents = steps
    .map((step) => `<li><a href="#step-${step.number}">${escapeHtml(step.title)}</a></li>`)
    .join('\n        ');
  const sections = steps.map((step) => {
    const paragraphs = step.body.map((text) => `<p>${escapeHtml(text)}</p>`).join('\n      ');
    return `<section class="step" id="step-${step.number}" aria-labelledby="step-${step.number}-title">
      <h2 id="step-${step.number}-title"><span class="step-number">Step ${step.number}<span class="visually-hidden">:</span></span> ${escapeHtml(step.title)}</h2>
      ${paragraphs}
    </section>`;
  });
  return `<nav class="contents" aria-labelledby="contents-title">
      <details>
        <summary id="contents-title">All ${steps.length} steps</summary>
        <ol>
        ${contents}
        </ol>
      </details>
    </nav>
    ${sections.join('\n    ')}`;
}

/** Vite plugin: fills `<!-- guide-article -->` with the guide. */
export function guideArticle(): Plugin {
  return {
    name: 'guide-article',
    transformIndexHtml: {
      order: 'pre',
      handler: (html) => html.replace(ARTICLE_MARKER, () => renderArticle(guide)),
    },
  };
}
