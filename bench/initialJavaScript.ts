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
 * `index.html`, every `modulepreload` link, and the service worker the page registers at
 * once, gzipped at level 9 as a server would send it.
 */
export function initialJavaScript(distDir: string): ScriptSize[] {
  const html = readFileSync(path.join(distDir, 'index.html'), 'utf8');
  const urls = new Set<string>();
  for (const match of html.matchAll(/<script[^>]+type="module"[^>]+src="([^"]+)"/g)) urls.add(match[1] ?? '');
  for (const match of html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g)) urls.add(match[1] ?? '');
  urls.add('/sw.js');
  return [...urls]
    .filter((u) => u !== '')
    .map((url) => {
      const content = readFileSync(path.join(distDir, url.replace(/^\//, '')));
      return { file: url, bytes: content.length, gzipBytes: gzipSync(content, { level: 9 }).length };
    });
}
