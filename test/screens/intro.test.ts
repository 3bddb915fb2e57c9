// src/screens/intro.ts on its own: the options it takes show up as the README describes them.
import { expect } from '@open-wc/testing';
import { introScreen } from '../../src/screens/intro.ts';
import { levels, rendered, text } from './render.ts';

const HONESTY =
  'Quick exit hides this quiz at once, forgets your answers and opens a neutral website. It does not erase your browser history.';

describe('introScreen', () => {
  const options = { level: 3, offersQuickExit: true, persist: false, onStart: () => {} };

  it('has its heading at the level given, focusable by the element, and says how long it is', async () => {
    const root = await rendered(introScreen(options));
    const heading = root.querySelector('[data-screen-heading]');
    expect(text(heading)).to.equal('Should you try to get back together?');
    expect(heading?.getAttribute('tabindex')).to.equal('-1');
    expect(levels(root)).to.deep.equal(['3']);
    expect(text(root)).to.contain('At most 8 short questions: about two minutes.');
  });

  it('says what is kept: nothing, or with persist the answers for this tab', async () => {
    const without = await rendered(introScreen(options));
    expect(text(without.querySelector('.privacy'))).to.equal(
      'Your answers stay on this device. Nothing is sent anywhere or saved.',
    );
    const kept = await rendered(introScreen({ ...options, persist: true }));
    expect(text(kept.querySelector('.privacy'))).to.equal(
      'Your answers stay on this device. They are kept in this browser tab until you close it, and nothing is sent anywhere.',
    );
  });

  it('says what quick exit does only when the widget offers it', async () => {
    expect(text(await rendered(introScreen(options)))).to.contain(HONESTY);
    const without = await rendered(introScreen({ ...options, offersQuickExit: false }));
    expect(text(without)).to.not.contain(HONESTY);
  });

  it('calls onStart when Start is pressed', async () => {
    let starts = 0;
    const root = await rendered(introScreen({ ...options, onStart: () => (starts += 1) }));
    root.querySelector('button')?.click();
    expect(starts).to.equal(1);
  });
});
