import { describe, expect, it } from 'vitest';
import { CHANNELS } from '../channel.ts';
import { DOSSIER_STATUSES, NO_FACTS_YET, type Dossier } from '../dossier.ts';
import type { ApologyRule } from '../deadlines/outcome.ts';
import { aggregate } from '../indicators/aggregate.ts';
import { dossierContributions } from '../indicators/contributions.ts';
import type { DayRange } from '../periods/dayRange.ts';
import { flowFromAggregates } from './flowFromAggregates.ts';
import { flowReport } from './flowReport.ts';
import { OCTOBER, octoberDossiers } from './octoberFixture.ts';

/** The daily buckets of a range, as the device stores them. */
function bucketsOf(dossiers: readonly Dossier[], range: DayRange, rule: ApologyRule) {
  return [...aggregate(dossiers.map((d) => dossierContributions(d, rule))).values()].filter((b) => b.slot >= range.start && b.slot <= range.end);
}

describe('flowFromAggregates equals flowReport over every dossier', () => {
  it('on the October fixture (Biểu 06 worked by hand in flowTable.test.ts)', () => {
    const dossiers = octoberDossiers();
    expect(flowFromAggregates(bucketsOf(dossiers, OCTOBER, 'judge_by_due_date'), dossiers, OCTOBER)).toEqual(flowReport(dossiers, OCTOBER));
  });

  it('on 300 random sets of valid dossiers, both apology rules', () => {
    let seed = 11;
    const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
    const base = Date.UTC(2026, 9, 1) - 7 * 3_600_000;
    const instant = (hours: number) => new Date(base + hours * 3_600_000).toISOString();
    const day = (hours: number) => new Date(base + 7 * 3_600_000 + hours * 3_600_000).toISOString().slice(0, 10);
    for (let run = 0; run < 300; run += 1) {
      const rule: ApologyRule = run % 2 === 0 ? 'judge_by_due_date' : 'judge_by_new_date';
      const dossiers: Dossier[] = [];
      for (let i = 0, n = Math.floor(random() * 50); i < n; i += 1) {
        const received = Math.floor(random() * 24 * 90) - 24 * 30;
        const ended = received + Math.floor(random() * 24 * 30);
        const status = pick(DOSSIER_STATUSES);
        const due = day(received + Math.floor(random() * 24 * 12));
        const d = {
          id: `d${i}`,
          procedure: { id: 'p', name: 'Thủ tục', field: pick(['Hộ tịch', 'Chứng thực', 'Đất đai']), timeLimit: { unit: 'same_day' }, hasFee: random() < 0.5, paperResult: true, certifiedCopy: false },
          channel: pick(CHANNELS),
          receivedAt: instant(received),
          dueDate: due,
          appointmentDate: due,
          status,
          supplementRequests: random() < 0.3 ? [{ requestedAt: instant(received + 2), ...(random() < 0.5 ? { returnedAt: instant(received + 30) } : {}) }] : [],
          ...(random() < 0.3 ? { apology: { issuedAt: instant(received + 1), newDate: day(received + 24 * 15) } } : {}),
          ...(status === 'resolved' ? { resolvedAt: instant(ended) } : status === 'returned' ? { resolvedAt: instant(ended), returnedAt: instant(ended + 1) } : status === 'received' ? {} : { endedAt: instant(ended) }),
          ...(random() < 0.05 ? { voidedAt: instant(received + 1) } : {}),
          digitized: false,
          electronicResult: false,
          ...NO_FACTS_YET,
        } as Dossier;
        dossiers.push(d);
      }
      const range = { start: day(Math.floor(random() * 24 * 20)), end: day(24 * 20 + Math.floor(random() * 24 * 40)) };
      expect(flowFromAggregates(bucketsOf(dossiers, range, rule), dossiers, range, rule), `run ${run}`).toEqual(flowReport(dossiers, range, rule));
    }
  });
});
