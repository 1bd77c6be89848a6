import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';

export default defineConfig({
  base: './',
  // <cookie-consent> is a custom element, not a Vue component
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('cookie-') } } })],
  build: { outDir: 'dist', emptyOutDir: true },
});
