import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { DeskPage } from './support/deskPage.ts';

/** Every screen, reached as an officer would, with content on it. */
const SCREENS: ReadonlyArray<{ name: string; open: (page: Page) => Promise<void> }> = [
  { name: 'Hôm nay', open: (page) => page.getByRole('navigation', { name: 'Chức năng chính' }).getByRole('link', { name: 'Hôm nay' }).click() },
  { name: 'Tiếp nhận', open: (page) => page.getByRole('navigation', { name: 'Chức năng chính' }).getByRole('link', { name: 'Tiếp nhận' }).click() },
  { name: 'Sổ', open: (page) => page.getByRole('navigation', { name: 'Chức năng chính' }).getByRole('link', { name: 'Sổ' }).click() },
  {
    name: 'Chỉ tiêu',
    open: async (page) => {
      await page.getByRole('navigation', { name: 'Chức năng chính' }).getByRole('link', { name: 'Chỉ tiêu' }).click();
      await page.getByRole('combobox', { name: 'Kế hoạch đang theo dõi' }).selectOption({ label: 'UBND phường Thống Nhất · 2025' });
      await page.getByRole('button', { name: /^Xem chi tiết: Tỷ lệ hồ sơ trực tuyến/ }).click();
    },
  },
  { name: 'Cài đặt', open: (page) => page.getByRole('navigation', { name: 'Chức năng chính' }).getByRole('link', { name: 'Cài đặt' }).click() },
  {
    name: 'Hồ sơ',
    open: async (page) => {
      await page.getByRole('navigation', { name: 'Chức năng chính' }).getByRole('link', { name: 'Hôm nay' }).click();
      await page.getByRole('link', { name: /^Đăng ký khai sinh/ }).first().click();
      await expect(page).toHaveURL(/\/ho-so\//);
    },
  },
];

/** Interactive elements smaller than a thumb (48 × 48 CSS px, or 48 px tall for full-width rows). */
async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const small: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>('button, a[href], select, input:not([type=checkbox]):not([type=radio]):not([type=file]), textarea, label:has(input[type=checkbox]), label:has(input[type=radio])')) {
      const box = el.getBoundingClientRect();
      if (box.width === 0 || box.height === 0 || el.closest('[hidden]')) continue;
      // Links inside running text are exempt (WCAG 2.5.8 inline exception).
      if (el.tagName === 'A' && el.closest('p')) continue;
      if (box.height < 47.5 || box.width < 47.5) small.push(`${el.tagName.toLowerCase()} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}" ${Math.round(box.width)}×${Math.round(box.height)}`);
    }
    return small;
  });
}

test.describe('every screen is accessible and fits a phone', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('/');
    const desk = new DeskPage(page);
    await desk.receive('Đăng ký khai sinh', 'Trực tuyến toàn trình');
    await desk.receive('Chứng thực bản sao từ bản chính', 'Trực tiếp');
  });

  for (const screen of SCREENS) {
    test(`${screen.name}: no axe violations, thumb-sized targets, no sideways scroll from 320 to 430 px and in landscape`, async ({ page }) => {
      await screen.open(page);
      await page.waitForLoadState('networkidle');
      const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
      expect(await smallTargets(page)).toEqual([]);
      for (const size of [{ width: 320, height: 640 }, { width: 430, height: 900 }, { width: 740, height: 360 }]) {
        await page.setViewportSize(size);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `horizontal overflow at ${size.width}×${size.height}`).toBeLessThanOrEqual(0);
      }
    });
  }

  test('the dark theme keeps contrast (prefers-color-scheme: dark)', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    for (const screen of SCREENS.slice(0, 5)) {
      await screen.open(page);
      const axe = await new AxeBuilder({ page }).withRules(['color-contrast']).analyze();
      expect(axe.violations.map((v) => `${screen.name} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    }
  });

  test('every control is reachable by keyboard on Tiếp nhận', async ({ page }) => {
    await SCREENS[1]!.open(page);
    const reached = new Set<string>();
    for (let i = 0; i < 80; i += 1) {
      await page.keyboard.press('Tab');
      reached.add(await page.evaluate(() => (document.activeElement ? `${document.activeElement.tagName}:${document.activeElement.getAttribute('aria-label') ?? document.activeElement.textContent?.trim().slice(0, 30) ?? ''}` : '')));
    }
    expect([...reached].some((r) => r.startsWith('BUTTON:Lưu hồ sơ'))).toBe(true);
  });
});
