import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Hono } from 'hono';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../../src/server/app.ts';
import { isSpaPath } from '../../src/server/staticSite.ts';
import type { ServerStores } from '../../src/server/store/serverStores.ts';
import { openSqliteStores } from '../../src/server/store/sqlite/openSqliteStore.ts';
import { tempFolder } from '../helpers/syncFixtures.ts';

const INDEX_HTML = '<!doctype html><title>Sổ Một Cửa</title>';
const SW_JS = 'self.addEventListener("install", () => {});';
const ASSET_JS = 'console.log("app");';

let folder: ReturnType<typeof tempFolder>;
let stores: ServerStores;
let app: Hono;

beforeEach(() => {
  folder = tempFolder();
  const web = join(folder.dir, 'dist');
  mkdirSync(join(web, 'assets'), { recursive: true });
  writeFileSync(join(web, 'index.html'), INDEX_HTML);
  writeFileSync(join(web, 'sw.js'), SW_JS);
  writeFileSync(join(web, 'manifest.webmanifest'), '{"name":"Sổ Một Cửa"}');
  writeFileSync(join(web, 'assets', 'index-abc123.js'), ASSET_JS);
  writeFileSync(join(folder.dir, 'secret.txt'), 'outside');
  stores = openSqliteStores(join(folder.dir, 'db.sqlite'));
  app = createApp({ store: stores.sync, access: stores.access, staticDir: web });
});

afterEach(async () => {
  await stores.close();
  folder.remove();
});

function directives(header: string | null): Map<string, string> {
  const map = new Map<string, string>();
  for (const part of (header ?? '').split(';')) {
    const [name, ...values] = part.trim().split(/\s+/);
    if (name !== undefined && name !== '') map.set(name, values.join(' '));
  }
  return map;
}

describe('static PWA', () => {
  it('serves index.html at / with no-cache and a strict CSP', async () => {
    const res = await app.request('/');
    expect(res.status).toBe(200);
    expect(await res.text()).toBe(INDEX_HTML);
    expect(res.headers.get('Content-Type')).toContain('text/html');
    expect(res.headers.get('Cache-Control')).toBe('no-cache');
    expect(Object.fromEntries(directives(res.headers.get('Content-Security-Policy')))).toEqual({
      'default-src': "'self'",
      'script-src': "'self'",
      'style-src': "'self'",
      'img-src': "'self' data: blob:",
      'connect-src': "'self'",
      'worker-src': "'self'",
      'manifest-src': "'self'",
      'object-src': "'none'",
      'base-uri': "'self'",
      'frame-ancestors': "'none'",
    });
    expect(res.headers.get('X-Content-Type-Options')).toBe('nosniff');
  });

  it.each(['/index.html', '/sw.js', '/manifest.webmanifest'])('serves %s with no-cache', async (path) => {
    const res = await app.request(path);
    expect(res.status).toBe(200);
    expect(res.headers.get('Cache-Control')).toBe('no-cache');
  });

  it('serves the service worker as JavaScript', async () => {
    const res = await app.request('/sw.js');
    expect(await res.text()).toBe(SW_JS);
    expect(res.headers.get('Content-Type')).toContain('javascript');
  });

  it('caches hashed assets for a year', async () => {
    const res = await app.request('/assets/index-abc123.js');
    expect(res.status).toBe(200);
    expect(await res.text()).toBe(ASSET_JS);
    expect(res.headers.get('Cache-Control')).toBe('public, max-age=31536000, immutable');
  });

  it('answers app routes with index.html (SPA fallback)', async () => {
    for (const path of ['/today', '/dossiers/0195a1b2-0000-7000-8000-000000000000']) {
      const res = await app.request(path);
      expect(res.status).toBe(200);
      expect(await res.text()).toBe(INDEX_HTML);
      expect(res.headers.get('Cache-Control')).toBe('no-cache');
    }
  });

  it('answers 404 for a missing file rather than the app shell', async () => {
    for (const path of ['/missing.png', '/assets/index-zzz.js', '/assets/', '/assets/chunk']) {
      const res = await app.request(path);
      expect(res.status).toBe(404);
      expect(res.headers.get('Cache-Control')).toBeNull();
    }
  });

  it('does not serve files outside the static folder', async () => {
    const res = await app.request('/..%2fsecret.txt');
    expect(res.status).toBe(404);
    expect(await res.text()).not.toContain('outside');
  });

  it('keeps /api paths out of the fallback', async () => {
    const res = await app.request('/api/unknown');
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: 'Không có địa chỉ API này.' });
    expect(res.headers.get('Content-Security-Policy')).toContain("default-src 'self'");
  });

  it('tells app routes from files and API paths', () => {
    expect(isSpaPath('/')).toBe(true);
    expect(isSpaPath('/dossiers/abc')).toBe(true);
    expect(isSpaPath('/sw.js')).toBe(false);
    expect(isSpaPath('/api')).toBe(false);
    expect(isSpaPath('/api/anything')).toBe(false);
    expect(isSpaPath('/assets/')).toBe(false);
    expect(isSpaPath('/v1.2/page')).toBe(true);
  });
});
