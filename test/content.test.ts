import { expect } from '@open-wc/testing';
import { guide, stepIds } from '../content/guide.ts';

const SEED_URL = '/content/source/guide-seed.txt';

const NOISE = [
  'About the Author',
  'William Hayes',
  '61 articles',
  'View all articles',
  'Rate This Guide',
  'Loading...',
  '16 Steps 8 min read Advanced',
  'How helpful was this guide',
];

/** The stray commas the scraper put between run-together step bodies: ". ," or ".,". */
const STRAY_COMMA = /\.\s*,\s*/g;

const withoutWhitespace = (text: string) => text.replace(/\s+/g, '');
const collapseWhitespace = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Fails with a short excerpt around the first difference instead of two 10 kB strings. */
function expectSameText(actual: string, expected: string, what: string) {
  if (actual === expected) return;
  let at = 0;
  while (at < actual.length && at < expected.length && actual[at] === expected[at]) at += 1;
  const around = (text: string) => `…${text.slice(Math.max(0, at - 60), at + 60)}…`;
  expect.fail(
    `${what} differ at character ${at}:\n  seed:     ${around(expected)}\n  guide.ts: ${around(actual)}`,
  );
}

async function seedText(): Promise<string> {
  const response = await fetch(SEED_URL);
  expect(response.ok, `GET ${SEED_URL} -> ${response.status}`).to.equal(true);
  return response.text();
}

/** The seed's "Detailed Guide" section: after that line, up to "About the Author". */
function detailedGuide(seed: string): string {
  const lines = seed.split('\n');
  const start = lines.indexOf('Detailed Guide');
  const end = lines.indexOf('About the Author');
  expect(start, 'seed has a "Detailed Guide" line').to.be.greaterThan(-1);
  expect(end, 'seed has an "About the Author" line after it').to.be.greaterThan(start);
  return lines.slice(start + 1, end).join('\n');
}

/** The seed's damaged list titles, "Step N: " stripped, items 1 and 2 joined with ", ". */
function seedTitles(seed: string): string[] {
  const titles = [...seed.matchAll(/^\s*(\d+)\. Step \1: (.*)$/gm)].map((match) => match[2] ?? '');
  expect(titles).to.have.length(16);
  const [first, second, ...rest] = titles;
  return [`${first}, ${second}`, ...rest];
}

describe('content/guide.ts', () => {
  const { steps } = guide;

  it('has the title and 15 steps numbered 1..15 in order', () => {
    expect(guide.title).to.equal('How to Get Your Ex Boyfriend to Come Back to You');
    expect(steps).to.have.length(15);
    expect(steps.map((step) => step.number)).to.deep.equal(
      Array.from({ length: 15 }, (_, index) => index + 1),
    );
  });

  it('has one unique kebab-case id per step', () => {
    const ids: readonly string[] = stepIds;
    expect(ids).to.have.length(steps.length);
    for (const id of ids) expect(id).to.match(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(new Set(ids).size).to.equal(ids.length);
  });

  it('gives every step a title and non-empty, trimmed paragraphs', () => {
    for (const step of steps) {
      expect(step.title.trim(), `step ${step.number} title`).to.not.equal('');
      expect(step.title, `step ${step.number} title is trimmed`).to.equal(step.title.trim());
      expect(step.body.length, `step ${step.number} paragraphs`).to.be.greaterThan(0);
      for (const paragraph of step.body) {
        expect(paragraph.trim(), `step ${step.number} paragraph`).to.not.equal('');
        expect(paragraph, `step ${step.number} paragraph is trimmed`).to.equal(paragraph.trim());
      }
    }
  });

  it('loses and duplicates no body text of the seed’s Detailed Guide', async () => {
    const section = detailedGuide(await seedText());
    const expected = withoutWhitespace(section.replace(STRAY_COMMA, '.'));
    const actual = withoutWhitespace(steps.flatMap((step) => step.body).join(''));
    expectSameText(actual, expected, 'step bodies (whitespace removed)');
  });

  it('starts each body where the reconstruction says', () => {
    const starts = steps.map((step) => step.body[0]?.split(' ').slice(0, 4).join(' '));
    expect(starts).to.deep.equal([
      'Wait for a few',
      'After enough time has',
      'When you’re both ready',
      'After you’ve established some',
      'When or if you',
      'If you both decide',
      'The two of you',
      'If you and your',
      'Then agree to keep',
      'After talking about what',
      'Don’t fixate on what',
      'Ultimately, even if you',
      'After a breakup, it’s',
      'If you’re trying to',
      'Go into it with',
    ]);
  });

  it('keeps the titles of the seed’s list, with the split first title joined', async () => {
    const expected = seedTitles(await seedText()).map(collapseWhitespace);
    expect(steps.map((step) => collapseWhitespace(step.title))).to.deep.equal(expected);
  });

  it('contains no scraping noise', () => {
    for (const step of steps) {
      for (const text of [step.title, ...step.body]) {
        for (const noise of NOISE) {
          expect(text, `step ${step.number}`).to.not.include(noise);
        }
      }
    }
  });

  it('has no stray-comma separators or glued sentences left', () => {
    for (const step of steps) {
      for (const text of step.body) {
        expect(text, `step ${step.number}`).to.not.match(/\.\s*,/);
        expect(text, `step ${step.number}`).to.not.match(/[a-z][.?!][A-Z]/);
      }
    }
  });
});
