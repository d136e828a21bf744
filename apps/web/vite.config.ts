import { paraglideVitePlugin } from '@inlang/paraglide-js';
import { sveltekit } from '@sveltejs/kit/vite';
import { svelteTesting } from '@testing-library/svelte/vite';
import { defineConfig } from 'vitest/config';

const apiOrigin = process.env.API_ORIGIN ?? 'http://127.0.0.1:3000';

export default defineConfig({
  plugins: [
    sveltekit(),
    paraglideVitePlugin({
      project: './project.inlang',
      outdir: './src/lib/paraglide',
      // Spanish unless the person chose otherwise; the cookie is set by the language switch and at sign-in.
      strategy: ['cookie', 'baseLocale'],
    }),
    svelteTesting(),
  ],
  server: {
    // `vite dev` mirrors server.js: one origin for pages, /api and /socket.io.
    proxy: {
      '/api': { target: apiOrigin, xfwd: true },
      '/socket.io': { target: apiOrigin, ws: true, xfwd: true },
    },
  },
  test: {
    include: ['src/**/*.spec.ts'],
    environment: 'jsdom',
  },
});
