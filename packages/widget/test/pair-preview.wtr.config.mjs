// Runs only the <mentor-pair-preview> tests with the root config (its `csp` group included).
// npx web-test-runner --config packages/widget/test/pair-preview.wtr.config.mjs
import base from '../../../web-test-runner.config.mjs';

const dir = 'packages/widget/src/components/mentor-pair-preview';

export default {
  ...base,
  files: [`${dir}/**/*.test.ts`, `!${dir}/**/*.csp.test.ts`],
  groups: base.groups.map((group) => ({ ...group, files: `${dir}/**/*.csp.test.ts` })),
};
