import { dirname, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import js from '@eslint/js';
import ts from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

const ROOT = dirname(fileURLToPath(import.meta.url));

/**
 * The tiers of the code (README § Design notes): each folder of `src/` (and `layers/`) is one
 * tier and may import only the tiers listed here. Imports point down:
 * geo → domain → io / rules → analysis → share / print → map → state → ui.
 * A folder that is not listed here is an error, so a new folder must take its place first.
 */
const TIER_IMPORTS = {
  geo: [],
  i18n: [],
  domain: ['geo', 'i18n'],
  io: ['geo', 'i18n', 'domain'],
  layers: ['geo', 'i18n', 'domain'],
  rules: ['geo', 'i18n', 'domain'],
  analysis: ['geo', 'i18n', 'domain', 'rules'],
  share: ['geo', 'i18n', 'domain', 'rules', 'analysis'],
  print: ['geo', 'i18n', 'domain'],
  map: ['geo', 'i18n', 'domain', 'io', 'layers', 'rules', 'analysis', 'share', 'print'],
  state: ['geo', 'i18n', 'domain', 'io', 'layers', 'rules', 'analysis', 'share', 'print', 'map'],
  ui: [
    'geo',
    'i18n',
    'domain',
    'io',
    'layers',
    'rules',
    'analysis',
    'share',
    'print',
    'map',
    'state',
  ],
  cli: ['geo', 'i18n', 'domain', 'io', 'layers', 'rules', 'analysis', 'share'],
  generator: ['geo', 'i18n', 'domain', 'layers', 'rules'],
  app: ['ui'],
};

/** The tier of a file: its folder under src/ ('app' for src/*.ts), 'layers', or undefined (tests, config). */
function tierOf(file) {
  const parts = relative(ROOT, file).split(sep);
  if (parts[0] === 'layers') return 'layers';
  if (parts[0] !== 'src') return undefined;
  return parts.length === 2 ? 'app' : parts[1];
}

/** ESLint rule: every relative import (static, dynamic, worker URL) must point to an allowed tier. */
const tiersRule = {
  meta: {
    type: 'problem',
    schema: [],
    messages: {
      up: "Imports point down: '{{from}}' may import {{allowed}}; not '{{to}}' (README § Design notes).",
      unknown: "Folder '{{from}}' has no tier: add it to TIER_IMPORTS in eslint.config.js.",
    },
  },
  create(context) {
    const from = tierOf(context.filename);
    if (!from) return {};
    const allowed = TIER_IMPORTS[from];
    if (!allowed) {
      return {
        Program: (node) => context.report({ node, messageId: 'unknown', data: { from } }),
      };
    }
    const check = (node, source) => {
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      const to = tierOf(resolve(dirname(context.filename), source.split('?')[0]));
      if (!to || to === from || allowed.includes(to)) return;
      const data = { from, to, allowed: allowed.length ? allowed.join(', ') : 'nothing' };
      context.report({ node, messageId: 'up', data });
    };
    return {
      ImportDeclaration: (n) => check(n, n.source.value),
      ExportNamedDeclaration: (n) => n.source && check(n, n.source.value),
      ExportAllDeclaration: (n) => check(n, n.source.value),
      ImportExpression: (n) => n.source.type === 'Literal' && check(n, n.source.value),
      // new URL('../x/worker.ts', import.meta.url): how Vite finds workers and assets
      NewExpression: (n) =>
        n.callee.type === 'Identifier' &&
        n.callee.name === 'URL' &&
        n.arguments[0]?.type === 'Literal' &&
        n.arguments[1]?.type === 'MemberExpression' &&
        n.arguments[1].object.type === 'MetaProperty' &&
        check(n, n.arguments[0].value),
    };
  },
};

/** Pure tiers may not reach the map library or the UI framework at runtime. */
const PURE_RESTRICTIONS = {
  patterns: [
    {
      group: ['maplibre-gl', 'maplibre-gl/*'],
      allowTypeImports: true,
      message: 'Pure logic does not import MapLibre at runtime.',
    },
    { group: ['svelte', 'svelte/*', '*.svelte'], message: 'Pure logic does not import Svelte.' },
  ],
};
const PURE_TIERS = [
  'geo',
  'i18n',
  'domain',
  'io',
  'rules',
  'analysis',
  'share',
  'print',
  'cli',
  'generator',
];

export default ts.config(
  { ignores: ['dist/', 'node_modules/', 'geodata/', 'tests/fixtures/', 'tests/bench/.data/'] },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs['flat/recommended'],
  prettier,
  ...svelte.configs['flat/prettier'],
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { werkruimte: { rules: { tiers: tiersRule } } },
    rules: {
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      'no-warning-comments': ['error', { terms: ['todo', 'fixme', 'xxx'], location: 'start' }],
      'werkruimte/tiers': 'error',
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: ts.parser, extraFileExtensions: ['.svelte'] } },
  },
  {
    files: [...PURE_TIERS.map((t) => `src/${t}/**/*.ts`), 'layers/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', PURE_RESTRICTIONS] },
  },
);
