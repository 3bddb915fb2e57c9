// The words on a question's branches, derived from what the machine does with every answer a
// reader can give (answers.js), in the words of content/quiz.ts. A branch is described by the
// options that take it on their own; the description is checked against every answer, and a
// question whose branches these few phrasings cannot describe truthfully stops the map.
import { questions } from '../../content/quiz.ts';

const quoted = (labels) => labels.map((label) => `“${label}”`).join(' or ');

/**
 * Labels for a question's branches. `targets`: the branches' targets in the machine's order;
 * `taken`: [answer, target] for every reader answer. Returns Map target → label.
 */
export function branchLabels(question, targets, taken) {
  const { kind, options } = questions[question];
  const alone = new Map(targets.map((target) => [target, []]));
  for (const [answer, target] of taken) if (answer.length === 1) alone.get(target).push(answer[0]);

  const fail = (why) => {
    throw new Error(`scripts/map: can't put the branches of "${question}" into words: ${why}`);
  };
  for (const [target, ids] of alone) {
    if (ids.length === 0) fail(`no option on its own leads to "${target}"`);
  }
  // What the words below claim: an answer takes the first branch that one of its options takes alone.
  for (const [answer, target] of taken) {
    const claimed = targets.find((t) => answer.some((id) => alone.get(t).includes(id)));
    if (claimed !== target) fail(`[${answer}] goes to "${target}", not "${claimed}"`);
  }

  const labelsOf = (ids) => ids.map((id) => options[id]);
  if (kind === 'single') {
    // The options themselves; quoted if a branch takes several.
    const words = (ids) => (ids.length === 1 ? options[ids[0]] : quoted(labelsOf(ids)));
    return new Map(targets.map((t) => [t, words(alone.get(t))]));
  }
  if (targets.length !== 2) fail('a multi-choice question with other than two branches');
  // Two branches: the first takes any answer with one of its options, the second the rest. Name
  // the second's option if it has only one, else the first's.
  const [first, second] = targets.map((t) => labelsOf(alone.get(t)));
  if (second.length === 1 && first.length > 1) {
    return new Map([
      [targets[0], `Any besides ${quoted(second)}`],
      [targets[1], `Only ${quoted(second)}`],
    ]);
  }
  return new Map([
    [targets[0], `Any with ${quoted(first)}`],
    [targets[1], ['Any without it', 'Neither of those'][first.length - 1] ?? 'None of those'],
  ]);
}
