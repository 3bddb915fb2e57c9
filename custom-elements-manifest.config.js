// `cem analyze` reads the element's JSDoc (@attr, @fires, @csspart, @cssproperty, @slot).
export default {
  globs: ['src/quiz-element.ts', 'src/define.ts'],
  outdir: 'dist',
};
