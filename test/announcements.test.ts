// src/announcements.ts on its own: what the polite live region says on arriving at each kind of
// screen, and on quick exit. The lines are written out from the guide's questions and outcomes and
// from test/reader-paths.js, never produced by the code under test.
import { expect } from '@open-wc/testing';
import {
  arrivalAnnouncement,
  exitAnnouncement,
  shortcutAnnouncement,
} from '../src/announcements.ts';
import { introSnapshot, snapshotAt } from './quiz-snapshots.ts';

describe('arrivalAnnouncement', () => {
  it("is a new question's progress line", () => {
    expect(
      arrivalAnnouncement({ kind: 'question', question: 'safety' }, snapshotAt('safety', [])),
    ).to.equal('Question 1, up to 7 more after this');
    expect(
      arrivalAnnouncement(
        { kind: 'question', question: 'past-hurt' },
        snapshotAt('past-hurt', [
          ['safety', 'no'],
          ['breakup-reason', 'circumstances', 'fighting'],
        ]),
      ),
    ).to.equal('Question 3, up to 4 more after this');
  });

  it('is nothing on an outcome: its focused heading is read, and must not be heard twice', () => {
    expect(
      arrivalAnnouncement(
        { kind: 'outcome', outcome: 'dont-go-back', steps: [13] },
        snapshotAt('dont-go-back', [['safety', 'yes']]),
      ),
    ).to.equal('');
    expect(
      arrivalAnnouncement(
        { kind: 'outcome', outcome: 'let-go', steps: [12, 13] },
        snapshotAt('let-go', [
          ['safety', 'no'],
          ['breakup-reason', 'hurtful'],
        ]),
      ),
    ).to.equal('');
  });

  it('is nothing on the intro', () => {
    expect(arrivalAnnouncement({ kind: 'intro' }, introSnapshot())).to.equal('');
  });
});

describe('exitAnnouncement', () => {
  it('says the page is being left', () => {
    expect(exitAnnouncement).to.equal('Leaving this page.');
  });
});

describe('shortcutAnnouncement', () => {
  it("counts down the Shift presses left, in GOV.UK's words", () => {
    expect(shortcutAnnouncement(2)).to.equal('Shift, press 2 more times to exit.');
    expect(shortcutAnnouncement(1)).to.equal('Shift, press 1 more time to exit.');
  });
});
