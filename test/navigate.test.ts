// src/navigate.ts on its own, with stand-in windows: the top window where the frame may navigate
// it, else the frame; step links open in the top window only from a frame, and only for a link
// to another page clicked without a modifier.
import { expect } from '@open-wc/testing';
import { go, openInTop } from '../src/navigate.ts';

/** A stand-in window that records how it was navigated, or throws as a refused sandbox does. */
function fakeWindow(name: string, log: string[], { refuses = false } = {}) {
  const location = {
    replace(url: string) {
      if (refuses) throw new DOMException('Unsafe attempt to initiate navigation', 'SecurityError');
      log.push(`${name} replace ${url}`);
    },
    set href(url: string) {
      if (refuses) throw new DOMException('Unsafe attempt to initiate navigation', 'SecurityError');
      log.push(`${name} href ${url}`);
    },
  };
  return { location } as unknown as Window & { top: Window | null };
}

/** A frame whose top window may be navigated, or refuses it (sandbox without top navigation). */
function frameIn({ topRefuses = false } = {}) {
  const log: string[] = [];
  const frame = fakeWindow('frame', log);
  frame.top = fakeWindow('top', log, { refuses: topRefuses });
  Object.assign(frame, { document: { URL: 'https://builder.example/embed/42?x=1#top' } });
  return { frame, log };
}

describe('go', () => {
  it('replaces the top window where the frame may navigate it', () => {
    const { frame, log } = frameIn();
    go('https://example.org/exit', true, frame);
    expect(log).to.deep.equal(['top replace https://example.org/exit']);
  });

  it('falls back to the frame itself where the sandbox refuses the top', () => {
    const { frame, log } = frameIn({ topRefuses: true });
    go('https://example.org/exit', true, frame);
    expect(log).to.deep.equal(['frame replace https://example.org/exit']);
  });

  it('follows a link (a history entry) the same way', () => {
    const allowed = frameIn();
    go('https://example.org/guide#step-2', false, allowed.frame);
    const refused = frameIn({ topRefuses: true });
    go('https://example.org/guide#step-2', false, refused.frame);
    expect([allowed.log, refused.log]).to.deep.equal([
      ['top href https://example.org/guide#step-2'],
      ['frame href https://example.org/guide#step-2'],
    ]);
  });

  it('navigates the window itself when it is the top (not framed)', () => {
    const log: string[] = [];
    const page = fakeWindow('page', log);
    page.top = page;
    go('https://example.org/exit', true, page);
    expect(log).to.deep.equal(['page replace https://example.org/exit']);
  });
});

describe('openInTop', () => {
  /** A click on a link to `href`, with modifiers; reports whether its default was prevented. */
  function click(href: string, modifiers: MouseEventInit = {}) {
    const link = Object.assign(document.createElement('a'), { href });
    const event = new MouseEvent('click', { cancelable: true, ...modifiers });
    Object.defineProperty(event, 'currentTarget', { value: link });
    return event;
  }

  it('opens a link to another page in the top window, from a frame', () => {
    const { frame, log } = frameIn();
    const event = click('https://example.org/guide#step-2');
    openInTop(event, frame);
    expect([event.defaultPrevented, log]).to.deep.equal([
      true,
      ['top href https://example.org/guide#step-2'],
    ]);
  });

  it('opens it in the frame where the sandbox refuses the top', () => {
    const { frame, log } = frameIn({ topRefuses: true });
    const event = click('https://example.org/guide#step-2');
    openInTop(event, frame);
    expect([event.defaultPrevented, log]).to.deep.equal([
      true,
      ['frame href https://example.org/guide#step-2'],
    ]);
  });

  it('leaves a link within the frame’s own document, and modified clicks, to the browser', () => {
    const { frame, log } = frameIn();
    const events = [
      click('https://builder.example/embed/42?x=1#step-2'),
      click('https://example.org/guide#step-2', { ctrlKey: true }),
      click('https://example.org/guide#step-2', { metaKey: true }),
      click('https://example.org/guide#step-2', { shiftKey: true }),
    ];
    for (const event of events) openInTop(event, frame);
    expect([events.map((event) => event.defaultPrevented), log]).to.deep.equal([
      [false, false, false, false],
      [],
    ]);
  });

  it('leaves every link to the browser when the page is not framed', () => {
    const log: string[] = [];
    const page = fakeWindow('page', log);
    page.top = page;
    const event = click('https://example.org/guide#step-2');
    openInTop(event, page);
    expect([event.defaultPrevented, log]).to.deep.equal([false, []]);
  });
});
