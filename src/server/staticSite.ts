import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Hono, MiddlewareHandler } from 'hono';

/** Vite puts content-hashed files here: their names change whenever their content does. */
const ASSETS_PREFIX = '/assets/';
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Everything else (index.html, sw.js, manifest.webmanifest, icons) is revalidated on each use. */
const REVALIDATE = 'no-cache';

/** True for paths the PWA router owns: not under /api or /assets, and with no file extension. */
export function isSpaPath(path: string): boolean {
  if (path === '/api' || path.startsWith('/api/') || path.startsWith(ASSETS_PREFIX)) return false;
  const lastSegment = path.slice(path.lastIndexOf('/') + 1);
  return !lastSegment.includes('.');
}

/**
 * Serves the built PWA from `dir`: files as they are, then `index.html` for app routes
 * (SPA fallback). Hashed assets are cached for a year; the rest must be revalidated, so a
 * new service worker and shell are seen on the next visit.
 */
export function mountStaticSite(app: Hono, dir: string): void {
  const root = resolve(dir);
  app.use('*', cacheHeaders);
  app.get('*', serveStatic({ root }));
  if (existsSync(resolve(root, 'index.html'))) {
    const indexHtml = serveStatic({ root, path: 'index.html' });
    app.get('*', (c, next) => (isSpaPath(c.req.path) ? indexHtml(c, next) : next()));
  }
}

const cacheHeaders: MiddlewareHandler = async (c, next) => {
  await next();
  if (c.res.status !== 200) return;
  c.header('Cache-Control', c.req.path.startsWith(ASSETS_PREFIX) ? IMMUTABLE : REVALIDATE);
};
