// src/quick-exit.ts on its own: the page-wide registry with stand-in widgets instead of elements,
// and Shift presses as keydown events whose times are set by hand, so the README's rules (three
// presses within five seconds, no other key between) are checked to the millisecond without waiting.
// Clicks on an Exit button go to stand-in widgets that are elements with a shadow root.
import { expect } from '@open-wc/testing';
import {
  exitPage,
  joinQuickExit,
  leaveQuickExit,
  type QuickExitTarget,
} from '../src/quick-exit.ts';

/**
 * A stand-in widget: records each quick exit it is asked for (true: it navigates) and each Shift
 * press it is asked to acknowledge (the presses left).
 */
function widget() {
  const exits: boolean[] = [];
  const pressesLeft: number[] = [];
  return {
    exits,
    pressesLeft,
    quickExit: (navigate: boolean) => exits.push(navigate),
    shortcutPressed: (left: number) => pressesLeft.push(left),
  };
}

/** A key pressed at `ms` on the page's clock. */
function press(key: string, ms: number, { repeat = false } = {}) {
  const event = new KeyboardEvent('keydown', { key, repeat, bubbles: true });
  Object.defineProperty(event, 'timeStamp', { value: ms });
  document.body.dispatchEvent(event);
}

describe('quick exit, page-wide', () => {
  const joined: QuickExitTarget[] = [];
  /** A widget on the page, offering the Shift×3 shortcut or not. */
  function join(offersShortcut = true) {
    const target = widget();
    joinQuickExit(target, offersShortcut);
    joined.push(target);
    return target;
  }
  /** A widget that is an element on the page, its Exit button (class "exit") in its shadow root. */
  function elementWidget(offersShortcut = true) {
    const exits: boolean[] = [];
    const host = Object.assign(document.createElement('div'), {
      quickExit: (navigate: boolean) => exits.push(navigate),
      shortcutPressed: () => {},
    });
    const exitButton = document.createElement('button');
    exitButton.className = 'exit';
    host.attachShadow({ mode: 'open' }).append(exitButton);
    document.body.append(host);
    joinQuickExit(host, offersShortcut);
    joined.push(host);
    return Object.assign(host, { exits, exitButton });
  }
  afterEach(() => {
    for (const target of joined.splice(0)) {
      leaveQuickExit(target);
      if (target instanceof Element) target.remove();
    }
    sessionStorage.clear();
  });

  it('clears every widget, and only the one used navigates', () => {
    const [first, used, without] = [join(), join(), join(false)];
    exitPage(used);
    expect([first.exits, used.exits, without.exits]).to.deep.equal([[false], [true], [false]]);
  });

  it("forgets every widget's saved progress, and nothing else", () => {
    for (const key of ['ex-back-quiz', 'ex-back-quiz:mine', 'ex-back-quizzes', 'cart']) {
      sessionStorage.setItem(key, '{}');
    }
    exitPage(join());
    expect(Object.keys(sessionStorage).sort()).to.deep.equal(['cart', 'ex-back-quizzes']);
  });

  it('Shift three times within 5 seconds leaves through the first widget that offers it', () => {
    const [without, first, second] = [join(false), join(), join()];
    press('Shift', 1000);
    press('Shift', 3000);
    expect(first.exits, 'two presses').to.deep.equal([]);
    press('Shift', 5999);
    expect([without.exits, first.exits, second.exits]).to.deep.equal([[false], [true], [false]]);
  });

  it('has the widget that would lead the exit, and only it, acknowledge each press that counts', () => {
    const [without, first, second] = [join(false), join(), join()];
    press('Shift', 100);
    press('Shift', 200);
    press('Shift', 300, { repeat: true });
    press('a', 400);
    press('Shift', 500);
    press('Shift', 6000);
    expect(first.pressesLeft, 'first').to.deep.equal([2, 1, 2, 2]);
    expect([without.pressesLeft, second.pressesLeft], 'the others').to.deep.equal([[], []]);
    press('Shift', 6100);
    press('Shift', 6200);
    expect(first.pressesLeft, 'the third press exits instead').to.deep.equal([2, 1, 2, 2, 1]);
    expect(first.exits).to.deep.equal([true]);
  });

  it('does not count presses 5 seconds old or more', () => {
    const target = join();
    press('Shift', 0);
    press('Shift', 2500);
    press('Shift', 5000);
    expect(target.exits, '0, 2.5 and 5 s').to.deep.equal([]);
    press('Shift', 7000);
    expect(target.exits, '2.5, 5 and 7 s').to.deep.equal([true]);
  });

  it('starts counting again after any other key, and ignores a held Shift repeating', () => {
    const target = join();
    press('Shift', 100);
    press('Shift', 200);
    press('a', 300);
    press('Shift', 400);
    press('Shift', 500, { repeat: true });
    press('Shift', 600, { repeat: true });
    expect(target.exits).to.deep.equal([]);
    press('Shift', 700);
    press('Shift', 800);
    expect(target.exits).to.deep.equal([true]);
  });

  it('does nothing on Shift when no widget offers it, and stops listening when the last one leaves', () => {
    const without = join(false);
    for (const ms of [100, 200, 300]) press('Shift', ms);
    const offering = join();
    leaveQuickExit(offering);
    for (const ms of [400, 500, 600]) press('Shift', ms);
    expect([without.exits, offering.exits]).to.deep.equal([[], []]);
  });

  it('follows a widget turning its shortcut off and on again', () => {
    const target = join();
    joinQuickExit(target, false);
    for (const ms of [100, 200, 300]) press('Shift', ms);
    expect(target.exits, 'turned off').to.deep.equal([]);
    joinQuickExit(target, true);
    for (const ms of [400, 500, 600]) press('Shift', ms);
    expect(target.exits, 'turned on again').to.deep.equal([true]);
  });

  it('counts Shift and takes an Exit click even when a page script stops them on the window first', () => {
    const stopped: string[] = [];
    const stopper = (event: Event) => {
      stopped.push(event.type);
      event.stopPropagation();
    };
    for (const type of ['keydown', 'click']) window.addEventListener(type, stopper, true);
    try {
      const [first, second] = [join(), elementWidget()];
      for (const ms of [100, 200, 300]) press('Shift', ms);
      second.exitButton.click();
      expect([first.exits, second.exits]).to.deep.equal([
        [true, false],
        [false, true],
      ]);
      expect(stopped).to.deep.equal(['keydown', 'keydown', 'keydown', 'click']);
    } finally {
      for (const type of ['keydown', 'click']) window.removeEventListener(type, stopper, true);
    }
  });

  it('takes a click on an Exit button only from a widget on the page that offers quick exit', () => {
    const offering = elementWidget();
    const without = elementWidget(false);
    const gone = elementWidget();
    leaveQuickExit(gone);
    // An element with class "exit" on the page itself, and another button in a widget.
    const pageExit = Object.assign(document.createElement('button'), { className: 'exit' });
    const other = offering.shadowRoot?.appendChild(document.createElement('button'));
    document.body.append(pageExit);
    try {
      for (const button of [pageExit, other, without.exitButton, gone.exitButton]) button?.click();
      expect([offering.exits, without.exits, gone.exits]).to.deep.equal([[], [], []]);
      offering.exitButton.click();
      expect([offering.exits, without.exits, gone.exits]).to.deep.equal([[true], [false], []]);
    } finally {
      pageExit.remove();
    }
  });

  it('forgets a widget that left: it is neither cleared nor asked to lead', () => {
    const [gone, staying] = [join(), join()];
    leaveQuickExit(gone);
    for (const ms of [100, 200, 300]) press('Shift', ms);
    expect([gone.exits, staying.exits]).to.deep.equal([[], [true]]);
  });
});
