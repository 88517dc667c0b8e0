import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import layers from './eslint/layers.js';

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report', 'public/**', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks, layers },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'layers/direction': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // The simulation core never reads the wall clock or draws unseeded randomness.
    files: ['src/sim/**/*.ts'],
    ignores: ['src/**/*.test.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'The simulation core uses virtual time only.' },
        { object: 'Math', property: 'random', message: 'Use the seeded generator (sim/core/random).' },
        { object: 'performance', property: 'now', message: 'The simulation core uses virtual time only.' },
      ],
      'no-restricted-globals': ['error', 'setTimeout', 'setInterval', 'Worker', 'window', 'document'],
    },
  },
  {
    files: ['eslint/**/*.js'],
    languageOptions: { globals: globals.node },
  },
);
