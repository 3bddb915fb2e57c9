// <ex-back-quiz> driven through its UI: every outcome, Back, Change, Start again, focus after each
// transition, a keyboard-only run, and the public events.
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { type OutcomeId, outcomes, type QuestionId, questions } from '../content/quiz.ts';
import { helpLines, ui } from '../content/ui.ts';
import type { QuizAnswerDetail, QuizCompleteDetail } from '../src/index.ts';
import {
  answerPath,
  back,
  button,
  checkedValues,
  choose,
  continueQuiz,
  currentOutcome,
  currentQuestion,
  type ExBackQuiz,
  expectSame,
  input,
  OUTCOME_IDS,
  PATHS,
  query,
  queryAll,
  quiz,
  quizAt,
  record,
  screenHeading,
  start,
  text,
  visibleText,
} from './quiz-element.helpers.ts';
import { READER_PATHS } from './reader-paths.js';

const renderedSteps = (el: ExBackQuiz) =>
  queryAll(el, 'ol.steps .step-number').map((number) => Number(text(number).replace(/\D+/g, '')));

/** The Change button next to `question` in "Your answers". */
function changeButton(el: ExBackQuiz, question: QuestionId): HTMLButtonElement {
  const row = queryAll(el, 'dl.answers .answer').find(
    (answer) => text(answer.querySelector('dt')) === questions[question].heading,
  );
  const change = row?.querySelector('button');
  if (!change) throw new Error(`no Change for ${question}`);
  return change;
}

const focused = (el: ExBackQuiz) => el.shadowRoot?.activeElement ?? null;

describe('<ex-back-quiz> reaches every outcome through its UI', () => {
  it('has a path for each of the 14 outcomes', () => {
    expect(Object.keys(PATHS).sort()).to.deep.equal(Object.keys(outcomes).sort());
    expect(OUTCOME_IDS).to.have.length(14);
  });

  for (const [name, path] of Object.entries(READER_PATHS)) {
    it(`${name}: the progress line on each question, then the guide's steps in order`, async () => {
      const el = await quiz();
      const completed = record<QuizCompleteDetail>(el, 'quiz-complete');
      await start(el);
      const progressLines: string[] = [];
      for (const [question, ...choices] of path.answers) {
        expect(currentQuestion(el), 'question on screen').to.equal(question);
        progressLines.push(text(query(el, '[part="progress"]')));
        await choose(el, ...choices);
        await continueQuiz(el);
      }
      completed.stop();

      expect(progressLines).to.deep.equal(path.progress);
      expect(currentOutcome(el)).to.equal(path.outcome);
      expect(completed.length).to.equal(1);
      expect(completed[0]?.detail).to.deep.equal({ outcome: path.outcome, steps: path.steps });
      expect(renderedSteps(el)).to.deep.equal(path.steps);
      const hasPanel = el.shadowRoot?.querySelector('[part="safety-panel"]') != null;
      expect(hasPanel, 'safety panel').to.equal(path.outcome === 'dont-go-back');
    });
  }

  it('ends abuse reported through a warning sign with the safety panel and only step 13', async () => {
    const el = await quiz();
    const completed = record<QuizCompleteDetail>(el, 'quiz-complete');
    await start(el);
    await answerPath(el, [
      ['safety', 'not-sure'],
      ['warning-signs', 'control', 'fear'],
    ]);
    expect(currentOutcome(el)).to.equal('dont-go-back');
    expect(completed.map((event) => event.detail)).to.deep.equal([
      { outcome: 'dont-go-back', steps: [13] },
    ]);
    expect(renderedSteps(el)).to.deep.equal([13]);
    const panel = query(el, '[part="safety-panel"]');
    expect(text(panel)).to.contain('Call 1-800-799-7233 (SAFE)');
    expect(text(panel)).to.contain('Text START to 88788');
    expect(text(panel)).to.contain('thehotline.org');
    expect(text(panel)).to.contain('Call 1-866-331-9474');
    expect(text(panel)).to.contain('Text LOVEIS to 22522');
    expect(text(panel)).to.contain('Call 0808 2000 247');
    expect(text(panel)).to.contain('Call 911 (US)');
    expect(text(panel)).to.contain('Call 999 (UK)');
    expect(panel.querySelectorAll('li').length).to.equal(helpLines.length);
  });

  it('keeps "None of these" exclusive on the warning-signs question', async () => {
    const el = await quizAt([['safety', 'not-sure']]);
    await choose(el, 'put-downs', 'money');
    await choose(el, 'none');
    expect(checkedValues(el)).to.deep.equal(['none']);
    await choose(el, 'threats');
    expect(checkedValues(el)).to.deep.equal(['threats']);
  });
});

describe('<ex-back-quiz> Back', () => {
  it('returns to the previous question with its answer still chosen, then to the intro', async () => {
    const el = await quiz();
    const backs = record(el, 'quiz-back');
    await start(el);
    await answerPath(el, [
      ['safety', 'no'],
      ['breakup-reason', 'circumstances', 'fighting'],
    ]);
    expect(currentQuestion(el)).to.equal('past-hurt');
    expect(checkedValues(el)).to.deep.equal([]);

    await back(el);
    expect(currentQuestion(el)).to.equal('breakup-reason');
    expect(checkedValues(el)).to.deep.equal(['fighting', 'circumstances']);
    expect(backs.length).to.equal(1);

    await back(el);
    expect(currentQuestion(el)).to.equal('safety');
    expect(checkedValues(el)).to.deep.equal(['no']);

    await back(el);
    expect(text(screenHeading(el))).to.equal(ui.intro.heading);
    expect(backs.length).to.equal(3);
    backs.stop();
  });

  it('lets the reader change the kept answer and go on from there', async () => {
    const el = await quizAt([
      ['safety', 'no'],
      ['breakup-reason', 'circumstances'],
    ]);
    await back(el);
    input(el, 'circumstances').click(); // uncheck
    await choose(el, 'unsatisfied');
    await continueQuiz(el);
    expect(currentOutcome(el)).to.equal('let-go');
  });
});

describe('<ex-back-quiz> Change', () => {
  it('goes back to the question, keeps its answer, and a new answer leads to a new outcome', async () => {
    const el = await quizAt(PATHS['reach-out']);
    expect(currentOutcome(el)).to.equal('reach-out');
    const completed = record<QuizCompleteDetail>(el, 'quiz-complete');

    changeButton(el, 'stage').click();
    await el.updateComplete;
    expect(currentQuestion(el)).to.equal('stage');
    expect(checkedValues(el)).to.deep.equal(['no-contact']);

    await choose(el, 'friendly');
    await continueQuiz(el);
    completed.stop();
    expect(currentOutcome(el)).to.equal('meet-up');
    expect(completed.map((event) => event.detail)).to.deep.equal([
      { outcome: 'meet-up', steps: [3, 4] },
    ]);
    expect(renderedSteps(el)).to.deep.equal([3, 4]);
    // The answers off the new path are gone from "Your answers".
    expect(queryAll(el, 'dl.answers dt').map(text)).to.deep.equal(
      (['safety', 'breakup-reason', 'past-hurt', 'motives', 'stage'] as const).map(
        (id) => questions[id].heading,
      ),
    );
  });

  it('changing the first answer can reach the abuse outcome', async () => {
    const el = await quizAt(PATHS.rebuild);
    changeButton(el, 'safety').click();
    await el.updateComplete;
    expect(currentQuestion(el)).to.equal('safety');
    await choose(el, 'yes');
    await continueQuiz(el);
    expect(currentOutcome(el)).to.equal('dont-go-back');
    expect(renderedSteps(el)).to.deep.equal([13]);
    expect(queryAll(el, 'dl.answers dt').length).to.equal(1);
  });
});

describe('<ex-back-quiz> Start again', () => {
  it('returns to the first question with nothing chosen', async () => {
    const el = await quizAt(PATHS['move-on']);
    const restarts = record(el, 'quiz-restart');
    button(el, ui.outcome.restart).click();
    await el.updateComplete;
    restarts.stop();
    expect(restarts.length).to.equal(1);
    expect(currentQuestion(el)).to.equal('safety');
    expect(checkedValues(el)).to.deep.equal([]);
    // Nothing is remembered: the next questions show nothing chosen either.
    await choose(el, 'not-sure');
    await continueQuiz(el);
    expect(checkedValues(el)).to.deep.equal([]);
    await back(el);
    await back(el);
    expect(text(screenHeading(el))).to.equal(ui.intro.heading);
  });
});

describe('<ex-back-quiz> focus', () => {
  it('does not move on first render', async () => {
    const before = document.activeElement;
    const el = await quiz();
    await el.updateComplete;
    expect(document.activeElement === el, 'the widget took focus').to.equal(false);
    expectSame(document.activeElement, before, 'page focus');
    expectSame(focused(el), null, 'focus inside the widget');
  });

  it('moves to the new screen heading after every transition', async () => {
    const el = await quiz();
    const expectHeadingFocused = async (where: string) => {
      await el.updateComplete;
      expectSame(focused(el), screenHeading(el), where);
      expectSame(document.activeElement, el, where);
    };

    await start(el);
    await expectHeadingFocused('after Start');
    for (const [question, ...choices] of PATHS.rebuild) {
      await choose(el, ...choices);
      await continueQuiz(el);
      await expectHeadingFocused(`after answering ${question}`);
    }
    expect(currentOutcome(el)).to.equal('rebuild');

    changeButton(el, 'motives').click();
    await expectHeadingFocused('after Change');
    expect(currentQuestion(el)).to.equal('motives');

    await back(el);
    await expectHeadingFocused('after Back');
    expect(currentQuestion(el)).to.equal('past-hurt');

    await answerPath(el, PATHS.rebuild.slice(2));
    await expectHeadingFocused('after the last Continue');
    button(el, ui.outcome.restart).click();
    await expectHeadingFocused('after Start again');
    expect(currentQuestion(el)).to.equal('safety');

    await back(el);
    await expectHeadingFocused('after Back to the intro');
    expect(text(screenHeading(el))).to.equal(ui.intro.heading);
  });
});

describe('<ex-back-quiz> keyboard only', () => {
  const press = (key: string) => sendKeys({ press: key });

  /** Tab until the Continue button has focus (a radio group is one stop, each checkbox one). */
  async function tabToContinue(el: ExBackQuiz) {
    for (let tabs = 0; tabs < 12; tabs += 1) {
      const active = focused(el);
      if (active instanceof HTMLButtonElement && visibleText(active) === ui.question.continue) {
        return;
      }
      await press('Tab');
    }
    throw new Error('Tab never reached Continue');
  }

  it('continues with Enter on an answer, radio or checkbox, and never submits a form', async () => {
    const el = await quiz();
    await start(el);
    const submits: Event[] = [];
    const onSubmit = (event: Event) => submits.push(event);
    el.shadowRoot?.addEventListener('submit', onSubmit, true);
    try {
      // Tab puts focus on the first radio without choosing it: Enter asks for an answer.
      await press('Tab');
      expectSame(focused(el), input(el, 'yes'));
      await press('Enter');
      await el.updateComplete;
      expect([currentQuestion(el), el.shadowRoot?.querySelector('#error') != null]).to.deep.equal([
        'safety',
        true,
      ]);
      await choose(el, 'no');
      input(el, 'no').focus();
      await press('Enter');
      await el.updateComplete;
      expect(currentQuestion(el)).to.equal('breakup-reason');
      await choose(el, 'circumstances');
      input(el, 'circumstances').focus();
      await press('Enter');
      await el.updateComplete;
      expect(currentQuestion(el)).to.equal('past-hurt');
      expect(submits.length, 'submit events').to.equal(0);
    } finally {
      el.shadowRoot?.removeEventListener('submit', onSubmit, true);
    }
  });

  it('completes the quiz with Enter, Tab, arrows and Space', async () => {
    const el = await quiz();
    const completed = record<QuizCompleteDetail>(el, 'quiz-complete');
    button(el, ui.intro.start).focus();
    await press('Enter');
    await el.updateComplete;

    // safety: the radio group is one Tab stop; arrows move the choice from "Yes" to "No".
    expect(currentQuestion(el)).to.equal('safety');
    await press('Tab');
    expectSame(focused(el), input(el, 'yes'));
    await press('ArrowDown');
    await press('ArrowDown');
    expect(checkedValues(el)).to.deep.equal(['no']);
    await press('Tab');
    await tabToContinue(el);
    await press('Enter');
    await el.updateComplete;

    // breakup-reason: checkboxes, one Tab each, Space to check.
    expect(currentQuestion(el)).to.equal('breakup-reason');
    for (let tab = 0; tab < 4; tab += 1) await press('Tab');
    expectSame(focused(el), input(el, 'circumstances'));
    await press('Space');
    expect(checkedValues(el)).to.deep.equal(['circumstances']);
    await tabToContinue(el);
    await press('Enter');
    await el.updateComplete;

    // past-hurt, motives, stage: the first option, with Space.
    for (const [question, choice] of [
      ['past-hurt', 'no'],
      ['motives', 'care'],
      ['stage', 'no-contact'],
    ] as const) {
      expect(currentQuestion(el)).to.equal(question);
      await press('Tab');
      await press('Space');
      expect(checkedValues(el)).to.deep.equal([choice]);
      await tabToContinue(el);
      await press('Enter');
      await el.updateComplete;
    }

    // time-since and urge: the second option, with an arrow.
    for (const [question, choice] of [
      ['time-since', 'a-month-or-more'],
      ['urge', 'no'],
    ] as const) {
      expect(currentQuestion(el)).to.equal(question);
      await press('Tab');
      await press('ArrowDown');
      expect(checkedValues(el)).to.deep.equal([choice]);
      await tabToContinue(el);
      await press('Enter');
      await el.updateComplete;
    }

    completed.stop();
    expect(currentOutcome(el)).to.equal('reach-out');
    expect(completed.map((event) => event.detail.outcome)).to.deep.equal(['reach-out']);
    expectSame(focused(el), screenHeading(el));
  });

  it('shows the error when Enter is pressed on Continue with nothing chosen', async () => {
    const el = await quiz();
    await start(el);
    button(el, ui.question.continue).focus();
    await press('Enter');
    await el.updateComplete;
    expect(currentQuestion(el)).to.equal('safety');
    expect(text(query(el, '#error'))).to.equal('Error: Choose an answer to continue.');
    expectSame(focused(el), query(el, '#error'));
  });
});

describe('<ex-back-quiz> events', () => {
  it('fire on document (bubbling, composed) with their details, in order', async () => {
    const types = ['quiz-start', 'quiz-answer', 'quiz-back', 'quiz-restart', 'quiz-complete'];
    const events: CustomEvent[] = [];
    const listener = (event: Event) => events.push(event as CustomEvent);
    for (const type of types) document.addEventListener(type, listener);
    try {
      const el = await quiz();
      await start(el);
      await answerPath(el, PATHS['let-go'].slice(0, 1));
      await back(el);
      await answerPath(el, PATHS['let-go']);
      button(el, ui.outcome.restart).click();
      await el.updateComplete;
      for (const event of events) {
        expect(event instanceof CustomEvent, event.type).to.equal(true);
        expect(event.bubbles, event.type).to.equal(true);
        expect(event.composed, event.type).to.equal(true);
        expectSame(event.target, el, event.type);
      }
      expect(events.map((event) => [event.type, event.detail])).to.deep.equal([
        ['quiz-start', null],
        ['quiz-answer', { question: 'safety', answer: ['no'] }],
        ['quiz-back', null],
        ['quiz-answer', { question: 'safety', answer: ['no'] }],
        ['quiz-answer', { question: 'breakup-reason', answer: ['hurtful'] }],
        ['quiz-complete', { outcome: 'let-go', steps: [12, 13] }],
        ['quiz-restart', null],
      ]);
    } finally {
      for (const type of types) document.removeEventListener(type, listener);
    }
  });

  it('sends every chosen answer of a multiple-choice question, and nothing for an empty Continue', async () => {
    const el = await quizAt([['safety', 'no']]);
    const answers = record<QuizAnswerDetail>(document, 'quiz-answer');
    await continueQuiz(el);
    expect(answers.length).to.equal(0);
    await choose(el, 'fighting', 'my-mistake');
    await continueQuiz(el);
    answers.stop();
    expect(answers.map((event) => event.detail)).to.deep.equal([
      { question: 'breakup-reason', answer: ['fighting', 'my-mistake'] },
    ]);
  });

  it('fires quiz-complete once per outcome shown, not again on a re-render', async () => {
    const el = await quizAt(PATHS['give-him-time']);
    const completed = record(el, 'quiz-complete');
    el.requestUpdate();
    await el.updateComplete;
    completed.stop();
    expect(completed.length).to.equal(0);
    const outcome: OutcomeId | undefined = currentOutcome(el);
    expect(outcome).to.equal('give-him-time');
  });
});

describe('<ex-back-quiz> live region', () => {
  const said = (el: ExBackQuiz) => text(query(el, '[role="status"]'));

  it("says each new question's progress line, and nothing on the intro or an outcome", async () => {
    const el = await quiz();
    expect(said(el)).to.equal('');
    await start(el);
    expect(said(el)).to.equal('Question 1, up to 7 more after this');
    await answerPath(el, PATHS['let-go'].slice(0, 1));
    expect(said(el)).to.equal('Question 2, up to 5 more after this');
    await continueQuiz(el);
    expect(said(el), 'the error is no new question').to.equal(
      'Question 2, up to 5 more after this',
    );
    await back(el);
    await back(el);
    expect(said(el)).to.equal('');
    await start(el);
    await answerPath(el, PATHS['let-go']);
    // The outcome's heading takes focus and is read then: said again here, it would be heard twice.
    expect(said(el)).to.equal('');
    // So Change back to the last question is news again, though its line is the one said before.
    changeButton(el, 'breakup-reason').click();
    await el.updateComplete;
    expect(said(el)).to.equal('Question 2, up to 5 more after this');
  });
});
