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

function cli() {
  const dir = `${root}packages/cli`;
  return [
    {
      input: { index: `${dir}/src/index.ts`, main: `${dir}/src/main.ts` },
      output: { dir: `${dir}/dist`, format: 'es', sourcemap: true },
      external: (id) => id.startsWith('node:') || id === 'papaparse' || id.startsWith('@mentor-finder/'),
      plugins: [nodeResolve(), typescript({ tsconfig: `${dir}/tsconfig.json`, outDir: `${dir}/dist` })],
    },
  ];
}

const packages = { matcher, cli };
const selected = process.env.PKG ? [process.env.PKG] : Object.keys(packages);
export default selected.flatMap((name) => packages[name]());
