// src/theme.ts on its own: which scheme the card takes for each `theme`, page declaration and
// reader preference (expected values written out by hand from the README's "Theme" contract), and
// what the page declares, read from a real element's computed style and the document's meta.
import { expect, fixture, html } from '@open-wc/testing';
import type { Theme } from '../src/attributes.ts';
import { declaredScheme, resolveTheme } from '../src/theme.ts';

describe('resolveTheme', () => {
  // [theme, the page's declared color-scheme, the reader prefers dark, the card's scheme]
  const CASES: [Theme, string, boolean, 'light' | 'dark'][] = [
    // theme="light" and theme="dark" win over the page and the reader.
    ['light', 'dark', true, 'light'],
    ['light', 'normal', true, 'light'],
    ['dark', 'light', false, 'dark'],
    ['dark', 'normal', false, 'dark'],
    // auto: a page that declares one scheme gets it, whatever the reader prefers.
    ['auto', 'dark', false, 'dark'],
    ['auto', 'only dark', false, 'dark'],
    ['auto', 'light', true, 'light'],
    ['auto', 'light only', true, 'light'],
    // auto: a page that declares nothing, or both, leaves it to the reader.
    ['auto', 'normal', false, 'light'],
    ['auto', 'normal', true, 'dark'],
    ['auto', '', true, 'dark'],
    ['auto', 'light dark', false, 'light'],
    ['auto', 'light dark', true, 'dark'],
    ['auto', 'dark light', false, 'light'],
    ['auto', 'dark light', true, 'dark'],
  ];
  for (const [theme, declared, readerDark, expected] of CASES) {
    it(`theme ${theme}, page "${declared}", reader ${readerDark ? 'dark' : 'light'}: ${expected}`, () => {
      expect(resolveTheme(theme, declared, readerDark)).to.equal(expected);
    });
  }
});

describe('declaredScheme', () => {
  /** A <meta name="color-scheme"> in the document's head for the length of `run`. */
  async function withMeta(content: string, run: () => Promise<void>) {
    const meta = document.createElement('meta');
    meta.name = 'color-scheme';
    meta.content = content;
    document.head.append(meta);
    try {
      await run();
    } finally {
      meta.remove();
    }
  }

  const inside = async (style: string) =>
    (await fixture<HTMLElement>(html`<div style=${style}><span></span></div>`)).querySelector(
      'span',
    ) as HTMLElement;

  it('is the color-scheme the element inherits from its page', async () => {
    expect(declaredScheme(await inside('color-scheme: dark'))).to.equal('dark');
    expect(declaredScheme(await inside('color-scheme: light dark'))).to.equal('light dark');
  });

  it("is nothing when the page declares nothing (the test runner's page)", async () => {
    expect(declaredScheme(await inside(''))).to.equal('');
  });

  it('is the meta color-scheme when no CSS declares one, and the CSS when it does', async () => {
    await withMeta('dark', async () => {
      expect(declaredScheme(await inside(''))).to.equal('dark');
      expect(declaredScheme(await inside('color-scheme: light'))).to.equal('light');
    });
  });
});
