import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** The back office is served by the gateway under /admin; in `vite dev` the API and its file door are proxied to it. */
export default defineConfig({
  base: '/admin/',
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 4000 },
  server: { proxy: { '/graphql': 'http://localhost:4000', '/files': 'http://localhost:4000' } },
});
