/**
 * The floor page's own minimal Vite config (scripts/floor/): React's plugin and nothing else,
 * built and served by `npm run lighthouse` into a temporary folder.
 */
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  logLevel: 'error',
});
