import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      '**/.nx/**',
      'data/**',
      'tmp/**',
      'apps/web/src/gql/**',
      '**/vite.config.ts',
      '**/vitest.config.ts',
      '**/codegen.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      globals: { ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      eqeqeq: ['error', 'always'],
      curly: ['error', 'all'],
      'no-console': 'error',
    },
  },
  // Spec files sit outside the build tsconfigs, so each project is parsed with the tsconfig that
  // covers its sources and tests alike.
  ...[
    ['libs/framework', 'tsconfig.spec.json'],
    ['libs/authz', 'tsconfig.spec.json'],
    ['libs/assessment-doc', 'tsconfig.spec.json'],
    ['apps/api', 'tsconfig.spec.json'],
    ['apps/web', 'tsconfig.json'],
    ['apps/web-e2e', 'tsconfig.json'],
  ].map(([dir, tsconfig]) => ({
    files: [`${dir}/**/*.ts`, `${dir}/**/*.tsx`],
    languageOptions: {
      parserOptions: { project: `./${dir}/${tsconfig}`, tsconfigRootDir: import.meta.dirname },
    },
  })),
  {
    // Nest resolves constructor parameters by their runtime class, so DI types must stay values.
    files: ['apps/api/**/*.ts'],
    rules: { '@typescript-eslint/consistent-type-imports': 'off' },
  },
  {
    files: ['**/*.spec.ts', '**/test/**/*.ts', 'apps/web-e2e/**/*.ts'],
    rules: { '@typescript-eslint/no-unsafe-member-access': 'off' },
  },
  {
    files: ['**/*.mjs', 'tools/**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
    rules: { ...tseslint.configs.disableTypeChecked.rules, 'no-console': 'off' },
  },
);
