import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { arbitraryDossier } from '../../../test/helpers/arbitraryDossier.ts';
import { DossierSchema, type Dossier } from '../dossier.ts';
import { receiveDossier, resolveDossier } from '../dossierLifecycle.ts';
import { periodContaining, periodRange } from '../periods/period.ts';
import { percentOf } from '../ratio.ts';
import { flowReport } from '../reports/flowReport.ts';
import { STARTER_PROCEDURES } from '../starterProcedures.ts';
import { uuidv7 } from '../uuidv7.ts';
import { weekendOnlyCalendar as cal } from '../workingDays.ts';
import { aggregate, applyContributions } from './aggregate.ts';
import { indicatorsOf } from '../../../test/helpers/inMemoryIndicators.ts';
import { computeIndicators } from './computeIndicators.ts';
import { halfMonthContributions } from './contributions.ts';
import { selectBuckets } from './slotsOf.ts';
import { dossierContributions } from './contributions.ts';

const dossiers = fc.array(arbitraryDossier(cal), { maxLength: 60 });
const anyDay = fc.integer({ min: 0, max: 400 }).map((n) => new Date(Date.UTC(2025, 11, 1) + n * 86_400_000).toISOString().slice(0, 10));
const anyRange = fc.tuple(anyDay, fc.constantFrom('day', 'week', 'month', 'quarter', 'half', 'year' as const), fc.constantFrom('calendar', 'fifteenth' as const)).map(([day, kind, rule]) =>
  periodRange(periodContaining(kind, day, rule), rule),
);

describe('indicator invariants (fast-check)', () => {
  it('every generated dossier is valid', () => {
    fc.assert(fc.property(arbitraryDossier(cal), (d) => v.safeParse(DossierSchema, d).success));
  });

  it('received in period + carried over = finished + pending, on every row and the total (Biểu 06)', () => {
    fc.assert(
      fc.property(dossiers, anyRange, (list, range) => {
        const report = flowReport(list, range);
        for (const f of [...report.byField.values(), report.total]) {
          expect(f.received + f.carriedOver).toBe(f.finished + f.pending);
          expect(f.receivedOnline + f.receivedOffline).toBe(f.received);
          expect(f.early + f.onTime + f.late).toBe(f.finished);
          expect(f.pendingWithinDeadline + f.pendingOverdue).toBe(f.pending);
        }
      }),
    );
  });

  it('every percentage lies within 0–100, and 0 of 0 is no data', () => {
    fc.assert(
      fc.property(dossiers, anyRange, (list, range) => {
        const values = indicatorsOf(list)(range);
        for (const ratio of Object.values(values)) {
          expect(ratio.numerator).toBeGreaterThanOrEqual(0);
          expect(ratio.numerator).toBeLessThanOrEqual(ratio.denominator);
          const p = percentOf(ratio);
          if (ratio.denominator === 0) expect(p).toBeNull();
          else expect(p! >= 0 && p! <= 100).toBe(true);
        }
      }),
    );
  });

  it('adding an on-time dossier never lowers the on-time rate', () => {
    fc.assert(
      fc.property(dossiers, anyDay, fc.constantFrom(...STARTER_PROCEDURES), (list, day, procedure) => {
        const range = periodRange({ kind: 'year', year: Number(day.slice(0, 4)) }, 'calendar');
        const before = indicatorsOf(list)(range).on_time;
        // Received 09:00 and resolved 09:30 on the same working-or-not day: never after its due day.
        const at = new Date(`${day}T02:00:00Z`);
        const onTime = resolveDossier(receiveDossier({ id: uuidv7(), procedure, channel: 'in_person', receivedAt: at }, cal), new Date(at.getTime() + 1_800_000), {});
        const after = indicatorsOf([...list, onTime])(range).on_time;
        expect(after.denominator).toBe(before.denominator + 1);
        expect(after.numerator * Math.max(before.denominator, 1)).toBeGreaterThanOrEqual(before.numerator * after.denominator);
      }),
    );
  });

  it('half-month roll-ups plus leftover days give the same figures as daily buckets alone', () => {
    fc.assert(
      fc.property(dossiers, anyRange, (list, range) => {
        const contributions = list.map((d) => dossierContributions(d));
        const daily = aggregate(contributions);
        const viaRollups = computeIndicators(selectBuckets(daily.values(), aggregate(contributions.map(halfMonthContributions)).values(), range));
        const dailyOnly = computeIndicators([...daily.values()].filter((b) => b.slot >= range.start && b.slot <= range.end));
        expect(viaRollups).toEqual(dailyOnly);
      }),
    );
  });

  it('keeping aggregates incrementally (remove old, add new) equals recomputing them', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(arbitraryDossier(cal), fc.option(arbitraryDossier(cal), { nil: undefined })), { maxLength: 40 }), (edits) => {
        const stored = new Map<string, Dossier>();
        const incremental = aggregate([]);
        for (const [first, replacement] of edits) {
          // A record saved, then maybe overwritten by another version under the same id.
          for (const next of replacement ? [first, { ...replacement, id: first.id }] : [first]) {
            const previous = stored.get(next.id);
            if (previous) applyContributions(incremental, dossierContributions(previous), -1);
            applyContributions(incremental, dossierContributions(next), 1);
            stored.set(next.id, next);
          }
        }
        const full = aggregate([...stored.values()].map((d) => dossierContributions(d)));
        expect(new Map([...incremental].map(([k, b]) => [k, b.counters]))).toEqual(new Map([...full].map(([k, b]) => [k, b.counters])));
      }),
    );
  });
});
