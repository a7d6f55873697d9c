import { createVietnamWorkingCalendar } from '../../src/domain/calendar/vietnamWorkingCalendar.ts';
import { aggregate } from '../../src/domain/indicators/aggregate.ts';
import { computeIndicators } from '../../src/domain/indicators/computeIndicators.ts';
import { dossierContributions, halfMonthContributions } from '../../src/domain/indicators/contributions.ts';
import { periodRange } from '../../src/domain/periods/period.ts';
import { SoMotCuaDatabase } from '../../src/data/database.ts';
import { indicatorValues } from '../../src/data/indicatorQueries.ts';
import { generateDossiers } from './generateDossiers.ts';
import { medianTime } from './medianTime.ts';

const YEAR = 2026;

/**
 * Stores `count` dossiers of 2026 in a fresh IndexedDB database (with the same aggregates a
 * save keeps: proven equal by the property tests), then times the indicator views.
 */
async function indicators(count: number): Promise<Record<string, number>> {
  const name = `bench-${count}-${Date.now()}`;
  const db = new SoMotCuaDatabase(name);
  const calendar = createVietnamWorkingCalendar();
  const dossiers = generateDossiers(count, YEAR, calendar);
  const contributions = dossiers.map((d) => dossierContributions(d));
  await db.transaction('rw', [db.dossiers, db.aggregates, db.halfMonthAggregates], async () => {
    await db.dossiers.bulkPut(dossiers);
    await db.aggregates.bulkPut([...aggregate(contributions).values()]);
    await db.halfMonthAggregates.bulkPut([...aggregate(contributions.map(halfMonthContributions)).values()]);
  });
  db.close();
  const reopened = new SoMotCuaDatabase(name);
  const month = periodRange({ kind: 'month', year: YEAR, month: 11 }, 'calendar');
  const month15 = periodRange({ kind: 'month', year: YEAR, month: 11 }, 'fifteenth');
  const year = periodRange({ kind: 'year', year: YEAR }, 'calendar');
  const year15 = periodRange({ kind: 'year', year: YEAR }, 'fifteenth');
  const result = {
    monthMs: await medianTime(15, () => indicatorValues(reopened, month)),
    month15Ms: await medianTime(15, () => indicatorValues(reopened, month15)),
    yearMs: await medianTime(15, () => indicatorValues(reopened, year)),
    year15Ms: await medianTime(15, () => indicatorValues(reopened, year15)),
    // What the aggregates save: reading every dossier of the year and counting from scratch.
    yearFullScanMs: await medianTime(3, async () => {
      const all = await reopened.dossiers.toArray();
      return computeIndicators(aggregate(all.map((d) => dossierContributions(d))).values());
    }),
    buckets: await reopened.aggregates.count(),
    halfMonthBuckets: await reopened.halfMonthAggregates.count(),
  };
  reopened.close();
  await reopened.delete();
  return result;
}

declare global {
  interface Window {
    soMotCuaBench: { indicators: typeof indicators };
  }
}

window.soMotCuaBench = { indicators };
