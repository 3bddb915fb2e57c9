// The entry of dist/ex-back-quiz.js: defines the element and exports nothing. scripts/build.js
// wraps the whole bundle in a check for the tag, so a second copy on the page (two plugins
// pasting the snippet) evaluates nothing at all: not even Lit, whose Trusted Types policy can
// be created only once under `trusted-types lit-html`.
import './define.ts';
