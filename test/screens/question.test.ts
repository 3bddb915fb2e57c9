// src/screens/question.ts on its own: the question, its answers and error, the safety panel on the
// warning signs, and the reader's actions handed back. Texts are written out from content/quiz.ts.
import { expect } from '@open-wc/testing';
import type { QuestionId } from '../../content/quiz.ts';
import { exBackMachine } from '../../machines/ex-back.machine.ts';
import { questionScreen } from '../../src/screens/question.ts';
import { levels, rendered, text } from './render.ts';

/** The quiz at `question`, first on the path, with `chosen` already answered there (gone back to). */
const at = (question: QuestionId, chosen?: string[]) =>
  exBackMachine.resolveState({
    value: { quiz: question },
    context: { asked: [], answers: chosen ? { [question]: chosen } : {} },
  });

function options(question: QuestionId, overrides = {}) {
  return {
    level: 2,
    offersQuickExit: true,
    question,
    snapshot: at(question),
    invalid: false,
    onContinue: (event: Event) => event.preventDefault(),
    onBack: () => {},
    ...overrides,
  };
}

const inputs = (root: ParentNode) => [...root.querySelectorAll<HTMLInputElement>('input')];
const checked = (root: ParentNode) =>
  inputs(root)
    .filter((input) => input.checked)
    .map((input) => input.value);

describe('questionScreen', () => {
  it('is a form whose legend is the heading, with its progress line and one radio per option', async () => {
    const root = await rendered(questionScreen(options('safety')));
    const legend = root.querySelector('fieldset > legend');
    expect(text(legend?.querySelector('[data-screen-heading]'))).to.equal(
      'Has he ever hurt you, threatened you, controlled you or made you feel afraid?',
    );
    expect(text(root.querySelector('.progress'))).to.equal('Question 1, up to 7 more after this');
    expect(inputs(root).map((input) => [input.type, input.value])).to.deep.equal([
      ['radio', 'yes'],
      ['radio', 'not-sure'],
      ['radio', 'no'],
    ]);
    expect(root.querySelector('fieldset')?.getAttribute('aria-describedby')).to.equal('hint');
    expect(root.querySelector('[part="safety-panel"]')).to.equal(null);
  });

  it('shows the answer already chosen, checked', async () => {
    const root = await rendered(
      questionScreen(options('breakup-reason', { snapshot: at('breakup-reason', ['fighting']) })),
    );
    expect(checked(root)).to.deep.equal(['fighting']);
  });

  it('shows the error when invalid, and the group says so', async () => {
    const single = await rendered(questionScreen(options('safety', { invalid: true })));
    expect(text(single.querySelector('#error'))).to.equal('Error: Choose an answer to continue.');
    const fieldset = single.querySelector('fieldset');
    expect(fieldset?.getAttribute('aria-invalid')).to.equal('true');
    expect(fieldset?.getAttribute('aria-describedby')).to.equal('hint error');
    const multi = await rendered(questionScreen(options('motives', { invalid: true })));
    expect(text(multi.querySelector('#error'))).to.equal(
      'Error: Choose at least one answer to continue.',
    );
  });

  it('shows the safety panel on the warning signs, its heading one level below', async () => {
    const root = await rendered(questionScreen(options('warning-signs', { level: 4 })));
    const panel = root.querySelector('[part="safety-panel"]');
    expect(text(panel?.querySelector('[role="heading"]'))).to.equal(
      'Help is available, free and confidential',
    );
    expect(levels(root)).to.deep.equal(['4', '5']);
  });

  it('keeps "None of these" and the signs apart', async () => {
    const root = await rendered(questionScreen(options('warning-signs')));
    const box = (value: string) => inputs(root).find((input) => input.value === value);
    box('control')?.click();
    box('fear')?.click();
    box('none')?.click();
    expect(checked(root)).to.deep.equal(['none']);
    box('threats')?.click();
    expect(checked(root)).to.deep.equal(['threats']);
  });

  it('hands Continue and Back to the element; Continue is a plain button, not a submit', async () => {
    const continued: Event[] = [];
    let backs = 0;
    const root = await rendered(
      questionScreen(
        options('safety', {
          onContinue: (event: Event) => {
            event.preventDefault();
            continued.push(event);
          },
          onBack: () => (backs += 1),
        }),
      ),
    );
    const [continueButton, backButton] = root.querySelectorAll('button');
    expect([continueButton?.type, backButton?.type]).to.deep.equal(['button', 'button']);
    continueButton?.click();
    backButton?.click();
    expect([continued.map((event) => event.type), backs]).to.deep.equal([['click'], 1]);
    expect(continued[0]?.target === continueButton).to.equal(true);
  });

  it('hands Enter on an answer to Continue (kept from submitting), and any other key, or Enter elsewhere, not', async () => {
    const continued: Event[] = [];
    const root = await rendered(
      questionScreen(
        options('warning-signs', { onContinue: (event: Event) => continued.push(event) }),
      ),
    );
    const key = (target: Element | null | undefined, name: string) => {
      const event = new KeyboardEvent('keydown', { key: name, bubbles: true, cancelable: true });
      target?.dispatchEvent(event);
      return event.defaultPrevented;
    };
    const [checkbox] = inputs(root);
    const helpLine = root.querySelector('[part="safety-panel"] a');
    const backButton = root.querySelectorAll('button')[1];
    // Nothing handles these: Space checks, Enter follows a help line's link or presses Back.
    expect([key(checkbox, ' '), key(helpLine, 'Enter'), key(backButton, 'Enter')]).to.deep.equal([
      false,
      false,
      false,
    ]);
    expect(continued.length, 'continued before Enter on an answer').to.equal(0);
    key(checkbox, 'Enter');
    expect(continued.map((event) => [event.type, event.target === checkbox])).to.deep.equal([
      ['keydown', true],
    ]);
  });

  it('hands a submit, should one ever happen, to Continue too', async () => {
    const continued: Event[] = [];
    const root = await rendered(
      questionScreen(
        options('safety', {
          onContinue: (event: Event) => {
            event.preventDefault();
            continued.push(event);
          },
        }),
      ),
    );
    root.querySelector('form')?.requestSubmit();
    expect(continued.map((event) => event.type)).to.deep.equal(['submit']);
  });
});
