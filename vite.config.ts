/// <reference types="vitest/config" />
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import solid from 'vite-plugin-solid';
import { serviceWorkerPlugin } from './service-worker/vite-plugin.ts';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));

// The version shown in Cài đặt: VITE_APP_VERSION when the build sets it (a release tag), else package.json's.
const packageVersion = (JSON.parse(readFileSync(here('./package.json'), 'utf8')) as { version: string }).version;
process.env['VITE_APP_VERSION'] ||= packageVersion;

export default defineConfig({
  root: here('./src'),
  publicDir: here('./public'),
  plugins: [solid(), serviceWorkerPlugin(here('./service-worker/sw.ts'))],
  build: {
    outDir: here('./dist'),
    emptyOutDir: true,
    target: 'es2022',
  },
  server: {
    proxy: { '/api': 'http://localhost:8080' },
  },
  test: {
    root: here('.'),
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    exclude: ['test/e2e/**', 'node_modules/**'],
    environment: 'node',
    // One throwaway PostgreSQL cluster (or TEST_DATABASE_URL) for the whole run.
    globalSetup: ['test/helpers/postgresCluster.ts'],
  },
});
