import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** One script a first visit downloads, with its raw and gzipped size. */
export interface ScriptSize {
  file: string;
  bytes: number;
  gzipBytes: number;
}

/**
 * The JavaScript a first visit loads before anything is lazy: the entry module(s) of
 * `index.html` and every `modulepreload` link, gzipped at level 9 as a server would send it.
 * The service worker is measured apart (`serviceWorkerScript`): workbox-window registers it
 * only after the page's `load` event, so it is not on the first render's path.
 */
export function initialJavaScript(distDir: string): ScriptSize[] {
  const html = readFileSync(path.join(distDir, 'index.html'), 'utf8');
  const urls = new Set<string>();
  for (const match of html.matchAll(/<script[^>]+type="module"[^>]+src="([^"]+)"/g)) urls.add(match[1] ?? '');
  for (const match of html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g)) urls.add(match[1] ?? '');
  return [...urls].filter((u) => u !== '').map((url) => scriptSize(distDir, url));
}

/** The service worker script (with Background Sync's push it carries the data layer), gzipped. */
export function serviceWorkerScript(distDir: string): ScriptSize {
  return scriptSize(distDir, '/sw.js');
}

function scriptSize(distDir: string, url: string): ScriptSize {
  const content = readFileSync(path.join(distDir, url.replace(/^\//, '')));
  return { file: url, bytes: content.length, gzipBytes: gzipSync(content, { level: 9 }).length };
}
