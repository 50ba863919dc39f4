import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
export default defineConfig({
  root: resolve('renderer'), base: './', plugins: [react()],
  build: { outDir: '/tmp/jt/out-renderer', emptyOutDir: true, minify: false,
    rollupOptions: { input: { popover: resolve('renderer/popover.html'), details: resolve('renderer/details.html') } } },
});
