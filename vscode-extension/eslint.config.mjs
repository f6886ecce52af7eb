// ESLint for the extension's TypeScript (npm run lint; run by the Maven build of the extension before packaging).
// The recommended rules of ESLint and typescript-eslint, type-aware ones left out: they need a full type check per
// file and the compiler (tsc) already does that.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'out/', 'node_modules/', 'server/', 'target/', '**/*.js', '**/*.mjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
);
