// The same small pages built by Vite, Rollup and esbuild from the installed packages, and the
// widget's CDN files served as they are, for comparison: the finder's page, and a coordinators'
// page with the pair preview (built on its own, so the finder's figures are those of its page alone).
import { cpSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const BUNDLERS = ['cdn', 'vite', 'rollup', 'esbuild'] as const;
export type Bundler = (typeof BUNDLERS)[number];

export const PAGES = {
  finder: {
    element: '<mentor-finder src="/mentors.public.json" endpoint="/api/contact-requests"></mentor-finder>',
    entry: "import '@mentor-finder/widget/define';\n",
    cdn: /^mentor-finder(-.+)?\.js$/,
    cdnScript: 'mentor-finder.js',
  },
  pair: {
    element: '<mentor-pair-preview mentors-src="/mentors.json" mentees-src="/mentees.json" programme-src="/programmes.json"></mentor-pair-preview>',
    entry: "import '@mentor-finder/widget/pair-preview';\n",
    cdn: /^mentor-pair-(preview|worker)\.js$/,
    cdnScript: 'mentor-pair-preview.js',
  },
} as const;
export type PageName = keyof typeof PAGES;

/**
 * What the widget README asks of esbuild: ES modules with code splitting, so the parts loaded on
 * demand and the pair preview's worker stay chunks of their own.
 */
export const ESBUILD_OPTIONS = { bundle: true, splitting: true, format: 'esm', minify: true } as const;

const html = (element: string, script: string) => `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Mentor Finder</title></head>
<body>
${element}
<script type="module" src="${script}"></script>
</body>
</html>
`;

async function buildPage(app: string, name: PageName): Promise<Record<Bundler, string>> {
  const { element, entry, cdn: cdnFiles, cdnScript } = PAGES[name];
  const source = join(app, `page-${name}`);
  mkdirSync(source, { recursive: true });
  writeFileSync(join(source, 'main.js'), entry);
  writeFileSync(join(source, 'index.html'), html(element, './main.js'));
  const out = (bundler: Bundler) => join(app, `out-${name}-${bundler}`);

  const cdn = out('cdn');
  const widgetDist = join(app, 'node_modules/@mentor-finder/widget/dist');
  mkdirSync(cdn, { recursive: true });
  for (const file of readdirSync(widgetDist)) if (cdnFiles.test(file)) cpSync(join(widgetDist, file), join(cdn, file));
  writeFileSync(join(cdn, 'index.html'), html(element, `./${cdnScript}`));

  const vite = await import('vite');
  await vite.build({ root: source, configFile: false, logLevel: 'silent', build: { outDir: out('vite'), emptyOutDir: true } });

  const { rollup } = await import('rollup');
  const { nodeResolve } = await import('@rollup/plugin-node-resolve');
  const terser = (await import('@rollup/plugin-terser')).default;
  const bundle = await rollup({ input: join(source, 'main.js'), plugins: [nodeResolve({ browser: true }), terser()], logLevel: 'silent' });
  await bundle.write({ dir: out('rollup'), format: 'es' });
  await bundle.close();
  writeFileSync(join(out('rollup'), 'index.html'), html(element, './main.js'));

  const esbuild = await import('esbuild');
  await esbuild.build({ ...ESBUILD_OPTIONS, entryPoints: [join(source, 'main.js')], outdir: out('esbuild'), logLevel: 'silent' });
  writeFileSync(join(out('esbuild'), 'index.html'), html(element, './main.js'));

  return { cdn, vite: out('vite'), rollup: out('rollup'), esbuild: out('esbuild') };
}

/** Builds every page; returns the folder each is served from. */
export async function buildPages(app: string): Promise<Record<PageName, Record<Bundler, string>>> {
  return { finder: await buildPage(app, 'finder'), pair: await buildPage(app, 'pair') };
}
