// ESLint: typescript-eslint's recommended rules for the TypeScript, and eslint-plugin-astro's for
// the components and pages. `npm run lint` runs it and Prettier's check; tests/unit/lint.test.ts
// runs the same in `npm test`.
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';

export default tseslint.config(
  { ignores: ['dist/', '.astro/', 'node_modules/', '.fixtures/', 'tests/fixtures/', 'public/'] },
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // The tests read the content files as plain YAML, without the schemas' types.
    files: ['tests/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
);
