// Vite plugin for the embed build: minifies the CSS inside Lit's css`…` templates with
// lightningcss (Vite's own CSS minifier). JS minifiers leave template text as is, and our styles
// are a fifth of the element's weight. Templates with ${} interpolations are left alone.
import { transform } from 'lightningcss';

const cssTemplate = /\bcss`([^`$]*)`/g;

export function minifyLitCss() {
  return {
    name: 'minify-lit-css',
    transform(code, id) {
      if (!id.endsWith('.styles.ts')) return null;
      return code.replace(cssTemplate, (_, text) => {
        const { code: minified } = transform({
          filename: id,
          code: Buffer.from(text),
          minify: true,
        });
        return `css\`${minified.toString().replaceAll('\\', '\\\\')}\``;
      });
    },
  };
}
