import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { sidewaysOverflow, smallTargets } from './support/thumbTargets.ts';

const TABS_EN = ['Today', 'Receive', 'Register', 'Targets', 'Settings'];
const TABS_VI = ['Hôm nay', 'Tiếp nhận', 'Sổ', 'Chỉ tiêu', 'Cài đặt'];

/** The bottom tab bar, found by its name in the language shown. */
function tabBar(page: Page, name: string) {
  return page.getByRole('navigation', { name });
}

test('English is chosen in "Cài đặt", used to receive a dossier, kept across a reload, and Vietnamese comes back', async ({ page }) => {
  await page.goto('/cai-dat');
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');

  // Each language is named in itself, so an officer who reads only one of them finds it.
  const language = page.getByRole('region', { name: 'Ngôn ngữ', exact: true });
  await expect(language.getByRole('radio', { name: 'Tiếng Việt' })).toBeChecked();
  await language.getByRole('radio', { name: 'English' }).check();

  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(tabBar(page, 'Main sections').getByRole('link')).toHaveText(TABS_EN);
  await expect(page.getByRole('region', { name: 'Language', exact: true }).getByRole('radio', { name: 'English' })).toBeChecked();

  // Receive a dossier in English: the procedure keeps its catalogue name, the rest is English.
  await tabBar(page, 'Main sections').getByRole('link', { name: 'Receive', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Receive a dossier', level: 1 })).toBeVisible();
  await page.getByRole('group', { name: 'Procedure', exact: true }).getByRole('radio', { name: /^Đăng ký khai sinh/ }).check();
  await page.getByRole('group', { name: 'How it was submitted' }).getByRole('radio', { name: 'In person', exact: true }).check();
  await expect(page.getByText(/^Return date: \w+day, \d{2}\/\d{2}\/\d{4}$/)).toBeVisible();
  await page.getByRole('button', { name: 'Save dossier' }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Received: Đăng ký khai sinh\. Return date: \w+day, \d{2}\/\d{2}\/\d{4}\.$/ })).toBeVisible();
  await expect(page.getByText('1 dossier received today')).toBeVisible();

  // A reload stays in English, from the first paint.
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Receive a dossier', level: 1 })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(tabBar(page, 'Main sections').getByRole('link')).toHaveText(TABS_EN);

  await tabBar(page, 'Main sections').getByRole('link', { name: 'Today', exact: true }).click();
  await expect(page.getByRole('region', { name: 'Today’s figures' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Dossiers in progress', exact: true })).toContainText('1 dossier');

  // Back to Vietnamese.
  await tabBar(page, 'Main sections').getByRole('link', { name: 'Settings', exact: true }).click();
  await page.getByRole('region', { name: 'Language', exact: true }).getByRole('radio', { name: 'Tiếng Việt' }).check();
  await expect(page.getByRole('heading', { name: 'Cài đặt', level: 1 })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  await expect(tabBar(page, 'Chức năng chính').getByRole('link')).toHaveText(TABS_VI);
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Cài đặt', level: 1 })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Ngôn ngữ', exact: true }).getByRole('radio', { name: 'Tiếng Việt' })).toBeChecked();
});

test('in English every screen stays accessible, thumb-sized and free of sideways scroll', async ({ page }) => {
  await page.goto('/cai-dat');
  await page.getByRole('region', { name: 'Ngôn ngữ', exact: true }).getByRole('radio', { name: 'English' }).check();
  const nav = tabBar(page, 'Main sections');
  for (const [procedure, channel] of [['Đăng ký khai sinh', 'Fully online'], ['Chứng thực bản sao từ bản chính', 'In person']] as const) {
    await nav.getByRole('link', { name: 'Receive', exact: true }).click();
    await page.getByRole('group', { name: 'Procedure', exact: true }).getByRole('radio', { name: new RegExp(`^${procedure}`) }).check();
    await page.getByRole('group', { name: 'How it was submitted' }).getByRole('radio', { name: channel, exact: true }).check();
    await page.getByRole('button', { name: 'Save dossier' }).click();
    await expect(page.getByRole('status').filter({ hasText: `Received: ${procedure}.` })).toBeVisible();
  }

  const screens: ReadonlyArray<{ name: string; open: () => Promise<unknown> }> = [
    { name: 'Today', open: () => nav.getByRole('link', { name: 'Today', exact: true }).click() },
    { name: 'Receive', open: () => nav.getByRole('link', { name: 'Receive', exact: true }).click() },
    { name: 'Register', open: () => nav.getByRole('link', { name: 'Register', exact: true }).click() },
    {
      name: 'Targets',
      open: async () => {
        await nav.getByRole('link', { name: 'Targets', exact: true }).click();
        // The plan keeps its own (Vietnamese) wording; the screen around it is English.
        await page.getByRole('combobox', { name: 'Plan followed' }).selectOption({ label: 'UBND phường Thống Nhất · 2025' });
        await page.getByRole('button', { name: /^Show details: Tỷ lệ hồ sơ trực tuyến/ }).click();
        await expect(page.getByText('By month, last 12 months; dashed line: target')).toBeVisible();
      },
    },
    { name: 'Settings', open: () => nav.getByRole('link', { name: 'Settings', exact: true }).click() },
    {
      name: 'Dossier',
      open: async () => {
        await nav.getByRole('link', { name: 'Today', exact: true }).click();
        await page.getByRole('link', { name: /^Đăng ký khai sinh/ }).first().click();
        await expect(page.getByRole('heading', { name: 'Handle the dossier' })).toBeVisible();
      },
    },
  ];
  for (const screen of screens) {
    await screen.open();
    await page.waitForLoadState('networkidle');
    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(axe.violations.map((v) => `${screen.name} ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    expect(await smallTargets(page), screen.name).toEqual([]);
    expect(Object.entries(await sidewaysOverflow(page)).filter(([, px]) => px > 0), `${screen.name} scrolls sideways`).toEqual([]);
  }
});
