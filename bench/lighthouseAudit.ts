import { chromium } from '@playwright/test';
import lighthouse from 'lighthouse';
import { CHROMIUM_ARGS, systemChromium } from '../test/helpers/systemChromium.ts';

/** Lighthouse's scores (0–100) and first-load metrics of one page, mobile preset (simulated mid-range phone). */
export interface LighthouseScores {
  performance: number;
  accessibility: number;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  failedAccessibilityAudits: string[];
}

/** Runs Lighthouse 12 (default mobile emulation and throttling) in the system Chromium. */
export async function lighthouseAudit(url: string): Promise<LighthouseScores> {
  const port = 9_300 + (process.pid % 500);
  const browser = await chromium.launch({ executablePath: systemChromium(), args: [...CHROMIUM_ARGS, `--remote-debugging-port=${port}`] });
  try {
    const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'] });
    if (!result) throw new Error('Lighthouse returned no result');
    const { categories, audits } = result.lhr;
    const score = (s: number | null | undefined) => Math.round((s ?? 0) * 100);
    return {
      performance: score(categories['performance']?.score),
      accessibility: score(categories['accessibility']?.score),
      fcpMs: audits['first-contentful-paint']?.numericValue ?? NaN,
      lcpMs: audits['largest-contentful-paint']?.numericValue ?? NaN,
      tbtMs: audits['total-blocking-time']?.numericValue ?? NaN,
      failedAccessibilityAudits: (categories['accessibility']?.auditRefs ?? [])
        .filter((ref) => ref.weight > 0 && (audits[ref.id]?.score ?? 1) < 1)
        .map((ref) => ref.id),
    };
  } finally {
    await browser.close();
  }
}
