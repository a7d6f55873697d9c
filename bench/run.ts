import { execSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runInChromium } from './browser/runInChromium.ts';
import { initialJavaScript, serviceWorkerScript } from './initialJavaScript.ts';
import { lighthouseAudit } from './lighthouseAudit.ts';
import { saveToTally } from './saveToTally.ts';
import { serveApp } from './serveApp.ts';
import { selectedParts, type BudgetRow } from './benchParts.ts';
import { ingestPart, pushPart, reportPart } from './server/syncBudgets.ts';

/** Budgets from DESIGN.md, "Budgets". */
const INITIAL_JS_BUDGET_KB = 90;
const YEAR_VIEW_BUDGET_MS = 150;
const YEAR_VIEW_GROWTH_BUDGET = 2;

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const kb = (n: number) => (n / 1024).toFixed(1);
const ms = (n: number) => n.toFixed(1);
const budgets: BudgetRow[] = [];
// BENCH_ONLY=sync (or app, push, ingest, report, comma-separated) runs only those parts.
const parts = selectedParts(process.env['BENCH_ONLY']);

if (parts.has('app')) {
  // 1. Initial JavaScript of a first visit.
  execSync('npx vite build --logLevel warn', { cwd: root, stdio: 'inherit' });
  const scripts = initialJavaScript(path.join(root, 'dist'));
  const totalGzip = scripts.reduce((sum, s) => sum + s.gzipBytes, 0);
  console.log('\nInitial JavaScript of a first visit');
  console.table(scripts.map((s) => ({ file: s.file, 'raw KB': kb(s.bytes), 'gzip KB': kb(s.gzipBytes) })));
  budgets.push({ measure: 'initial JS of the page, gzipped', value: `${kb(totalGzip)} KB`, budget: `≤ ${INITIAL_JS_BUDGET_KB} KB`, within: totalGzip <= INITIAL_JS_BUDGET_KB * 1024 ? 'yes' : 'NO' });
  const worker = serviceWorkerScript(path.join(root, 'dist'));
  console.log(`Service worker (registered after load, off the first render): ${kb(worker.bytes)} KB raw, ${kb(worker.gzipBytes)} KB gzipped`);
  budgets.push({ measure: 'service worker, gzipped (after load)', value: `${kb(worker.gzipBytes)} KB`, budget: '–', within: '–' });

  // 2. Indicators over 1,000 / 10,000 / 100,000 dossiers stored in IndexedDB, in Chromium.
  const sizes = [1_000, 10_000, 100_000];
  const indicatorRows = await runInChromium(path.join(root, 'bench/browser/indicatorBench.ts'), path.join(root, 'bench/results/browser'), async (page) => {
    const rows: Array<Record<string, number>> = [];
    for (const n of sizes) {
      const result = await page.evaluate((count) => window.soMotCuaBench.indicators(count), n);
      rows.push({ dossiers: n, ...result });
    }
    return rows;
  });
  console.log('\nIndicators in Chromium (median ms; month = Nov 2026, year = 2026; "15" = 15th–14th rule)');
  console.table(
    indicatorRows.map((r) => ({
      dossiers: r['dossiers'],
      month: ms(r['monthMs']!),
      'month 15': ms(r['month15Ms']!),
      year: ms(r['yearMs']!),
      'year 15': ms(r['year15Ms']!),
      'year, full scan': ms(r['yearFullScanMs']!),
      'daily buckets': r['buckets'],
      'half-month buckets': r['halfMonthBuckets'],
    })),
  );
  const small = indicatorRows[0]!;
  const large = indicatorRows[indicatorRows.length - 1]!;
  const worstYear = Math.max(large['yearMs']!, large['year15Ms']!);
  const growth = worstYear / Math.max(small['yearMs']!, small['year15Ms']!);
  budgets.push({ measure: 'year view, 100,000 dossiers', value: `${ms(worstYear)} ms`, budget: `≤ ${YEAR_VIEW_BUDGET_MS} ms`, within: worstYear <= YEAR_VIEW_BUDGET_MS ? 'yes' : 'NO' });
  budgets.push({ measure: 'year view 100,000 / 1,000', value: `${growth.toFixed(2)}×`, budget: `≤ ${YEAR_VIEW_GROWTH_BUDGET}×`, within: growth <= YEAR_VIEW_GROWTH_BUDGET ? 'yes' : 'NO' });

  // 3. The register ("Sổ theo dõi") over 100,000 dossiers in IndexedDB, in Chromium: pages of 50.
  const REGISTER_PAGE_BUDGET_MS = 50;
  const registerRow = await runInChromium(path.join(root, 'bench/browser/registerBench.ts'), path.join(root, 'bench/results/browser'), (page) =>
    page.evaluate((count) => window.soMotCuaRegisterBench.register(count), 100_000),
  );
  console.log('\nRegister in Chromium, 100,000 dossiers (median ms; pages of 50, newest first)');
  console.table([
    {
      'first page': ms(registerRow['firstPageMs']!),
      'first page, Nov 2026': ms(registerRow['monthFirstPageMs']!),
      '20th page': ms(registerRow['page20Ms']!),
      'search ~1%': ms(registerRow['searchMs']!),
      'search rows': registerRow['searchRows'],
      'search scanned': registerRow['searchScanned'],
    },
  ]);
  const worstRegisterPage = Math.max(registerRow['firstPageMs']!, registerRow['monthFirstPageMs']!, registerRow['page20Ms']!);
  budgets.push({ measure: 'register page, 100,000 dossiers', value: `${ms(worstRegisterPage)} ms`, budget: `≤ ${REGISTER_PAGE_BUDGET_MS} ms`, within: worstRegisterPage <= REGISTER_PAGE_BUDGET_MS ? 'yes' : 'NO' });

  // 3b. The reports ("Báo cáo") over 100,000 dossiers in IndexedDB, in Chromium: Biểu 06 read, counted, checked.
  const reportRow = await runInChromium(path.join(root, 'bench/browser/reportBench.ts'), path.join(root, 'bench/results/browser'), (page) =>
    page.evaluate((count) => window.soMotCuaReportBench.reports(count), 100_000),
  );
  console.log('\nReports in Chromium, 100,000 dossiers (median ms; year = 2026, month = Nov 2026)');
  console.table([{ 'Biểu 06 year': ms(reportRow['yearMs']!), 'year, every dossier read': ms(reportRow['yearFullReadMs']!), 'edge dossiers read': reportRow['yearEdgeDossiers'], 'Biểu 06 month': ms(reportRow['monthMs']!), 'register month': ms(reportRow['registerMonthMs']!) }]);
  budgets.push({ measure: 'Biểu 06 for a year, 100,000 dossiers', value: `${ms(reportRow['yearMs']!)} ms`, budget: '–', within: '–' });

  // 4. The real app served by the real server: tap-to-tally, and Lighthouse on the first screen.
  const SAVE_TO_TALLY_BUDGET_MS = 50;
  const app = await serveApp(root);
  try {
    const samples = await saveToTally(app.url);
    const median = samples[Math.floor(samples.length / 2)]!;
    console.log(`\nSave to tally in Chromium (${samples.length} saves): median ${ms(median)} ms, p90 ${ms(samples[Math.floor(samples.length * 0.9)]!)} ms, max ${ms(samples[samples.length - 1]!)} ms`);
    budgets.push({ measure: 'tap "Lưu hồ sơ" → tally on screen (median)', value: `${ms(median)} ms`, budget: `≤ ${SAVE_TO_TALLY_BUDGET_MS} ms`, within: median <= SAVE_TO_TALLY_BUDGET_MS ? 'yes' : 'NO' });

    const lighthouse = await lighthouseAudit(`${app.url}/`);
    console.log('\nLighthouse 12, mobile preset, first screen');
    console.table([{ performance: lighthouse.performance, accessibility: lighthouse.accessibility, 'FCP ms': Math.round(lighthouse.fcpMs), 'LCP ms': Math.round(lighthouse.lcpMs), 'TBT ms': Math.round(lighthouse.tbtMs), 'failed a11y audits': lighthouse.failedAccessibilityAudits.join(', ') || '—' }]);
    budgets.push({ measure: 'Lighthouse performance (mobile)', value: String(lighthouse.performance), budget: '≥ 95', within: lighthouse.performance >= 95 ? 'yes' : 'NO' });
    budgets.push({ measure: 'Lighthouse accessibility', value: String(lighthouse.accessibility), budget: '= 100', within: lighthouse.accessibility === 100 ? 'yes' : 'NO' });
  } finally {
    await app.stop();
  }
}

// 5. The sync issue's server budgets: push over loopback, ingest against bare inserts, district report.
if (parts.has('push')) await pushPart(budgets);
if (parts.has('ingest')) await ingestPart(budgets);
if (parts.has('report')) await reportPart(budgets);

console.log('\nBudgets');
console.table(budgets);
