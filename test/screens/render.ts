// Renders one screen on its own, into a plain container: no element, no shadow root, no quiz.
import { fixture, html } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';

export async function rendered(template: TemplateResult): Promise<HTMLElement> {
  const container = await fixture<HTMLElement>(html`<div></div>`);
  render(template, container);
  return container;
}

export const text = (node: Node | null | undefined) =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The aria-level of each heading in `root`, in order, screen heading first. */
export const levels = (root: ParentNode) =>
  [...root.querySelectorAll('[role="heading"]')].map((heading) =>
    heading.getAttribute('aria-level'),
  );
