// src/progress-line.ts on its own: the line on each question of a path, written out by hand in
// test/reader-paths.js from the guide's branches (at most 8 questions, at least 1 left).
import { expect } from '@open-wc/testing';
import { progressLine } from '../src/progress-line.ts';
import { snapshotAt } from './quiz-snapshots.ts';

describe('progressLine', () => {
  it('counts the questions answered and how many at most may follow', () => {
    expect(progressLine(snapshotAt('safety', []))).to.equal('Question 1, up to 7 more after this');
    expect(progressLine(snapshotAt('warning-signs', [['safety', 'not-sure']]))).to.equal(
      'Question 2, up to 6 more after this',
    );
    expect(
      progressLine(
        snapshotAt('motives', [
          ['safety', 'no'],
          ['breakup-reason', 'circumstances'],
          ['past-hurt', 'no'],
        ]),
      ),
    ).to.equal('Question 4, up to 3 more after this');
  });

  it('says when a question is the last one', () => {
    const readyForStage = [
      ['safety', 'no'],
      ['breakup-reason', 'circumstances'],
      ['past-hurt', 'no'],
      ['motives', 'care'],
    ] as const;
    expect(progressLine(snapshotAt('his-answer', [...readyForStage, ['stage', 'asked']]))).to.equal(
      'Question 6, the last one',
    );
    expect(
      progressLine(
        snapshotAt('urge', [
          ...readyForStage,
          ['stage', 'no-contact'],
          ['time-since', 'a-month-or-more'],
        ]),
      ),
    ).to.equal('Question 7, the last one');
  });
});
