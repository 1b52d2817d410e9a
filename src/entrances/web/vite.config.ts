import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/** The web chat and console: Preact with esbuild's JSX, built into dist/ for the HTTP entrance to serve. */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  logLevel: 'warn',
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  resolve: { alias: { react: 'preact/compat', 'react-dom': 'preact/compat' } },
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2020', reportCompressedSize: false },
});
