// The decision tree as data, read from the machine (its question states, their `quiz.answer`
// transitions and targets, its final states) and from content/ (the words). The picture
// (dot.js), the demo page's outline (outline.js) and the tests all draw on this one graph.
import { guide } from '../../content/guide.ts';
import { outcomes, questions } from '../../content/quiz.ts';
import { exBackMachine } from '../../machines/ex-back.machine.ts';
import { stepsOf } from '../../machines/screen.ts';
import { readerAnswers, stateAfter } from './answers.js';
import { branchLabels } from './labels.js';

/**
 * { start, nodes, edges }: `start` is the first question; a node is a question
 * `{ id, kind: 'question', heading, hint? }` (hint only for multi-choice) or an outcome
 * `{ id, kind: 'outcome', heading, steps: [{ number, title }], safetyExit }`; an edge is
 * `{ from, to, label, guard }` in the machine's order, `guard` the branch's guard name.
 */
export function decisionTree() {
  const quiz = exBackMachine.getStateNodeById('ex-back.quiz');
  const nodes = [];
  const edges = [];
  for (const [id, state] of Object.entries(quiz.states)) {
    if (state.type === 'final') {
      nodes.push(outcomeNode(id));
      continue;
    }
    nodes.push(questionNode(id));
    const branches = state.transitions.get('quiz.answer').map((transition) => ({
      to: transition.target[0].key,
      guard: typeof transition.guard === 'string' ? transition.guard : transition.guard.type,
    }));
    const targets = [...new Set(branches.map((branch) => branch.to))];
    const taken = readerAnswers(id).map((answer) => [answer, stateAfter(id, answer)]);
    const labels = branchLabels(id, targets, taken);
    for (const to of targets) {
      const { guard } = branches.find((branch) => branch.to === to);
      edges.push({ from: id, to, label: labels.get(to), guard });
    }
  }
  return { start: quiz.initial.target[0].key, nodes, edges };
}

function questionNode(id) {
  const { kind, heading, hint } = questions[id];
  // A multi-choice question's hint starts with what to choose ("Choose all that apply…").
  const choose = kind === 'multi' && hint ? { hint: hint.split(/(?<=\.) /)[0] } : {};
  return { id, kind: 'question', heading, ...choose };
}

function outcomeNode(id) {
  const { heading, showSafetyPanel } = outcomes[id];
  const steps = stepsOf(id).map((number) => ({
    number,
    title: guide.steps.find((step) => step.number === number).title,
  }));
  return { id, kind: 'outcome', heading, steps, safetyExit: showSafetyPanel === true };
}
