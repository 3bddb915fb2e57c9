// The decision tree (graph.js) in Graphviz's DOT language. A question is a blue box: its wording,
// then one row per branch with the answers that take it, and the arrow for that branch leaves
// from its row. An outcome is a green box: its heading and the guide steps it recommends. The
// safety exit (the abuse outcome, the answers that lead to it and their arrows) is bold red, and
// a key says so. Sizes are set for the picture to be read at 880 px wide (GitHub's README width).
import { escapeHtml, shortTitle, wrap } from './text.js';

const FONT = 'Arial';
const RED = '#b3261e';
const QUESTION = { color: '#2f5f8f', fill: '#eaf2fb', rule: '#9fb6cf' };
const OUTCOME = { color: '#4f7a34', fill: '#eef6e8' };
/** Characters per line: wording and headings, answers, a step's short title (two lines). */
const WIDTH = { text: 24, answers: 28, step: 26 };

const lines = (text, width) => wrap(text, width).map(escapeHtml).join('<BR/>');
const small = (html) => `<FONT POINT-SIZE="13">${html}</FONT>`;
const red = (html) => `<FONT COLOR="${RED}"><B>${html}</B></FONT>`;
const table = (rows) =>
  `<TABLE BORDER="0" CELLSPACING="0" CELLPADDING="3">${rows.join('')}</TABLE>`;

function questionLabel(node, branches, isExit) {
  const hint = node.hint ? `<BR/>${small(`<I>${lines(node.hint, WIDTH.text)}</I>`)}` : '';
  const rows = branches.map(({ label, to }, index) => {
    const text = small(lines(label, WIDTH.answers));
    return `<TR><TD PORT="b${index}" BORDER="1" SIDES="T" COLOR="${QUESTION.rule}" ALIGN="LEFT" BALIGN="LEFT">${isExit(to) ? red(text) : text}</TD></TR>`;
  });
  return table([`<TR><TD>${lines(node.heading, WIDTH.text)}${hint}</TD></TR>`, ...rows]);
}

function outcomeLabel(node) {
  const steps = node.steps.map(
    ({ number, title }) =>
      `<TR><TD ALIGN="RIGHT" VALIGN="TOP">${small(`${number}`)}</TD><TD ALIGN="LEFT" BALIGN="LEFT">${small(lines(shortTitle(title, 2 * WIDTH.step), WIDTH.step))}</TD></TR>`,
  );
  return table([
    `<TR><TD COLSPAN="2"><B>${lines(node.heading, WIDTH.text)}</B></TD></TR>`,
    `<TR><TD COLSPAN="2" ALIGN="LEFT">${small('<I>Guide steps</I>')}</TD></TR>`,
    ...steps,
  ]);
}

const key = `key [shape=plain, style=solid, label=<<TABLE BORDER="0" CELLSPACING="4" CELLPADDING="2">
    <TR><TD BGCOLOR="${QUESTION.fill}" COLOR="${QUESTION.color}" BORDER="1" WIDTH="28"></TD><TD ALIGN="LEFT">A question, and the answers that lead on</TD></TR>
    <TR><TD BGCOLOR="${OUTCOME.fill}" COLOR="${OUTCOME.color}" BORDER="1"></TD><TD ALIGN="LEFT">An outcome, and the guide steps it recommends</TD></TR>
    <TR><TD BGCOLOR="${RED}"></TD><TD ALIGN="LEFT">${red('The safety exit: the abuse outcome')}</TD></TR>
  </TABLE>>];`;

export function toDot({ start, nodes, edges }) {
  const exits = new Set(nodes.filter((node) => node.safetyExit).map((node) => node.id));
  const isExit = (id) => exits.has(id);
  const branchesOf = (id) => edges.filter((edge) => edge.from === id);

  const boxes = nodes.map((node) => {
    const look = node.kind === 'question' ? QUESTION : OUTCOME;
    const style = isExit(node.id)
      ? `color="${RED}", fillcolor="#fdeceb", penwidth=3`
      : `color="${look.color}", fillcolor="${look.fill}"`;
    const label =
      node.kind === 'question'
        ? questionLabel(node, branchesOf(node.id), isExit)
        : outcomeLabel(node);
    return `"${node.id}" [${style}, label=<${label}>];`;
  });
  const arrows = nodes.flatMap(({ id }) =>
    branchesOf(id).map(({ to, guard }, index) => {
      const look = isExit(to) ? `color="${RED}", penwidth=2.5` : 'penwidth=1.2';
      // A question's branches go down in pairs: its third and fourth targets a level lower, and so
      // on, so a question with many answers doesn't line all its outcomes up in one wide row.
      const minlen = index >= 2 ? `, minlen=${1 + Math.floor(index / 2)}` : '';
      // The answer that lets a reader carry on ("any other answer") keeps the main line straight.
      const weight = guard === 'answered' ? ', weight=5' : '';
      return `"${id}":b${index} -> "${to}" [${look}${minlen}${weight}];`;
    }),
  );
  return `digraph "How the quiz decides: its questions, the answers that lead on, and its outcomes" {
  graph [fontname="${FONT}", rankdir=TB, nodesep=0.15, ranksep=0.25, pad=0.2];
  node [fontname="${FONT}", fontsize=14, shape=box, style="rounded,filled", margin="0.06,0.04"];
  edge [color="#555555", arrowsize=0.7];
  start [label="Start", shape=oval, fillcolor="#333333", fontcolor="white"];
  ${key}
  { rank=same; start; key; }
  start -> "${start}";
  ${boxes.join('\n  ')}
  ${arrows.join('\n  ')}
}
`;
}
