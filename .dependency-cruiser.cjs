/**
 * Module boundaries of Zuhause (see docs/architecture.md), checked by `npm run depcheck`:
 *   depcruise src --config .dependency-cruiser.cjs
 * Every rule below is an error; a violation fails `npm test` and CI.
 */
const TEST_FILE = '\\.test\\.tsx?$';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Dependencies point one way; a cycle makes modules impossible to reason about or test alone.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'platform-knows-no-module',
      severity: 'error',
      comment: 'src/platform is what every module stands on; it must not know any module.',
      from: { path: '^src/platform/' },
      to: { path: '^src/modules/' },
    },
    {
      name: 'module-only-through-index',
      severity: 'error',
      comment: 'A module uses another only through its index.ts (its public face).',
      from: { path: '^src/modules/([^/]+)/' },
      to: {
        path: '^src/modules/([^/]+)/',
        pathNot: ['^src/modules/$1/', '^src/modules/[^/]+/index\\.tsx?$'],
      },
    },
    {
      name: 'no-test-code-in-production',
      severity: 'error',
      comment: 'Production code must not import test files or the test harness in src/testing.',
      from: { path: '^src/', pathNot: [TEST_FILE, '^src/testing/'] },
      to: { path: [TEST_FILE, '^src/testing/'] },
    },
    {
      name: 'library-test-support-only-in-tests',
      severity: 'error',
      comment:
        'Fixtures and reference solvers in src/lib/<l>/testing/ are test code: only tests, the other testing files ' +
        'and bench/ may import them.',
      from: { path: '^src/', pathNot: [TEST_FILE, '^src/testing/', '^src/lib/[^/]+/testing/'] },
      to: { path: '^src/lib/[^/]+/testing/' },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      comment: 'An import that resolves to nothing is a typo or a missing dependency.',
      from: {},
      to: { couldNotResolve: true },
    },
    {
      name: 'no-non-package-json',
      severity: 'error',
      comment: 'Every npm package imported must be listed in package.json.',
      from: {},
      to: { dependencyTypes: ['npm-no-pkg', 'npm-unknown'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)locales/[^/]+\\.json$' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      mainFields: ['module', 'main', 'types', 'typings'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json', '.d.ts'],
    },
    reporterOptions: {
      text: { highlightFocused: true },
    },
  },
};
