import { defineConfig } from 'vite';
import { angularAot } from './angular-aot.ts';

export default defineConfig({
  base: './',
  plugins: [angularAot({ tsconfig: new URL('./tsconfig.json', import.meta.url) })],
  // what the Angular CLI defines for a production build: dev-mode checks and the JIT compiler drop out
  define: { ngDevMode: 'false', ngJitMode: 'false', ngI18nClosureMode: 'false' },
  build: { outDir: 'dist', emptyOutDir: true },
});
