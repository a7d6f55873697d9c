import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, expect, test, type APIRequestContext } from '@playwright/test';
import { CHROMIUM_ARGS, systemChromium } from '../helpers/systemChromium.ts';

test("Chromium's own installability check finds no errors", async ({ baseURL }) => {
  // Installability is only judged in a persistent (non-incognito) profile.
  const profile = mkdtempSync(path.join(os.tmpdir(), 'so-mot-cua-profile-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: systemChromium(), args: [...CHROMIUM_ARGS] });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`${baseURL}/`);
    await page.evaluate(() => navigator.serviceWorker.ready);
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
    expect(installabilityErrors).toEqual([]);
    const manifest = await cdp.send('Page.getAppManifest');
    expect(manifest.errors).toEqual([]);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
});

interface ManifestImage {
  src: string;
  sizes: string;
  type?: string;
  form_factor?: string;
  purpose?: string;
}

/** Width and height from a PNG's IHDR chunk (bytes 16–23, big-endian), as the file really is. */
function pngSize(bytes: Buffer): string {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return `${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}`;
}

async function fetchOk(request: APIRequestContext, url: string): Promise<Buffer> {
  const response = await request.get(url);
  expect(response.status(), url).toBe(200);
  return response.body();
}

test('the manifest names the app for good (id, scope), its shortcuts open screens, every image it lists loads at its stated size', async ({ request }) => {
  const manifest = (await (await request.get('/manifest.webmanifest')).json()) as {
    id: string;
    scope: string;
    start_url: string;
    display: string;
    icons: ManifestImage[];
    screenshots: ManifestImage[];
    shortcuts: Array<{ name: string; url: string; icons: ManifestImage[] }>;
  };
  // The id stays "/" forever: changing it would make installed phones see a different app.
  expect({ id: manifest.id, scope: manifest.scope, start_url: manifest.start_url, display: manifest.display }).toEqual({
    id: '/',
    scope: '/',
    start_url: '/',
    display: 'standalone',
  });

  // Shortcuts: "Tiếp nhận" (the desk's first action) and "Hôm nay", each a route of the app.
  expect(manifest.shortcuts.map((s) => [s.name, s.url])).toEqual([
    ['Tiếp nhận hồ sơ', '/tiep-nhan'],
    ['Hôm nay', '/'],
  ]);
  for (const shortcut of manifest.shortcuts) {
    expect((await request.get(shortcut.url)).headers()['content-type']).toContain('text/html');
    for (const icon of shortcut.icons) expect(pngSize(await fetchOk(request, icon.src))).toBe(icon.sizes);
  }

  // Icons, maskable ones included, at the sizes they claim.
  expect(manifest.icons.filter((i) => i.sizes === '512x512').map((i) => i.purpose ?? 'any').sort()).toEqual(['any', 'maskable']);
  for (const icon of manifest.icons) expect(pngSize(await fetchOk(request, icon.src)), icon.src).toBe(icon.sizes);

  // Screenshots for the richer install dialog: one narrow (phone), one wide, each a real PNG
  // of its stated size and under 150 KB (they are downloaded at install time).
  expect(manifest.screenshots.map((s) => s.form_factor).sort()).toEqual(['narrow', 'wide']);
  for (const shot of manifest.screenshots) {
    const bytes = await fetchOk(request, shot.src);
    expect(pngSize(bytes), shot.src).toBe(shot.sizes);
    expect(bytes.length, shot.src).toBeLessThan(150 * 1024);
    const [width, height] = shot.sizes.split('x').map(Number);
    if (shot.form_factor === 'narrow') expect(height).toBeGreaterThan(width ?? Infinity);
    else expect(width).toBeGreaterThan(height ?? Infinity);
  }
});
