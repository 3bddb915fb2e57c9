// The README's recipes for site builders ("No script tag? Use the frame"): each is the fenced
// block after a `<!-- recipe: NAME -->` line of README.md. The pages of demo/platforms/ imitate a
// platform and mark where its recipe is pasted with the same comment (`<!-- recipe: NAME without
// scripts -->` pastes it with its <script> tags stripped, as some platforms do). The build pastes
// them for the demo (scripts/frame-build.js) and test/e2e/platforms.test.js for its servers, so the
// README, the demo and the test cannot drift apart.
import { readFileSync } from 'node:fs';

/** Where the README says the site owner put the files of dist/. */
export const QUIZ_PLACEHOLDER = 'https://your-site.example/quiz/';
/** The site owner's guide page in the README's recipes. */
export const GUIDE_PLACEHOLDER = 'https://your-site.example/guide';

/** README.md's recipes by name, each as written (a recipe in a list item loses its indent). */
export function readmeRecipes(readme = readFileSync('README.md', 'utf8')) {
  const recipes = {};
  const block = /^([ \t]*)<!-- recipe: ([\w-]+) -->\n\n\1```\w*\n([\s\S]*?)\n\1```/gm;
  for (const [, indent, name, text] of readme.matchAll(block)) {
    recipes[name] = text
      .split('\n')
      .map((line) => (line.startsWith(indent) ? line.slice(indent.length) : line))
      .join('\n');
  }
  return recipes;
}

/**
 * `template` with each recipe comment replaced by the recipe, its placeholder addresses pointed
 * at `quiz` (the folder holding dist/'s files, ending in /) and `guide` (also where they appear
 * URL-encoded, in a query string).
 */
export function pasteRecipes(template, recipes, { quiz, guide }) {
  return template.replace(/<!-- recipe: ([\w-]+)( without scripts)? -->/g, (_, name, strip) => {
    let text = recipes[name];
    if (text === undefined) throw new Error(`README.md has no recipe "${name}"`);
    if (strip) text = text.replace(/<script\b[^>]*>[\s\S]*?<\/script>\n?/g, '');
    return text
      .replaceAll(QUIZ_PLACEHOLDER, quiz)
      .replaceAll(encodeURIComponent(GUIDE_PLACEHOLDER), encodeURIComponent(guide))
      .replaceAll(GUIDE_PLACEHOLDER, guide);
  });
}
