// The demo article hosts the quiz from the sources (dev server); the hard-case pages load the
// built dist/ex-back-quiz.js instead.
import '../src/define.ts';
