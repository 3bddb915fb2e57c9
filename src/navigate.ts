// Leaving the page from a widget that may be in a frame (a site builder's custom HTML box). Quick
// exit and step links take the whole tab (the top window) wherever the frame may navigate it: a
// cross-origin top allows `location.replace` and setting `location.href`. Where a sandbox refuses
// it (no allow-top-navigation, or …-by-user-activation without a click or key press), Chrome
// throws a SecurityError, and the frame itself goes instead. Nothing here needs allow-forms.

/** Navigates the top window if this frame may, else this frame. `replace`: no history entry. */
export function go(url: string, replace: boolean, win: Window = window): void {
  const to = ({ location }: Window) => {
    if (replace) location.replace(url);
    else location.href = url;
  };
  try {
    to(win.top as Window);
  } catch {
    to(win);
  }
}

/**
 * A step link's click: in a frame, a link to another page opens in the top window (or, where the
 * sandbox refuses it, in the frame). Not framed, a link within this page, or a click with a
 * modifier (new tab, new window): the link's own default.
 */
export function openInTop(event: MouseEvent, win: Window = window): void {
  const { href } = event.currentTarget as HTMLAnchorElement;
  if (
    win.top === win ||
    event.ctrlKey ||
    event.metaKey ||
    event.shiftKey ||
    href.startsWith(`${win.document.URL.split('#')[0]}#`)
  ) {
    return;
  }
  event.preventDefault();
  go(href, false, win);
}
