import type { Page } from '@playwright/test';

/** Interactive elements smaller than a thumb (48 × 48 CSS px); links inside running text are exempt (WCAG 2.5.8). */
export async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const small: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>('button, a[href], select, input:not([type=checkbox]):not([type=radio]):not([type=file]), textarea, label:has(input[type=checkbox]), label:has(input[type=radio])')) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0 || el.closest('[hidden]')) continue;
      if (el.tagName === 'A' && el.closest('p')) continue;
      if (box.height < 47.5 || box.width < 47.5) small.push(`${el.tagName.toLowerCase()} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}" ${Math.round(box.width)}×${Math.round(box.height)}`);
    }
    return small;
  });
}

/** How far the page scrolls sideways at each phone size (0 or less: it fits). */
export async function sidewaysOverflow(page: Page): Promise<Record<string, number>> {
  const overflow: Record<string, number> = {};
  for (const size of [{ width: 320, height: 640 }, { width: 430, height: 900 }, { width: 740, height: 360 }]) {
    await page.setViewportSize(size);
    overflow[`${size.width}×${size.height}`] = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  }
  await page.setViewportSize({ width: 360, height: 780 });
  return overflow;
}
