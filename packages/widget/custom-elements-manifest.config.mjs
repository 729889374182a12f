// `cem analyze` reads the components' JSDoc (@summary, @event, @csspart, @cssproperty, @slot).
export default {
  globs: ['src/components/**/*.component.ts'],
  exclude: ['src/**/*.test.ts'],
  outdir: '.',
  litelement: true,
};
