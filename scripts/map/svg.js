// DOT → SVG with Graphviz compiled to WebAssembly (@viz-js/viz): no browser, no system Graphviz,
// and the same output for the same input and version (no timestamps, no random ids).
import { instance } from '@viz-js/viz';

/** Graphviz sizes the text with Arial's metrics; a reader without Arial gets a sans-serif. */
const FONT_STACK = 'font-family="Arial, Helvetica, sans-serif"';

export async function toSvg(dot) {
  const viz = await instance();
  const svg = viz.renderString(dot, { format: 'svg', engine: 'dot' });
  // Opened on its own, the picture is one image named by the graph's title.
  const title = svg.match(/<title>(.*?)<\/title>/)[1];
  return svg
    .replace('<svg ', `<svg role="img" aria-label="${title}" `)
    .replaceAll('font-family="Arial"', FONT_STACK);
}
