// The same small page built by Vite, Rollup and esbuild from the installed packages, and the
// widget's CDN files served as they are, for comparison.
import { cpSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const BUNDLERS = ['cdn', 'vite', 'rollup', 'esbuild'] as const;
export type Bundler = (typeof BUNDLERS)[number];

const page = (script: string) => `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Find a mentor</title></head>
<body>
<mentor-finder src="/mentors.public.json" endpoint="/api/contact-requests"></mentor-finder>
<script type="module" src="${script}"></script>
</body>
</html>
`;

/** Builds every page; returns the folder each is served from. */
export async function buildPages(app: string): Promise<Record<Bundler, string>> {
  const source = join(app, 'page');
  mkdirSync(source, { recursive: true });
  writeFileSync(join(source, 'main.js'), "import '@mentor-finder/widget/define';\n");
  writeFileSync(join(source, 'index.html'), page('./main.js'));
  const out = (name: Bundler) => join(app, `out-${name}`);

  const cdn = out('cdn');
  const widgetDist = join(app, 'node_modules/@mentor-finder/widget/dist');
  mkdirSync(cdn, { recursive: true });
  for (const file of readdirSync(widgetDist)) if (/^mentor-finder(-.+)?\.js$/.test(file)) cpSync(join(widgetDist, file), join(cdn, file));
  writeFileSync(join(cdn, 'index.html'), page('./mentor-finder.js'));

  const vite = await import('vite');
  await vite.build({ root: source, configFile: false, logLevel: 'silent', build: { outDir: out('vite'), emptyOutDir: true } });

  const { rollup } = await import('rollup');
  const { nodeResolve } = await import('@rollup/plugin-node-resolve');
  const terser = (await import('@rollup/plugin-terser')).default;
  const bundle = await rollup({ input: join(source, 'main.js'), plugins: [nodeResolve({ browser: true }), terser()], logLevel: 'silent' });
  await bundle.write({ dir: out('rollup'), format: 'es' });
  await bundle.close();
  writeFileSync(join(out('rollup'), 'index.html'), page('./main.js'));

  const esbuild = await import('esbuild');
  await esbuild.build({ entryPoints: [join(source, 'main.js')], bundle: true, splitting: true, format: 'esm', minify: true, outdir: out('esbuild'), logLevel: 'silent' });
  writeFileSync(join(out('esbuild'), 'index.html'), page('./main.js'));

  return { cdn, vite: out('vite'), rollup: out('rollup'), esbuild: out('esbuild') };
}
