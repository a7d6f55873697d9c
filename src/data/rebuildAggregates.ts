import type { ApologyRule } from '../domain/deadlines/outcome.ts';
import { aggregate } from '../domain/indicators/aggregate.ts';
import { dossierContributions, feedbackContributions, halfMonthContributions } from '../domain/indicators/contributions.ts';
import type { SoMotCuaDatabase } from './database.ts';
import { recoveredWrite } from './recoveredWrite.ts';
import { writeSetting } from './settings.ts';

/**
 * Changes the apology rule and recounts every aggregate under it, in one transaction (the
 * only change that alters every finished dossier's outcome at once).
 */
export async function changeApologyRule(db: SoMotCuaDatabase, rule: ApologyRule): Promise<void> {
  await recoveredWrite(db, () => db.transaction('rw', [db.dossiers, db.feedback, db.aggregates, db.halfMonthAggregates, db.settings], async () => {
    await writeSetting(db, 'apologyRule', rule);
    const dossiers = await db.dossiers.toArray();
    const feedback = await db.feedback.toArray();
    const contributions = [...dossiers.map((d) => dossierContributions(d, rule)), ...feedback.map(feedbackContributions)];
    await db.aggregates.clear();
    await db.aggregates.bulkPut([...aggregate(contributions).values()]);
    await db.halfMonthAggregates.clear();
    await db.halfMonthAggregates.bulkPut([...aggregate(contributions.map(halfMonthContributions)).values()]);
  }));
}
