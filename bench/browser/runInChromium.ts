import { readFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { build } from 'vite';
import { CHROMIUM_ARGS, systemChromium } from '../../test/helpers/systemChromium.ts';

const ORIGIN = 'http://bench.localhost';

/**
 * Bundles a browser bench entry with Vite and opens it in the system Chromium on a throwaway
 * origin (real IndexedDB needs one), then hands the page to `run`.
 */
export async function runInChromium<T>(entry: string, outDir: string, run: (page: Page) => Promise<T>): Promise<T> {
  await build({
    configFile: false,
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, minify: true, lib: { entry, formats: ['iife'], name: 'soMotCuaBenchBundle', fileName: () => 'bench.js' } },
  });
  const script = readFileSync(path.join(outDir, 'bench.js'), 'utf8');
  const browser = await chromium.launch({ executablePath: systemChromium(), args: [...CHROMIUM_ARGS] });
  try {
    const page = await browser.newPage();
    await page.route(`${ORIGIN}/**`, (route) =>
      route.request().url().endsWith('/bench.js')
        ? route.fulfill({ contentType: 'text/javascript', body: script })
        : route.fulfill({ contentType: 'text/html', body: '<!doctype html><meta charset="utf-8"><script src="/bench.js"></script>' }),
    );
    await page.goto(`${ORIGIN}/`);
    return await run(page);
  } finally {
    await browser.close();
  }
}
