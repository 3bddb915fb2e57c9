// The entry of dist/ex-back-quiz.js: defines the element and exports nothing. scripts/build.js
// wraps the whole bundle in a check for the tag, so a second copy on the page (two plugins
// pasting the snippet) evaluates nothing at all: not even Lit, whose Trusted Types policy can
// be created only once under `trusted-types lit-html`.
// The imports define the modules' order in the bundle, and nothing else: the order is for gzip.
// The content first, so the bundle holds all the English prose side by side, where gzip finds the
// most repeats (measured: 700 B gzip less than the order the element's imports give). Then the
// machine, and xstate with it, before the element brings in Lit (measured: 131 B English, 147 B
// Spanish less than after Lit). test/build/embed.test.js checks this order.
import '../content/guide.ts';
import '../content/quiz.ts';
import '../content/ui.ts';
import '../machines/ex-back.machine.ts';
import './define.ts';
