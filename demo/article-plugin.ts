// Renders the guide (content/guide.ts) into the demo page at build time, so the article is plain
// static HTML: readable without JavaScript, and every step has its `id="step-N"` anchor in the file.
// `<!-- guide-article -->` is the English guide; `<!-- guide-article es -->` a language's, from
// content/locales/<tag>/ (the same guide the language's embed carries).
import type { Plugin } from 'vite';
import { guide } from '../content/guide.js';
import { guide as spanishGuide } from '../content/locales/es/guide.ts';
import { ui as spanishUi } from '../content/locales/es/ui.ts';
import type { Guide } from '../content/types.ts';
import { ui } from '../content/ui.ts';

/** The comment in an HTML page that the article replaces; a language's tag may follow `article`. */
export const ARTICLE_MARKER = /<!-- guide-article(?: ([\w-]+))? -->/;

/** An article in one language: the guide, the label before each step's title, the contents' summary. */
interface Article {
  readonly guide: Guide;
  readonly stepLabel: (number: number) => string;
  readonly allSteps: (count: number) => string;
}

/** The articles by language tag ('' is English): the step labels are the widget's own. */
export const ARTICLES: Readonly<Record<string, Article>> = {
  '': { guide, stepLabel: ui.outcome.stepLabel, allSteps: (count) => `All ${count} steps` },
  es: {
    guide: spanishGuide,
    stepLabel: spanishUi.outcome.stepLabel,
    allSteps: (count) => `Los ${new Intl.NumberFormat('es').format(count)} pasos`,
  },
};

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Escapes text for use in HTML content and double-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (char) => ESCAPES[char] ?? char);
}

/** The guide's steps as HTML: a contents list, then one `<section id="step-N">` per step. */
export function renderArticle({ guide: { steps }, stepLabel, allSteps }: Article): string {
  const contents = steps
    .map((step) => `<li><a href="#step-${step.number}">${escapeHtml(step.title)}</a></li>`)
    .join('\n        ');
  const sections = steps.map((step) => {
    const paragraphs = step.body.map((text) => `<p>${escapeHtml(text)}</p>`).join('\n      ');
    return `<section class="step" id="step-${step.number}" aria-labelledby="step-${step.number}-title">
      <h2 id="step-${step.number}-title"><span class="step-number">${escapeHtml(stepLabel(step.number))}<span class="visually-hidden">:</span></span> ${escapeHtml(step.title)}</h2>
      ${paragraphs}
    </section>`;
  });
  return `<nav class="contents" aria-labelledby="contents-title">
      <details>
        <summary id="contents-title">${escapeHtml(allSteps(steps.length))}</summary>
        <ol>
        ${contents}
        </ol>
      </details>
    </nav>
    ${sections.join('\n    ')}`;
}

/** Vite plugin: fills `<!-- guide-article -->` (or `<!-- guide-article es -->`) with the guide. */
export function guideArticle(): Plugin {
  return {
    name: 'guide-article',
    transformIndexHtml: {
      order: 'pre',
      handler: (html) =>
        html.replace(ARTICLE_MARKER, (_marker, tag = '') => {
          const article = ARTICLES[tag];
          if (!article) throw new Error(`<!-- guide-article ${tag} -->: no article in ${tag}`);
          return renderArticle(article);
        }),
    },
  };
}
