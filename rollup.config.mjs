// One config for every package; `--environment PKG:name` picks one, none builds all.
import commonjs from '@rollup/plugin-commonjs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { copyFileSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';

const root = new URL('.', import.meta.url).pathname;

const EMPTY_STREAM = '\0empty-stream';

/**
 * Papa Parse requires Node's 'stream' only in its Node streaming mode, which the matcher never
 * uses; an empty module stands in, so the dist names no Node built-in and browser bundlers resolve it.
 */
function noNodeStream() {
  return {
    name: 'no-node-stream',
    resolveId: (id) => (id === 'stream' ? EMPTY_STREAM : null),
    load: (id) => (id === EMPTY_STREAM ? 'export default {};' : null),
  };
}

/**
 * A chunk loaded on demand starts fetching the chunks it imports at the same time as itself, not
 * after it has arrived and been parsed (one round trip less before the first card shows).
 */
function parallelChunkImports() {
  return {
    name: 'parallel-chunk-imports',
    renderDynamicImport({ chunk, getTargetChunkImports }) {
      const deps = (getTargetChunkImports() ?? []).filter((dep) => dep.type === 'internal' && dep.fileName !== chunk.fileName);
      if (deps.length === 0) return null;
      return { left: `(${deps.map((dep) => `import(${dep.resolvedImportPath}).catch(()=>{}),`).join('')}import(`, right: '))' };
    },
  };
}

/**
 * The pair preview imports its worker module only to learn the worker's URL. Builds point that import
 * at the self-contained dist/mentor-pair-worker.js, so the worker never shares a chunk with the page
 * (a module worker cannot load Lit or the elements) and an app's bundler emits it as a chunk.
 */
function builtWorker(dir) {
  const source = `${dir}/src/workers/mentor-pair-worker.ts`;
  const built = `${dir}/dist/mentor-pair-worker.js`;
  return {
    name: 'built-worker',
    async resolveId(id, importer, options) {
      if (!importer || !id.endsWith('/mentor-pair-worker.js') || importer === source) return null;
      const resolved = await this.resolve(id, importer, { ...options, skipSelf: true });
      return resolved?.id === source ? { id: built, external: true } : null;
    },
    // Relative to dist/; Rollup adds the way up from a module in a folder of the per-module build.
    outputOptions: (options) => ({ ...options, paths: { [built]: './mentor-pair-worker.js' } }),
  };
}

/**
 * The self-contained pair preview (a file beside its worker, as the CDN serves them) names its worker's
 * URL instead of importing the worker module to learn it: the browser then fetches the worker once.
 */
function workerBeside(dir) {
  const lookup = `${dir}/src/workers/pair-worker-url.ts`;
  return {
    name: 'worker-beside',
    async resolveId(id, importer, options) {
      if (!importer || !id.endsWith('/pair-worker-url.js')) return null;
      const resolved = await this.resolve(id, importer, { ...options, skipSelf: true });
      return resolved?.id === lookup ? `${dir}/src/workers/pair-worker-beside.ts` : null;
    },
  };
}

/**
 * The widget's per-module build imports each matcher function from the matcher's own module
 * (`@mentor-finder/matcher/modules/…`), not from its index: a bundler that splits code by file
 * (esbuild) would otherwise put everything any chunk takes from the index into one chunk that the
 * first page loads. The same files either way, so an app still bundles one matcher.
 */
function matcherModules() {
  const dist = `${root}packages/matcher/dist/`;
  return {
    name: 'matcher-modules',
    async resolveId(id, importer, options) {
      if (!importer?.startsWith(dist) || !id.startsWith('.')) return null;
      const resolved = await this.resolve(id, importer, { ...options, skipSelf: true });
      if (!resolved?.id.startsWith(dist)) return null;
      return { id: `@mentor-finder/matcher/modules/${resolved.id.slice(dist.length).replace(/\.js$/, '')}`, external: true };
    },
  };
}

function matcher() {
  const dir = `${root}packages/matcher`;
  return [
    {
      input: `${dir}/src/index.ts`,
      // One file per source module, so a consumer's bundler drops whole modules it does not import
      // (with `sideEffects: false` in package.json); dist/index.js stays the entry.
      output: {
        dir: `${dir}/dist`,
        format: 'es',
        sourcemap: true,
        preserveModules: true,
        preserveModulesRoot: `${dir}/src`,
        // A module from node_modules, should one be bundled, goes to dist/vendor/: npm never packs a
        // folder named node_modules.
        entryFileNames: (chunk) => (chunk.facadeModuleId?.includes('/node_modules/') ? `vendor/${chunk.name.split('/').pop()}.js` : '[name].js'),
      },
      plugins: [
        nodeResolve(),
        noNodeStream(),
        // ajv's standalone code still requires its runtime helpers; inline them.
        commonjs({ transformMixedEsModules: true }),
        typescript({ tsconfig: `${dir}/tsconfig.json`, outDir: `${dir}/dist` }),
      ],
    },
    {
      // For require(): one CommonJS file made from the ES build above, in dist/cjs/ with its own
      // package.json (type commonjs) and a copy of the declarations, so TypeScript reads them as CommonJS.
      input: `${dir}/dist/index.js`,
      output: { file: `${dir}/dist/cjs/index.js`, format: 'cjs', exports: 'named', sourcemap: true },
      plugins: [cjsTypes(`${dir}/dist`)],
    },
  ];
}

/** Copies the ES build's declarations into dist/cjs/ and marks that folder CommonJS. */
function cjsTypes(dist) {
  return {
    name: 'cjs-types',
    writeBundle() {
      for (const entry of readdirSync(dist, { recursive: true, withFileTypes: true })) {
        const from = `${entry.parentPath}/${entry.name}`;
        if (!entry.isFile() || !entry.name.endsWith('.d.ts') || from.startsWith(`${dist}/cjs/`)) continue;
        const to = `${dist}/cjs${from.slice(dist.length)}`;
        mkdirSync(to.slice(0, to.lastIndexOf('/')), { recursive: true });
        copyFileSync(from, to);
      }
      writeFileSync(`${dist}/cjs/package.json`, `${JSON.stringify({ type: 'commonjs' })}\n`);
    },
  };
}

function cli() {
  const dir = `${root}packages/cli`;
  return [
    {
      input: { index: `${dir}/src/index.ts`, main: `${dir}/src/main.ts` },
      output: { dir: `${dir}/dist`, format: 'es', sourcemap: true },
      external: (id) => id.startsWith('node:') || id.startsWith('@mentor-finder/'),
      plugins: [nodeResolve(), typescript({ tsconfig: `${dir}/tsconfig.json`, outDir: `${dir}/dist` })],
    },
  ];
}

function widget() {
  const dir = `${root}packages/widget`;
  const ts = (declaration) =>
    typescript({
      tsconfig: `${dir}/tsconfig.json`,
      noEmit: false,
      rootDir: `${dir}/src`,
      outDir: `${dir}/dist`,
      declaration,
      ...(declaration ? { declarationDir: `${dir}/dist` } : {}),
      include: [`${dir}/src/**/*.ts`],
      exclude: [`${dir}/src/**/*.test.ts`, `${dir}/src/**/*.bench.ts`],
    });
  // The matcher's index is read (matcherModules), so its exports resolve to the modules that define them.
  const shared = (id) => id === 'lit' || id.startsWith('lit/') || id.startsWith('@lit/') || (id.startsWith('@mentor-finder/') && id !== '@mentor-finder/matcher');
  return [
    {
      // For bundlers: Lit and the matcher stay shared dependencies, and one file per source module,
      // so the dynamic imports (languages, match engine, contact dialog) stay on demand in an app's
      // build and `sideEffects` can name the few modules that define elements.
      input: {
        index: `${dir}/src/index.ts`,
        define: `${dir}/src/define.ts`,
        'pair-preview': `${dir}/src/pair-preview.ts`,
      },
      output: {
        dir: `${dir}/dist`,
        format: 'es',
        sourcemap: true,
        preserveModules: true,
        preserveModulesRoot: `${dir}/src`,
        // tslib's decorator helper is inlined as a module; npm never packs a folder named node_modules.
        entryFileNames: (chunk) => (chunk.facadeModuleId?.includes('/node_modules/') ? `vendor/${chunk.name.split('/').pop()}.js` : '[name].js'),
      },
      external: shared,
      plugins: [builtWorker(dir), matcherModules(), nodeResolve(), ts(true)],
    },
    {
      // For a <script type="module"> from a CDN: minified, with Lit and the matcher inlined.
      // Parts loaded on demand (validators, ranking, the contact dialog, languages other than English)
      // are chunks beside it, imported relative to it, so they come from wherever the entry came from.
      input: { 'mentor-finder': `${dir}/src/mentor-finder.ts` },
      output: {
        dir: `${dir}/dist`,
        format: 'es',
        sourcemap: true,
        entryFileNames: 'mentor-finder.js',
        // A language's vocabulary labels are named apart from its UI strings.
        chunkFileNames: (chunk) => (chunk.moduleIds.some((id) => /\/i18n\/labels\/[a-z]{2}\.js$/.test(id)) ? 'mentor-finder-labels-[name]-[hash].js' : 'mentor-finder-[name]-[hash].js'),
      },
      // Code shared with the chunks stays in the entry (they import it from there), not in a third file.
      preserveEntrySignatures: 'allow-extension',
      // Module side effects stay on, or the entry's customElements.define would be dropped.
      treeshake: {
        preset: 'smallest',
        moduleSideEffects: true,
        manualPureFunctions: ['Object.freeze', 'Object.fromEntries', 'Object.entries', 'Object.keys'],
      },
      plugins: [
        nodeResolve(),
        ts(false),
        parallelChunkImports(),
        terser({ module: true, ecma: 2020, compress: { passes: 2 }, format: { comments: false } }),
      ],
    },
  ];
}

function pairPreview() {
  const dir = `${root}packages/widget`;
  const ts = () =>
    typescript({
      tsconfig: `${dir}/tsconfig.json`,
      noEmit: false,
      rootDir: `${dir}/src`,
      outDir: `${dir}/dist`,
      declaration: false,
      include: [`${dir}/src/**/*.ts`],
      exclude: [`${dir}/src/**/*.test.ts`, `${dir}/src/**/*.bench.ts`],
    });
  const plugins = () => [
    builtWorker(dir),
    nodeResolve({ browser: true }),
    ts(),
    terser({ module: true, ecma: 2020, compress: { passes: 2 }, format: { comments: false } }),
  ];
  const treeshake = {
    preset: 'smallest',
    moduleSideEffects: true,
    manualPureFunctions: ['Object.freeze', 'Object.fromEntries', 'Object.entries', 'Object.keys'],
  };
  return [
    {
      // <mentor-pair-preview> for a <script type="module">: self-contained and minified.
      input: `${dir}/src/mentor-pair-preview.ts`,
      output: { file: `${dir}/dist/mentor-pair-preview.js`, format: 'es', sourcemap: true },
      treeshake,
      plugins: [workerBeside(dir), ...plugins()],
    },
    {
      // Its module worker, loaded from beside it (or from `worker-src`).
      input: `${dir}/src/workers/mentor-pair-worker.ts`,
      output: { file: `${dir}/dist/mentor-pair-worker.js`, format: 'es', sourcemap: true },
      treeshake,
      plugins: plugins(),
    },
  ];
}

function registration() {
  const dir = `${root}packages/widget`;
  return [
    {
      // <mentor-registration> for a <script type="module"> on sign-up pages: self-contained and minified,
      // apart from the finder's entry so that never grows with it.
      input: `${dir}/src/mentor-registration.ts`,
      output: { file: `${dir}/dist/mentor-registration.js`, format: 'es', sourcemap: true },
      treeshake: {
        preset: 'smallest',
        moduleSideEffects: true,
        manualPureFunctions: ['Object.freeze', 'Object.fromEntries', 'Object.entries', 'Object.keys'],
      },
      plugins: [
        nodeResolve({ browser: true }),
        typescript({
          tsconfig: `${dir}/tsconfig.json`,
          noEmit: false,
          rootDir: `${dir}/src`,
          outDir: `${dir}/dist`,
          declaration: false,
          include: [`${dir}/src/**/*.ts`],
          exclude: [`${dir}/src/**/*.test.ts`, `${dir}/src/**/*.bench.ts`],
        }),
        terser({ module: true, ecma: 2020, compress: { passes: 2 }, format: { comments: false } }),
      ],
    },
  ];
}

const packages = { matcher, cli, widget, pairPreview, registration };
const selected = process.env.PKG ? [process.env.PKG] : Object.keys(packages);
export default selected.flatMap((name) => packages[name]());
