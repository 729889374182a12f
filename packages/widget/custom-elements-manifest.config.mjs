// `cem analyze` reads the components' JSDoc (@summary, @event, @csspart, @cssproperty, @slot).
/** The package ships dist/ (one file per source module), not src/: module paths name the shipped files. */
function shippedPaths() {
  const shipped = (value) => value.replace(/^\/?src\/(.+)\.ts$/, 'dist/$1.js');
  const walk = (node) => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      if ((key === 'path' || key === 'module') && typeof value === 'string') node[key] = shipped(value);
      else walk(value);
    }
  };
  return { name: 'shipped-paths', packageLinkPhase: ({ customElementsManifest }) => walk(customElementsManifest) };
}

export default {
  globs: ['src/components/**/*.component.ts'],
  exclude: ['src/**/*.test.ts'],
  outdir: '.',
  litelement: true,
  plugins: [shippedPaths()],
};
