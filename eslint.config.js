import js from '@eslint/js';
import ts from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

/** Pure folders may not reach the map, the UI framework or the DOM-bound folders (see README § Design). */
const PURE_RESTRICTIONS = {
  patterns: [
    {
      group: ['maplibre-gl', 'maplibre-gl/*'],
      allowTypeImports: true,
      message: 'Pure logic does not import MapLibre at runtime.',
    },
    { group: ['svelte', 'svelte/*', '*.svelte'], message: 'Pure logic does not import Svelte.' },
    {
      group: ['**/map/**', '**/state/**', '**/ui/**'],
      message: 'Imports point one way: core/rules → map → state → ui.',
    },
  ],
};

export default ts.config(
  { ignores: ['dist/', 'node_modules/', 'geodata/', 'tests/fixtures/', 'tests/bench/.data/'] },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs['flat/recommended'],
  prettier,
  ...svelte.configs['flat/prettier'],
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-warning-comments': ['error', { terms: ['todo', 'fixme', 'xxx'], location: 'start' }],
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: ts.parser, extraFileExtensions: ['.svelte'] } },
  },
  {
    files: ['src/core/**/*.ts', 'src/rules/**/*.ts', 'src/generator/**/*.ts', 'layers/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', PURE_RESTRICTIONS] },
  },
);
