import { defineConfig } from 'vite';

// No React plugin: Vite's own transformer (Oxc) compiles JSX with React's automatic runtime.
// (@vitejs/plugin-react adds Fast Refresh for the dev server, which a static build does not need.)
export default defineConfig({
  base: './',
  oxc: { jsx: { runtime: 'automatic' } },
  build: { outDir: 'dist', emptyOutDir: true },
});
