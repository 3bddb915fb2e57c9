// The decision tree in words, for the demo page "How the quiz decides" (demo/how-it-decides.html)
// and its readers who can't see the picture: each question with its answers and where they lead,
// then each outcome with the guide steps it recommends (linked to the article). Drawn from the same
// graph as the picture, into the page's <!-- decision-tree-outline --> at build time.
import { decisionTree } from './graph.js';
import { escapeHtml } from './text.js';

export const OUTLINE_MARKER = '<!-- decision-tree-outline -->';

const anchor = (node) => `${node.kind}-${node.id}`;

export function renderOutline({ start, nodes, edges }) {
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const first = byId.get(start);
  const exit = (node) => (node.safetyExit ? ' (the safety exit)' : '');
  const questions = nodes
    .filter((node) => node.kind === 'question')
    .map((question) => {
      const branches = edges
        .filter((edge) => edge.from === question.id)
        .map(({ label, to }) => {
          const next = byId.get(to);
          const link = `<a href="#${anchor(next)}">${escapeHtml(next.heading)}</a>`;
          return `<li>${escapeHtml(label)}: ${next.kind === 'question' ? `next, ${link}` : `outcome, ${link}${exit(next)}`}</li>`;
        });
      const hint = question.hint ? ` <em>${escapeHtml(question.hint)}</em>` : '';
      return `<li id="${anchor(question)}">${escapeHtml(question.heading)}${hint}
          <ul>
            ${branches.join('\n            ')}
          </ul>
        </li>`;
    });
  const outcomes = nodes
    .filter((node) => node.kind === 'outcome')
    .map((outcome) => {
      const steps = outcome.steps.map(
        ({ number, title }) =>
          `<li><a href="./#step-${number}">Step ${number}: ${escapeHtml(title)}</a></li>`,
      );
      return `<li id="${anchor(outcome)}">${escapeHtml(outcome.heading)}${exit(outcome)}. Guide steps:
          <ul>
            ${steps.join('\n            ')}
          </ul>
        </li>`;
    });
  return `<h2>Questions</h2>
      <p>The quiz starts with <a href="#${anchor(first)}">${escapeHtml(first.heading)}</a></p>
      <ol>
        ${questions.join('\n        ')}
      </ol>
      <h2>Outcomes</h2>
      <ul>
        ${outcomes.join('\n        ')}
      </ul>`;
}

/** Vite plugin: fills a page's `<!-- decision-tree-outline -->` with the outline. */
export function decisionTreeOutline() {
  return {
    name: 'decision-tree-outline',
    transformIndexHtml: {
      order: 'pre',
      handler: (html) =>
        html.includes(OUTLINE_MARKER)
          ? html.replace(OUTLINE_MARKER, () => renderOutline(decisionTree()))
          : html,
    },
  };
}
