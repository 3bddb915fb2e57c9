// src/screens/parts.ts on its own: heading levels below the widget's own, and the quick exit bar.
import { expect } from '@open-wc/testing';
import { below, quickExitBar } from '../../src/screens/parts.ts';
import { rendered, text } from './render.ts';

describe('below', () => {
  it('goes down from the level given, and no deeper than 6', () => {
    expect([below(1, 1), below(2, 2), below(5, 1), below(5, 2), below(6, 1)]).to.deep.equal([
      2, 4, 6, 6, 6,
    ]);
  });
});

describe('quickExitBar', () => {
  it('is the Exit button with its shortcut hint', async () => {
    const root = await rendered(quickExitBar);
    const button = root.querySelector<HTMLButtonElement>('button');
    expect(text(button)).to.equal('Exit this page');
    expect(button?.getAttribute('part')).to.equal('button exit-button');
    expect(button?.type).to.equal('button');
    expect(text(root.querySelector('.hint'))).to.equal('Or press Shift 3 times');
  });

  it('marks the button for the page-wide listener (class exit) and as a manual popover', async () => {
    // quick-exit.ts takes clicks on `.exit` from the window; the element floats it as a popover.
    const button = (await rendered(quickExitBar)).querySelector('button');
    expect([button?.className, button?.getAttribute('popover')]).to.deep.equal(['exit', 'manual']);
  });
});
