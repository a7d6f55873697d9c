import path from 'node:path';
import { build, type Plugin, type ResolvedConfig } from 'vite';
import { injectManifest } from 'workbox-build';

/**
 * Builds `service-worker/sw.ts` after the app bundle (Workbox injectManifest mode): bundle
 * the worker with Vite into `sw.js`, then let workbox-build inject the precache list of the
 * files just written, each with its revision hash.
 */
export function serviceWorkerPlugin(entry: string): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'so-mot-cua:service-worker',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    async closeBundle() {
      if (config.build.ssr) return;
      const outDir = path.resolve(config.root, config.build.outDir);
      await build({
        configFile: false,
        logLevel: 'warn',
        define: { 'process.env.NODE_ENV': JSON.stringify('production') },
        build: {
          outDir,
          emptyOutDir: false,
          minify: true,
          lib: { entry, formats: ['iife'], name: 'soMotCuaServiceWorker', fileName: () => 'sw.js' },
        },
      });
      const { count, size, warnings } = await injectManifest({
        swSrc: path.join(outDir, 'sw.js'),
        swDest: path.join(outDir, 'sw.js'),
        globDirectory: outDir,
        globPatterns: ['**/*.{html,js,css,svg,png,webmanifest}'],
        // Screenshots are for the install dialog only, fetched online: not worth precaching.
        globIgnores: ['sw.js', 'screenshots/**'],
        // Vite already puts a content hash in every asset's file name.
        dontCacheBustURLsMatching: /^assets\//,
      });
      for (const warning of warnings) config.logger.warn(warning);
      config.logger.info(`service worker: ${count} files precached, ${(size / 1024).toFixed(1)} KiB`);
    },
  };
}
