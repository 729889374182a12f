// One config for every package; `--environment PKG:name` picks one, none builds all.
import commonjs from '@rollup/plugin-commonjs';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import typescript from '@rollup/plugin-typescript';

const root = new URL('.', import.meta.url).pathname;

function matcher() {
  const dir = `${root}packages/matcher`;
  return [
    {
      input: `${dir}/src/index.ts`,
      output: { dir: `${dir}/dist`, format: 'es', sourcemap: true },
      external: ['fuse.js'],
      plugins: [
        nodeResolve(),
        // ajv's standalone code still requires its runtime helpers; inline them.
        commonjs({ transformMixedEsModules: true }),
        typescript({ tsconfig: `${dir}/tsconfig.json`, outDir: `${dir}/dist` }),
      ],
    },
  ];
}

const packages = { matcher };
const selected = process.env.PKG ? [process.env.PKG] : Object.keys(packages);
export default selected.flatMap((name) => packages[name]());
