import { execSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { initialJavaScript } from './initialJavaScript.ts';

/** Budgets from DESIGN.md, "Budgets". */
const INITIAL_JS_BUDGET_KB = 90;

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
execSync('npx vite build --logLevel warn', { cwd: root, stdio: 'inherit' });

const scripts = initialJavaScript(path.join(root, 'dist'));
const kb = (n: number) => (n / 1024).toFixed(1);
const totalGzip = scripts.reduce((sum, s) => sum + s.gzipBytes, 0);

console.log('\nInitial JavaScript of a first visit');
console.table(scripts.map((s) => ({ file: s.file, 'raw KB': kb(s.bytes), 'gzip KB': kb(s.gzipBytes) })));

const rows = [{ measure: 'initial JS, gzipped', value: `${kb(totalGzip)} KB`, budget: `≤ ${INITIAL_JS_BUDGET_KB} KB`, within: totalGzip <= INITIAL_JS_BUDGET_KB * 1024 ? 'yes' : 'NO' }];
console.log('\nBudgets');
console.table(rows);
