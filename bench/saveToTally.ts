import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, systemChromium } from '../test/helpers/systemChromium.ts';

/**
 * Tap on "Lưu hồ sơ" to the day's count changing on screen, in the real built app served by
 * the real server, in the system Chromium at phone size: `saves` samples after 3 warm-ups.
 * Timed inside the page (click dispatch → DOM mutation of the count), so no test-driver
 * latency is included. Returns the sorted samples in ms.
 */
export async function saveToTally(url: string, saves = 30): Promise<number[]> {
  const browser = await chromium.launch({ executablePath: systemChromium(), args: [...CHROMIUM_ARGS] });
  try {
    const page = await browser.newPage({ viewport: { width: 360, height: 780 }, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
    await page.goto(`${url}/tiep-nhan`);
    await page.getByRole('group', { name: 'Thủ tục' }).getByRole('radio', { name: /^Chứng thực bản sao từ bản chính/ }).check();
    await page.getByRole('group', { name: 'Hình thức nộp' }).getByRole('radio', { name: 'Trực tiếp', exact: true }).check();
    const samples: number[] = [];
    for (let i = 0; i < saves + 3; i += 1) {
      const ms = await page.evaluate(
        () =>
          new Promise<number>((resolve, reject) => {
            // The sentence around the count is stable; the count's own element may be re-created.
            const line = document.querySelector('[data-testid="today-received"]')?.closest('p');
            const save = [...document.querySelectorAll('button[type="submit"]')].find((b) => b.textContent?.trim() === 'Lưu hồ sơ');
            if (!line || !(save instanceof HTMLButtonElement)) return reject(new Error('count or save button not found'));
            const before = line.textContent;
            const observer = new MutationObserver(() => {
              if (line.textContent !== before) {
                observer.disconnect();
                resolve(performance.now() - t0);
              }
            });
            observer.observe(line, { childList: true, characterData: true, subtree: true });
            setTimeout(() => reject(new Error('the count did not change within 5 s')), 5_000);
            const t0 = performance.now();
            save.click();
          }),
      );
      if (i >= 3) samples.push(ms);
      await page.waitForTimeout(50);
    }
    return samples.sort((a, b) => a - b);
  } finally {
    await browser.close();
  }
}
