import fc from 'fast-check';
import { CHANNELS } from '../../src/domain/channel.ts';
import type { Dossier } from '../../src/domain/dossier.ts';
import { endDossier, rateSatisfaction, receiveDossier, requestSupplement, resolveDossier, returnDossier, supplementReturned, updateFacts } from '../../src/domain/dossierLifecycle.ts';
import { SATISFACTION_LEVELS } from '../../src/domain/satisfaction.ts';
import { STARTER_PROCEDURES } from '../../src/domain/starterProcedures.ts';
import { uuidv7 } from '../../src/domain/uuidv7.ts';
import type { WorkingDayCalendar } from '../../src/domain/workingDays.ts';

const HOUR = 3_600_000;
const START_2026 = Date.UTC(2025, 11, 1);

/**
 * Any dossier an officer could produce through the real lifecycle functions: random
 * procedure, channel and receipt time (Dec 2025 – 2026), maybe a supplement round, then
 * maybe resolved (and returned) or ended early, with random facts and rating.
 */
export function arbitraryDossier(calendar: WorkingDayCalendar): fc.Arbitrary<Dossier> {
  return fc
    .record({
      procedure: fc.constantFrom(...STARTER_PROCEDURES),
      channel: fc.constantFrom(...CHANNELS),
      officer: fc.constantFrom('lan', 'minh', 'hoa'),
      receivedHour: fc.integer({ min: 0, max: 24 * 400 }),
      supplement: fc.option(fc.record({ after: fc.integer({ min: 0, max: 72 }), back: fc.integer({ min: 1, max: 200 }) }), { nil: undefined }),
      end: fc.option(
        fc.record({
          kind: fc.constantFrom('resolved', 'returned', 'rejected', 'withdrawn', 'stopped'),
          afterHours: fc.integer({ min: 0, max: 24 * 20 }),
          flags: fc.record({ digitized: fc.boolean(), electronicResult: fc.boolean(), reusedData: fc.boolean(), paidOnline: fc.boolean(), syncedToPortal: fc.boolean(), electronicCertifiedCopy: fc.boolean() }),
          byPost: fc.boolean(),
        }),
        { nil: undefined },
      ),
      rating: fc.option(fc.constantFrom(...SATISFACTION_LEVELS), { nil: undefined }),
      complaint: fc.boolean(),
      random: fc.uint8Array({ minLength: 10, maxLength: 10 }),
    })
    .map((p) => {
      const receivedAt = new Date(START_2026 + p.receivedHour * HOUR);
      let d = receiveDossier({ id: uuidv7(receivedAt.getTime(), p.random), procedure: p.procedure, channel: p.channel, receivedAt, officerId: p.officer }, calendar);
      let clock = receivedAt.getTime();
      if (p.supplement) {
        clock += p.supplement.after * HOUR;
        d = requestSupplement(d, new Date(clock));
        clock += p.supplement.back * HOUR;
        d = supplementReturned(d, new Date(clock), calendar);
      }
      if (p.end) {
        clock += p.end.afterHours * HOUR;
        const at = new Date(clock);
        if (p.end.kind === 'resolved' || p.end.kind === 'returned') {
          d = resolveDossier(d, at, p.end.flags);
          if (p.end.kind === 'returned') d = returnDossier(d, new Date(clock + HOUR), { byPost: p.end.byPost });
        } else {
          d = endDossier(d, p.end.kind, at, 'Lý do thử nghiệm');
        }
      }
      if (p.rating) d = rateSatisfaction(d, new Date(clock), p.rating);
      if (p.complaint) d = updateFacts(d, new Date(clock), { complaint: true });
      return d;
    });
}
