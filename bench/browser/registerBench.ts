import { createVietnamWorkingCalendar } from '../../src/domain/calendar/vietnamWorkingCalendar.ts';
import type { Dossier } from '../../src/domain/dossier.ts';
import { periodRange } from '../../src/domain/periods/period.ts';
import { SoMotCuaDatabase } from '../../src/data/database.ts';
import { registerPage, type RegisterCursor } from '../../src/data/registerQueries.ts';
import { generateDossiers } from './generateDossiers.ts';
import { medianTime } from './medianTime.ts';

const YEAR = 2026;
const PAGE = 50;
/** One applicant in a hundred: what the ~1% search looks for. */
const RARE_NAME = 'Trịnh Văn Tâm';
const OTHER_NAMES = ['Nguyễn Văn An', 'Trần Thị Bích', 'Lê Hoàng Đức', 'Phạm Thu Hằng', 'Võ Minh Khang'];

/** The bench dossiers with applicants: one in a hundred is RARE_NAME, a third have another name. */
function withApplicants(dossiers: readonly Dossier[]): Dossier[] {
  return dossiers.map((d, i) => {
    if (i % 100 === 0) return { ...d, applicant: { name: RARE_NAME } };
    return i % 3 === 0 ? { ...d, applicant: { name: OTHER_NAMES[i % OTHER_NAMES.length]! } } : d;
  });
}

/**
 * Stores `count` dossiers of 2026 in a fresh IndexedDB database, then times register pages:
 * the first (all time, and this month), the 20th by following cursors, and a ~1% search.
 */
async function register(count: number): Promise<Record<string, number>> {
  const name = `register-bench-${count}-${Date.now()}`;
  const db = new SoMotCuaDatabase(name);
  await db.dossiers.bulkPut(withApplicants(generateDossiers(count, YEAR, createVietnamWorkingCalendar())));
  db.close();
  const reopened = new SoMotCuaDatabase(name);

  let cursor: RegisterCursor | undefined;
  for (let page = 1; page < 20; page += 1) cursor = (await registerPage(reopened, { limit: PAGE, before: cursor })).next ?? undefined;
  const before20 = cursor;
  const november = periodRange({ kind: 'month', year: YEAR, month: 11 }, 'calendar');
  const search = await registerPage(reopened, { limit: PAGE, search: 'trinh van tam' });

  const result = {
    firstPageMs: await medianTime(15, () => registerPage(reopened, { limit: PAGE })),
    monthFirstPageMs: await medianTime(15, () => registerPage(reopened, { limit: PAGE, range: november })),
    page20Ms: await medianTime(15, () => registerPage(reopened, { limit: PAGE, before: before20 })),
    searchMs: await medianTime(15, () => registerPage(reopened, { limit: PAGE, search: 'trinh van tam' })),
    searchRows: search.rows.length,
    searchScanned: search.scanned,
  };
  reopened.close();
  await reopened.delete();
  return result;
}

declare global {
  interface Window {
    soMotCuaRegisterBench: { register: typeof register };
  }
}

window.soMotCuaRegisterBench = { register };
