import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, expect, test } from '@playwright/test';
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
