// The decision-tree map (scripts/map/, `npm run map`): the committed picture is the one the
// machine and content make now, and the graph it is drawn from says what the guide says. Node
// only, no browser; the expected values are written out by hand.
import assert from 'node:assert/strict';
import { before, test } from 'node:test';
import { importWithVite, loadDecisionTree } from '../../scripts/map/load.js';
import { pictureProblem } from '../../scripts/map/picture.js';

let tree;
const ofKind = (kind) => tree.nodes.filter((node) => node.kind === kind);
const branchesOf = (id) => tree.edges.filter((edge) => edge.from === id);

before(async () => {
  tree = await loadDecisionTree();
});

test('content/decision-tree.svg is the picture the machine and content make now', async () => {
  const problem = await pictureProblem();
  assert.ok(problem === undefined, problem);
});

test('10 questions and 14 outcomes, every arrow between two of them, the first question first', () => {
  assert.equal(ofKind('question').length, 10);
  assert.equal(ofKind('outcome').length, 14);
  const ids = new Set(tree.nodes.map((node) => node.id));
  assert.equal(ids.size, tree.nodes.length, 'node ids are unique');
  for (const { from, to } of tree.edges) {
    assert.ok(ids.has(from), `${from} → ${to}: no node ${from}`);
    assert.ok(ids.has(to), `${from} → ${to}: no node ${to}`);
  }
  assert.equal(tree.start, 'safety');
});

test('every outcome is reachable from the first question; outcomes lead nowhere', () => {
  const reached = new Set([tree.start]);
  for (const id of reached) for (const { to } of branchesOf(id)) reached.add(to);
  for (const { id } of ofKind('outcome')) {
    assert.ok(reached.has(id), `${id} is reachable`);
    assert.deepEqual(branchesOf(id), [], `${id} has no branches`);
  }
  for (const { id } of ofKind('question')) assert.ok(reached.has(id), `${id} is reachable`);
});

test('safety: Yes → dont-go-back, I’m not sure → warning-signs, No → breakup-reason', () => {
  assert.deepEqual(
    branchesOf('safety').map(({ label, to }) => [label, to]),
    [
      ['Yes', 'dont-go-back'],
      ['I’m not sure', 'warning-signs'],
      ['No', 'breakup-reason'],
    ],
  );
});

test('the safety exit is dont-go-back alone, reached from safety and warning-signs, step 13 only', () => {
  assert.deepEqual(
    tree.nodes.filter((node) => node.safetyExit).map((node) => node.id),
    ['dont-go-back'],
  );
  assert.deepEqual(
    tree.edges.filter((edge) => edge.to === 'dont-go-back').map((edge) => edge.from),
    ['safety', 'warning-signs'],
  );
  const exit = tree.nodes.find((node) => node.id === 'dont-go-back');
  assert.deepEqual(exit.steps, [{ number: 13, title: 'Keep a level head.' }]);
});

test('the multi-choice questions’ branches in words', () => {
  const hurt =
    '“He did something hurtful or disrespectful” or “I wasn’t satisfied with the relationship”';
  const care = '“I care about him and truly believe the relationship has potential for both of us”';
  const labelled = (id) => branchesOf(id).map(({ label, to }) => [label, to]);
  assert.deepEqual(labelled('warning-signs'), [
    ['Any besides “None of these”', 'dont-go-back'],
    ['Only “None of these”', 'breakup-reason'],
  ]);
  assert.deepEqual(labelled('breakup-reason'), [
    [`Any with ${hurt}`, 'let-go'],
    ['Neither of those', 'past-hurt'],
  ]);
  assert.deepEqual(labelled('motives'), [
    [`Any besides ${care}`, 'move-on'],
    [`Only ${care}`, 'stage'],
  ]);
});

test('branches the words would misdescribe stop the map instead of being drawn', async () => {
  const { branchLabels } = await importWithVite('scripts/map/labels.js');
  const taken = [
    [['hurtful'], 'let-go'],
    [['fighting'], 'past-hurt'],
    [['fighting', 'hurtful'], 'past-hurt'], // "Any with “He did something hurtful…”" would be wrong
  ];
  assert.throws(
    () => branchLabels('breakup-reason', ['let-go', 'past-hurt'], taken),
    /can't put the branches of "breakup-reason" into words: \[fighting,hurtful\] goes to "past-hurt"/,
  );
  assert.throws(
    () =>
      branchLabels(
        'urge',
        ['wait', 'reach-out'],
        [
          [['yes'], 'wait'],
          [['no'], 'wait'],
        ],
      ),
    /no option on its own leads to "reach-out"/,
  );
});

test('the demo page’s outline has every question, answer and outcome, linked', async () => {
  const { renderOutline } = await importWithVite('scripts/map/outline.js');
  const html = renderOutline(tree);
  for (const { id, kind } of tree.nodes) assert.match(html, new RegExp(`<li id="${kind}-${id}">`));
  assert.equal(html.match(/: (next|outcome), <a href="#/g).length, tree.edges.length);
  assert.match(
    html,
    /<li>Yes: outcome, <a href="#outcome-dont-go-back">.*<\/a> \(the safety exit\)/,
  );
  assert.match(html, /<a href="\.\/#step-13">Step 13: Keep a level head\.<\/a>/);
});
