// src/saved-progress.ts on its own, against the tab's sessionStorage: the keys the README names
// (`ex-back-quiz`, `ex-back-quiz:<id>`), version 1, nothing kept on the intro or without `persist`,
// untrusted entries removed, and quick exit's forget-all.
import { expect } from '@open-wc/testing';
import { forgetAllSavedProgress, SavedProgress } from '../src/saved-progress.ts';
import { introSnapshot, snapshotAt } from './quiz-snapshots.ts';

const atPastHurt = () =>
  snapshotAt('past-hurt', [
    ['safety', 'no'],
    ['breakup-reason', 'circumstances', 'my-mistake'],
  ]);

const persisted = (id = '') =>
  new SavedProgress(
    () => true,
    () => id,
  );

const stored = (key: string) => JSON.parse(sessionStorage.getItem(key) ?? 'null');

describe('SavedProgress', () => {
  beforeEach(() => sessionStorage.clear());
  afterEach(() => sessionStorage.clear());

  it('keeps a widget without an id under ex-back-quiz, and one with an id under ex-back-quiz:<id>', () => {
    persisted().save(atPastHurt());
    persisted('mine').save(atPastHurt());
    persisted('other').save(atPastHurt());
    expect(Object.keys(sessionStorage).sort()).to.deep.equal([
      'ex-back-quiz',
      'ex-back-quiz:mine',
      'ex-back-quiz:other',
    ]);
  });

  it('saves version 1 of the snapshot, and reads it back on the same question with the answers', () => {
    const saved = persisted('mine');
    saved.save(atPastHurt());
    expect(stored('ex-back-quiz:mine').version).to.equal(1);
    expect(stored('ex-back-quiz:mine').snapshot.value).to.deep.equal({ quiz: 'past-hurt' });

    const read = saved.read() as { value: unknown; context: unknown } | undefined;
    expect(read?.value).to.deep.equal({ quiz: 'past-hurt' });
    expect(read?.context).to.deep.equal({
      asked: ['safety', 'breakup-reason'],
      answers: { safety: ['no'], 'breakup-reason': ['circumstances', 'my-mistake'] },
    });
  });

  it('reads back an outcome', () => {
    const saved = persisted();
    saved.save(snapshotAt('dont-go-back', [['safety', 'yes']]));
    expect((saved.read() as { value: unknown } | undefined)?.value).to.deep.equal({
      quiz: 'dont-go-back',
    });
  });

  it('keeps nothing on the intro: saving the intro removes what was kept', () => {
    const saved = persisted();
    saved.save(introSnapshot());
    expect(sessionStorage.length).to.equal(0);
    saved.save(atPastHurt());
    saved.save(introSnapshot());
    expect(sessionStorage.length).to.equal(0);
  });

  it('without persist, reads nothing, writes nothing and leaves what is kept alone', () => {
    persisted('mine').save(atPastHurt());
    const before = sessionStorage.getItem('ex-back-quiz:mine');
    const off = new SavedProgress(
      () => false,
      () => 'mine',
    );
    expect(off.read()).to.equal(undefined);
    off.save(snapshotAt('dont-go-back', [['safety', 'yes']]));
    off.save(introSnapshot());
    expect(Object.keys(sessionStorage)).to.deep.equal(['ex-back-quiz:mine']);
    expect(sessionStorage.getItem('ex-back-quiz:mine')).to.equal(before);
  });

  it('reads persist and the id at each use, as a page may change them', () => {
    let persist = false;
    let id = 'first';
    const saved = new SavedProgress(
      () => persist,
      () => id,
    );
    saved.save(atPastHurt());
    expect(sessionStorage.length).to.equal(0);
    persist = true;
    saved.save(atPastHurt());
    id = 'second';
    saved.save(atPastHurt());
    expect(Object.keys(sessionStorage).sort()).to.deep.equal([
      'ex-back-quiz:first',
      'ex-back-quiz:second',
    ]);
  });

  it('removes a corrupt, foreign or stale entry when it reads it, and reads nothing', () => {
    const good = JSON.stringify({ version: 1, snapshot: atPastHurt() });
    const entries = {
      'not JSON': '{"version":1,',
      'a string': '"ex-back-quiz"',
      'version 2': good.replace('"version":1', '"version":2'),
      'no snapshot': '{"version":1}',
      'another state': good.replace('"quiz":"past-hurt"', '"quiz":"motives"'),
    };
    for (const [name, entry] of Object.entries(entries)) {
      sessionStorage.setItem('ex-back-quiz', entry);
      expect(persisted().read(), name).to.equal(undefined);
      expect(sessionStorage.getItem('ex-back-quiz'), name).to.equal(null);
    }
    sessionStorage.setItem('ex-back-quiz', good);
    expect(persisted().read() === undefined, 'the good entry').to.equal(false);
  });

  it("forgets this widget's entry only, with persist or without", () => {
    persisted('mine').save(atPastHurt());
    persisted('other').save(atPastHurt());
    new SavedProgress(
      () => false,
      () => 'mine',
    ).forget();
    expect(Object.keys(sessionStorage)).to.deep.equal(['ex-back-quiz:other']);
  });

  it('does nothing, and throws nothing, when storage is blocked', () => {
    const { getItem, setItem, removeItem, key } = Storage.prototype;
    const blocked = () => {
      throw new DOMException('blocked', 'SecurityError');
    };
    Object.assign(Storage.prototype, {
      getItem: blocked,
      setItem: blocked,
      removeItem: blocked,
      key: blocked,
    });
    try {
      const saved = persisted();
      saved.save(atPastHurt());
      expect(saved.read()).to.equal(undefined);
      saved.save(introSnapshot());
      saved.forget();
      forgetAllSavedProgress();
    } finally {
      Object.assign(Storage.prototype, { getItem, setItem, removeItem, key });
    }
  });
});

describe('forgetAllSavedProgress', () => {
  afterEach(() => sessionStorage.clear());

  it("removes every widget's entry, on the page or not, and nothing else", () => {
    for (const key of [
      'ex-back-quiz',
      'ex-back-quiz:mine',
      'ex-back-quiz:a:b',
      'ex-back-quizzes',
      'my-ex-back-quiz',
      'cart',
    ]) {
      sessionStorage.setItem(key, '{}');
    }
    forgetAllSavedProgress();
    expect(Object.keys(sessionStorage).sort()).to.deep.equal([
      'cart',
      'ex-back-quizzes',
      'my-ex-back-quiz',
    ]);
  });
});
