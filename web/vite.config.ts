import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The dev server listens on 127.0.0.1 like the API, so the API's SameSite=Strict refresh cookie
// belongs to the same site as the page (localhost and 127.0.0.1 are different sites).
export default defineConfig({
  plugins: [react()],
  server: { host: '127.0.0.1', port: 5173, strictPort: true },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  build: { outDir: 'dist', sourcemap: true },
});
