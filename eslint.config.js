import js from '@eslint/js';
import pluginQuery from '@tanstack/eslint-plugin-query';
import reactHooks from 'eslint-plugin-react-hooks';
import { readdirSync } from 'node:fs';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// Import boundaries: jsforce lives under src/salesforce, the Front SDK under src/host, and features don't
// import each other (the app composes them). Tests may drive the fake org with the real jsforce client.
const JSFORCE_OUTSIDE_SALESFORCE = { group: ['jsforce', 'jsforce/*'], message: 'Import jsforce only under src/salesforce/.' };
const SDK_OUTSIDE_HOST = { group: ['@frontapp/plugin-sdk', '@frontapp/plugin-sdk/*'], message: 'Import the Front SDK only under src/host/.' };
const restrictImports = (...patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });

const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);
const featureBoundaries = features.map((feature) => ({
  files: [`src/features/${feature}/**/*.{ts,tsx}`],
  rules: restrictImports(
    JSFORCE_OUTSIDE_SALESFORCE,
    SDK_OUTSIDE_HOST,
    ...features
      .filter((other) => other !== feature)
      .map((other) => ({
        group: [`**/features/${other}`, `**/features/${other}/**`, `../${other}`, `../${other}/**`],
        message: 'Features do not import each other; compose them in src/app.',
      })),
  ),
}));

export default tseslint.config(
  { ignores: ['dist', 'dist-server', 'node_modules', 'public/mockServiceWorker.js', 'playwright-report', 'test-results'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  ...pluginQuery.configs['flat/recommended'],
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-warning-comments': ['error', { terms: ['todo', 'fixme'], location: 'start' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/salesforce/**', 'src/**/*.test.{ts,tsx}', 'src/**/test-support/**'],
    rules: restrictImports(JSFORCE_OUTSIDE_SALESFORCE, SDK_OUTSIDE_HOST),
  },
  {
    files: ['src/host/**/*.{ts,tsx}'],
    rules: restrictImports(JSFORCE_OUTSIDE_SALESFORCE),
  },
  ...featureBoundaries,
  {
    // Shared UI sits under the features: any of them may use it, so it may use none of them.
    files: ['src/ui/**/*.{ts,tsx}'],
    rules: restrictImports(JSFORCE_OUTSIDE_SALESFORCE, SDK_OUTSIDE_HOST, {
      group: ['**/features/**', '**/app/**'],
      message: 'src/ui is shared by every feature; it cannot depend on one (or on the app).',
    }),
  },
  {
    files: ['eslint.config.js'],
    extends: [tseslint.configs.disableTypeChecked],
  },
);
