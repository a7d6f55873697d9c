import type { Browser, BrowserContext, Page } from '@playwright/test';
import { DeskPage } from './deskPage.ts';
import { enrollThroughSettings, type E2eOfficer } from './enroll.ts';

/** One officer's phone: a browser context of its own (own storage and service worker). */
export interface EnrolledPhone {
  readonly context: BrowserContext;
  readonly page: Page;
  readonly desk: DeskPage;
}

/** Opens the app in a new context, waits for its service worker and enrolls it as `officer` (left on "Cài đặt"). */
export async function enrolledPhone(browser: Browser, officer: E2eOfficer): Promise<EnrolledPhone> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const desk = new DeskPage(page);
  await page.goto('/');
  await desk.waitForServiceWorker();
  await enrollThroughSettings(page, officer);
  return { context, page, desk };
}
