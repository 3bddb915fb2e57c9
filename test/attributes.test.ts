// src/attributes.ts on its own: each attribute value the README allows, the default it falls back
// to, and the one console warning a bad value gets. Expected values are written out from the README.
// Warnings are kept once per message for the whole page, so every bad value here is used only once.
import { expect } from '@open-wc/testing';
import {
  booleanAttribute,
  parseExitUrl,
  parseGuideUrl,
  parseHeadingLevel,
  parseTheme,
  stepLink,
} from '../src/attributes.ts';
import { capture } from './console.ts';

/** What `run` warned, one string per console.warn call. */
async function warningsOf(run: () => void): Promise<string[]> {
  return (await capture('warn', run)).map((args) => args.join(' '));
}

describe('heading-level', () => {
  it('is 2 when absent, without a warning', async () => {
    const warnings = await warningsOf(() => expect(parseHeadingLevel(null)).to.equal(2));
    expect(warnings).to.deep.equal([]);
  });

  it('takes each level from 1 to 6, without a warning', async () => {
    const warnings = await warningsOf(() => {
      expect(['1', '2', '3', '4', '5', '6'].map(parseHeadingLevel)).to.deep.equal([
        1, 2, 3, 4, 5, 6,
      ]);
    });
    expect(warnings).to.deep.equal([]);
  });

  it('is 2 for anything else, with a warning naming the value', async () => {
    const warnings = await warningsOf(() => {
      expect(['7', '0', '-1', '3.5', 'three', ''].map(parseHeadingLevel)).to.deep.equal([
        2, 2, 2, 2, 2, 2,
      ]);
    });
    expect(warnings).to.deep.equal([
      '<ex-back-quiz>: heading-level "7" is not 1–6; using 2.',
      '<ex-back-quiz>: heading-level "0" is not 1–6; using 2.',
      '<ex-back-quiz>: heading-level "-1" is not 1–6; using 2.',
      '<ex-back-quiz>: heading-level "3.5" is not 1–6; using 2.',
      '<ex-back-quiz>: heading-level "three" is not 1–6; using 2.',
      '<ex-back-quiz>: heading-level "" is not 1–6; using 2.',
    ]);
  });

  it('warns once per bad value, however often it is parsed', async () => {
    const warnings = await warningsOf(() => {
      for (const value of ['99', '99', 'h3', '99', 'h3']) parseHeadingLevel(value);
    });
    expect(warnings).to.deep.equal([
      '<ex-back-quiz>: heading-level "99" is not 1–6; using 2.',
      '<ex-back-quiz>: heading-level "h3" is not 1–6; using 2.',
    ]);
  });
});

describe('guide-url', () => {
  it('is this page when absent or empty', async () => {
    const warnings = await warningsOf(() => {
      expect(parseGuideUrl(null)).to.equal('');
      expect(parseGuideUrl('')).to.equal('');
    });
    expect(warnings).to.deep.equal([]);
  });

  it('takes an http(s) URL, without its fragment', async () => {
    const warnings = await warningsOf(() => {
      expect(parseGuideUrl('https://example.org/guide')).to.equal('https://example.org/guide');
      expect(parseGuideUrl('http://example.org/guide?lang=en#contents')).to.equal(
        'http://example.org/guide?lang=en',
      );
    });
    expect(warnings).to.deep.equal([]);
  });

  it('resolves a relative URL against the page', () => {
    expect(parseGuideUrl('/articles/guide.html')).to.equal(
      `${location.origin}/articles/guide.html`,
    );
  });

  it('refuses javascript:, data: and malformed URLs: this page, with a warning each', async () => {
    const warnings = await warningsOf(() => {
      expect(parseGuideUrl('javascript:alert(1)')).to.equal('');
      expect(parseGuideUrl('data:text/html,<p>guide</p>')).to.equal('');
      expect(parseGuideUrl('https://[guide')).to.equal('');
    });
    expect(warnings).to.deep.equal([
      '<ex-back-quiz>: guide-url "javascript:alert(1)" is not an http(s) or relative URL; linking to #step-N here.',
      '<ex-back-quiz>: guide-url "data:text/html,<p>guide</p>" is not an http(s) or relative URL; linking to #step-N here.',
      '<ex-back-quiz>: guide-url "https://[guide" is not an http(s) or relative URL; linking to #step-N here.',
    ]);
  });
});

describe('exit-url', () => {
  it('is the neutral weather page when absent or empty', async () => {
    const warnings = await warningsOf(() => {
      expect(parseExitUrl(null)).to.equal('https://www.bbc.co.uk/weather');
      expect(parseExitUrl('')).to.equal('https://www.bbc.co.uk/weather');
    });
    expect(warnings).to.deep.equal([]);
  });

  it('takes an http(s) URL, and resolves a relative one against the page', async () => {
    const warnings = await warningsOf(() => {
      expect(parseExitUrl('https://example.org/news#top')).to.equal('https://example.org/news#top');
      expect(parseExitUrl('/away.html')).to.equal(`${location.origin}/away.html`);
    });
    expect(warnings).to.deep.equal([]);
  });

  it('refuses javascript:, data: and mailto: with a warning each, and goes to the weather page', async () => {
    const warnings = await warningsOf(() => {
      expect(parseExitUrl('javascript:void 0')).to.equal('https://www.bbc.co.uk/weather');
      expect(parseExitUrl('data:text/html,bye')).to.equal('https://www.bbc.co.uk/weather');
      expect(parseExitUrl('mailto:someone@example.org')).to.equal('https://www.bbc.co.uk/weather');
    });
    expect(warnings).to.deep.equal([
      '<ex-back-quiz>: exit-url "javascript:void 0" is not an http(s) or relative URL; using https://www.bbc.co.uk/weather.',
      '<ex-back-quiz>: exit-url "data:text/html,bye" is not an http(s) or relative URL; using https://www.bbc.co.uk/weather.',
      '<ex-back-quiz>: exit-url "mailto:someone@example.org" is not an http(s) or relative URL; using https://www.bbc.co.uk/weather.',
    ]);
  });
});

describe('theme', () => {
  it('is auto when absent, empty or auto, without a warning', async () => {
    const warnings = await warningsOf(() => {
      expect([null, '', 'auto'].map(parseTheme)).to.deep.equal(['auto', 'auto', 'auto']);
    });
    expect(warnings).to.deep.equal([]);
  });

  it('takes light and dark, in any letter case, without a warning', async () => {
    const warnings = await warningsOf(() => {
      expect(['light', 'dark', 'Dark', 'LIGHT', 'AUTO'].map(parseTheme)).to.deep.equal([
        'light',
        'dark',
        'dark',
        'light',
        'auto',
      ]);
    });
    expect(warnings).to.deep.equal([]);
  });

  it('is auto for anything else, with one warning per value naming it', async () => {
    const warnings = await warningsOf(() => {
      expect(['blue', 'light dark', 'blue', ' dark'].map(parseTheme)).to.deep.equal([
        'auto',
        'auto',
        'auto',
        'auto',
      ]);
    });
    expect(warnings).to.deep.equal([
      '<ex-back-quiz>: theme "blue" is not light, dark or auto; using auto.',
      '<ex-back-quiz>: theme "light dark" is not light, dark or auto; using auto.',
      '<ex-back-quiz>: theme " dark" is not light, dark or auto; using auto.',
    ]);
  });
});

describe('no-quick-exit and persist (boolean attributes)', () => {
  it('are off when absent or "false" (as Vue writes a boolean bound to false)', () => {
    expect([null, 'false'].map(booleanAttribute)).to.deep.equal([false, false]);
  });

  it('are on for any other value, the empty one included', () => {
    expect(['', 'true', 'no-quick-exit', 'FALSE', '0'].map(booleanAttribute)).to.deep.equal([
      true,
      true,
      true,
      true,
      true,
    ]);
  });
});

describe('step links', () => {
  /** This document's address without its fragment, spelled out from its parts. */
  const here = () => `${location.origin}${location.pathname}${location.search}`;
  /** A root node (a document or a shadow root) that has the elements with these ids. */
  const rootWith = (...ids: string[]) =>
    ({ getElementById: (id: string) => (ids.includes(id) ? {} : null) }) as unknown as Node;

  it('go to #step-N on the guide page when there is one, target or not', () => {
    expect(stepLink('https://example.org/guide', 4, rootWith())).to.equal(
      'https://example.org/guide#step-4',
    );
  });

  it('without a guide page, go to #step-N on this document if the widget’s root has it', () => {
    expect(stepLink('', 4, rootWith('step-4'))).to.equal(`${here()}#step-4`);
  });

  it('without a guide page, are not shown if neither the root nor the document has #step-N', () => {
    expect(stepLink('', 4, rootWith('step-5'))).to.equal(undefined);
    expect(stepLink('', 4, document.createElement('div'))).to.equal(undefined);
  });

  it('find a #step-N in the document from a widget in another shadow root', () => {
    const target = Object.assign(document.createElement('section'), { id: 'step-7' });
    document.body.append(target);
    try {
      expect(stepLink('', 7, rootWith())).to.equal(`${here()}#step-7`);
    } finally {
      target.remove();
    }
  });

  it('resolve against the document, not a <base href> elsewhere', () => {
    const base = Object.assign(document.createElement('base'), {
      href: 'https://cdn.example/assets/',
    });
    document.head.prepend(base);
    try {
      expect(document.baseURI).to.equal('https://cdn.example/assets/');
      expect(stepLink('', 4, rootWith('step-4'))).to.equal(`${here()}#step-4`);
    } finally {
      base.remove();
    }
  });
});
