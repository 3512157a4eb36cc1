import { defineConfig, type Plugin } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { META_CONTENT_SECURITY_POLICY } from './electron/security.ts';

/** The page's Content Security Policy, written from the one list in electron/security.ts. */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: META_CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' },
    ],
  };
}

// The renderer is built to dist/renderer and loaded by Electron from disk (base './'),
// or served by the loopback bridge for `npm run start:browser` and the browser tests.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react(), contentSecurityPolicy()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    chunkSizeWarningLimit: 3000,
  },
  test: {
    root: '.',
    include: ['test/**/*.test.ts'],
    // Browser tests share two cores with the rest of the suite; a slow step is not a failure.
    testTimeout: 90_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // The JSON report lets .ci/run print a plain "N passed, N failed" closing line.
    reporters: ['default', 'json'],
    outputFile: { json: 'test-output/vitest-results.json' },
  },
});
