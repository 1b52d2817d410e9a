// Type-aware lint for what the compiler cannot see: promises nobody awaits and switches that
// miss a case (STYLE.md). Formatting is not linted.
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'ecosystem/packages/', 'examples/', 'test/fixtures/', '**/*.js', 'vitest.config.ts', 'vitest.mutation.config.ts', '.stryker-tmp/', 'reports/'] },
  {
    files: ['**/*.ts'],
    languageOptions: { parser: tseslint.parser, parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    plugins: { '@typescript-eslint': tseslint.plugin },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: false }],
    },
  },
);
