// src/screens/outcome.ts on its own: the outcome, its steps linked to the guide page given, Print
// or save this plan, the answers with Change, and Start again. Texts and steps are written out from content/ and the README.
import { expect } from '@open-wc/testing';
import { outcomeScreen } from '../../src/screens/outcome.ts';
import { snapshotAt } from '../quiz-snapshots.ts';
import { levels, rendered, text } from './render.ts';

const LET_GO = snapshotAt('let-go', [
  ['safety', 'no'],
  ['breakup-reason', 'hurtful', 'fighting'],
]);

function options(overrides = {}) {
  return {
    level: 2,
    offersQuickExit: true,
    outcome: 'let-go' as const,
    steps: [12, 13],
    snapshot: LET_GO,
    stepLink: (number: number) => `#step-${number}`,
    onChange: () => {},
    onRestart: () => {},
    ...overrides,
  };
}

describe('outcomeScreen', () => {
  it('shows the heading, why, and each step with its note, in the order given', async () => {
    const root = await rendered(outcomeScreen(options()));
    expect(text(root.querySelector('[data-screen-heading]'))).to.equal(
      'Take it to heart and let this relationship go',
    );
    expect(text(root.querySelector('.lead'))).to.contain('The guide says to take that to heart');
    const steps = [...root.querySelectorAll('li.step')];
    expect(steps.map((step) => text(step.querySelector('.step-number')))).to.deep.equal([
      'Step 12',
      'Step 13',
    ]);
    expect(text(steps[0]?.querySelector(':scope > p'))).to.equal(
      'How to grieve, be kind to yourself and lean on friends and family.',
    );
    expect(root.querySelector('[part="safety-panel"]')).to.equal(null);
  });

  it('links each step where stepLink says, and shows no link where it says none', async () => {
    const hrefs = async (stepLink: (number: number) => string | undefined) =>
      [...(await rendered(outcomeScreen(options({ stepLink })))).querySelectorAll('a')].map(
        (link) => link.getAttribute('href'),
      );
    expect(await hrefs((number) => `https://example.org/guide#step-${number}`)).to.deep.equal([
      'https://example.org/guide#step-12',
      'https://example.org/guide#step-13',
    ]);
    expect(
      await hrefs((number) => (number === 13 ? 'https://example.org/#step-13' : undefined)),
    ).to.deep.equal(['https://example.org/#step-13']);
    const root = await rendered(outcomeScreen(options({ stepLink: () => undefined })));
    expect(root.querySelectorAll('a').length, 'links').to.equal(0);
    expect(root.querySelectorAll('li.step details').length, 'full texts').to.equal(2);
  });

  it('leaves a step link’s click to the browser when the page is not framed', async () => {
    const root = await rendered(
      outcomeScreen(options({ stepLink: (number: number) => `#step-${number}` })),
    );
    let prevented: boolean | undefined;
    root.addEventListener('click', (event) => {
      prevented = event.defaultPrevented;
      event.preventDefault(); // the test page stays where it is
    });
    root.querySelector('a')?.click();
    expect(prevented).to.equal(false);
  });

  it('puts subheadings one level below the heading and step titles two, down to 6', async () => {
    expect(levels(await rendered(outcomeScreen(options({ level: 3 }))))).to.deep.equal([
      '3',
      '4',
      '5',
      '5',
      '4',
    ]);
    expect(levels(await rendered(outcomeScreen(options({ level: 5 }))))).to.deep.equal([
      '5',
      '6',
      '6',
      '6',
      '6',
    ]);
  });

  it('lists the answers, each with a Change that names its question', async () => {
    const changed: string[] = [];
    const root = await rendered(
      outcomeScreen(options({ onChange: (id: string) => changed.push(id) })),
    );
    const answers = [...root.querySelectorAll('dl.answers dd > span')].map(text);
    expect(answers).to.deep.equal([
      'No',
      'He did something hurtful or disrespectful; We kept fighting or misunderstanding each other',
    ]);
    for (const change of root.querySelectorAll<HTMLButtonElement>('dl.answers button'))
      change.click();
    expect(changed).to.deep.equal(['safety', 'breakup-reason']);
  });

  it('calls onRestart on Start again', async () => {
    let restarts = 0;
    const root = await rendered(outcomeScreen(options({ onRestart: () => (restarts += 1) })));
    [...root.querySelectorAll('button')].find((button) => text(button) === 'Start again')?.click();
    expect(restarts).to.equal(1);
  });

  it('offers Print or save this plan after the steps, before the answers; it calls print()', async () => {
    const root = await rendered(outcomeScreen(options()));
    const button = [...root.querySelectorAll('button')].find(
      (each) => text(each) === 'Print or save this plan',
    );
    // In print, everything after the steps list goes (styles/print.styles.ts): this, the answers.
    expect(root.querySelector('ol.steps ~ .actions button')).to.equal(button);
    expect(root.querySelector('ol.steps ~ dl.answers') === null).to.equal(false);
    const print = window.print;
    let prints = 0;
    window.print = () => {
      prints += 1;
    };
    try {
      button?.click();
    } finally {
      window.print = print;
    }
    expect(prints).to.equal(1);
  });

  it('shows the safety panel on the abuse outcome', async () => {
    const root = await rendered(
      outcomeScreen(
        options({
          outcome: 'dont-go-back',
          steps: [13],
          snapshot: snapshotAt('dont-go-back', [['safety', 'yes']]),
        }),
      ),
    );
    expect(root.querySelector('[part="safety-panel"]') === null).to.equal(false);
  });
});
