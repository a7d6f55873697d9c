import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { DeskPage } from './support/deskPage.ts';
import { sidewaysOverflow, smallTargets } from './support/thumbTargets.ts';

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
    name: 'Báo cáo',
    open: async (page) => {
      await page.getByRole('navigation', { name: 'Chức năng chính' }).getByRole('link', { name: 'Sổ', exact: true }).click();
      await page.getByRole('link', { name: 'Báo cáo', exact: true }).click();
      await expect(page.getByRole('table')).toBeVisible();
    },
  },
  {
    name: 'Hồ sơ',
    open: async (page) => {
      await page.getByRole('navigation', { name: 'Chức năng chính' }).getByRole('link', { name: 'Hôm nay' }).click();
      await page.getByRole('link', { name: /^Đăng ký khai sinh/ }).first().click();
      await expect(page).toHaveURL(/\/ho-so\//);
    },
  },
  {
    name: 'Đồng bộ',
    open: async (page) => {
      await page.getByRole('region', { name: 'Trạng thái đồng bộ' }).getByRole('link', { name: 'Chi tiết đồng bộ' }).click();
      await expect(page.getByRole('heading', { name: 'Đồng bộ', level: 1 })).toBeVisible();
    },
  },
  { name: 'Tổng hợp', open: (page) => page.goto('/tong-hop').then(() => expect(page.getByRole('heading', { name: 'Tổng hợp', level: 1 })).toBeVisible()) },
];

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
      for (const [size, overflow] of Object.entries(await sidewaysOverflow(page))) {
        expect(overflow, `horizontal overflow at ${size}`).toBeLessThanOrEqual(0);
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
