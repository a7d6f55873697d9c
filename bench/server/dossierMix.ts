import type { Channel } from '../../src/domain/channel.ts';
import type { Dossier } from '../../src/domain/dossier.ts';
import { apologize, endDossier, rateSatisfaction, receiveDossier, requestSupplement, resolveDossier, returnDossier, supplementReturned, updateFacts } from '../../src/domain/dossierLifecycle.ts';
import { SATISFACTION_LEVELS } from '../../src/domain/satisfaction.ts';
import { STARTER_PROCEDURES } from '../../src/domain/starterProcedures.ts';
import { uuidv7 } from '../../src/domain/uuidv7.ts';
import { addCalendarDays, vietnamDayBounds } from '../../src/domain/vietnamTime.ts';
import { weekendOnlyCalendar } from '../../src/domain/workingDays.ts';
import { prng } from '../browser/generateDossiers.ts';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** Channels weighted as a commune sees them: mostly at the desk, a growing online share, some post. */
const CHANNELS: readonly Channel[] = ['in_person', 'in_person', 'in_person', 'in_person', 'online_partial', 'online_partial', 'online_full', 'online_full', 'online_full', 'postal'];
const SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng'];
const GIVEN = ['Thị Hoa', 'Văn Minh', 'Thị Lan', 'Văn Hùng', 'Thị Mai', 'Quang Huy', 'Ngọc Anh', 'Đức Thắng'];

/** What `mixedDossiers` makes. */
export interface MixOptions {
  /** First and last year (inclusive) dossiers are received in. */
  readonly fromYear: number;
  readonly toYear: number;
  /** Officer ids the dossiers are spread over. */
  readonly officers: readonly string[];
  readonly seed: number;
}

/**
 * Realistic dossiers, one after the other, made through the real lifecycle functions
 * (weekends-only calendar): received on working days in office hours over the given years,
 * every starter procedure and channel, codes and applicants on most. About 5% are still
 * pending (a third of those waiting for documents), 3% ended early (rejected, withdrawn,
 * stopped), the rest resolved: ~8% late (half of those with an apology and a new date), ~5%
 * after a supplement round, 90% handed back (5% by post), 40% rated, 0.5% with a complaint.
 * Deterministic for a given seed, and lazy so a million never sit in memory at once.
 */
/** The last day a generated dossier may be received (well before the date the bench runs). */
const LATEST_RECEIPT_MS = Date.UTC(2026, 8, 30);

export function* mixedDossiers(count: number, options: MixOptions): Generator<Dossier> {
  const random = prng(options.seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const firstMs = Date.UTC(options.fromYear, 0, 1);
  // Nothing is received in the future, and a resolution weeks later must be in the past too
  // (the server refuses clocks more than a day ahead of its own): receipts end on 30/09/2026.
  const lastMs = Math.min(Date.UTC(options.toYear + 1, 0, 1), LATEST_RECEIPT_MS);
  const days = Math.round((lastMs - firstMs) / DAY);
  const idBytes = new Uint8Array(10);
  for (let i = 0; i < count; i += 1) {
    let dayMs = firstMs + Math.floor(random() * days) * DAY;
    const dow = new Date(dayMs).getUTCDay();
    if (dow === 0 || dow === 6) dayMs += (dow === 6 ? 2 : 1) * DAY; // the desk is closed at weekends
    // 07:30–17:00 Vietnam time is 00:30–10:00 UTC.
    const receivedAt = new Date(dayMs + (0.5 + random() * 9.5) * HOUR);
    const procedure = pick(STARTER_PROCEDURES);
    for (let b = 0; b < idBytes.length; b += 1) idBytes[b] = Math.floor(random() * 256);
    const withApplicant = random() < 0.7;
    let d = receiveDossier(
      {
        id: uuidv7(receivedAt.getTime(), idBytes),
        procedure,
        channel: pick(CHANNELS),
        receivedAt,
        officerId: pick(options.officers),
        ...(random() < 0.8 ? { code: `HS-${receivedAt.getUTCFullYear()}-${String(i + 1).padStart(7, '0')}` } : {}),
        ...(withApplicant
          ? { applicant: { name: `${pick(SURNAMES)} ${pick(GIVEN)}`, address: `Thôn ${1 + Math.floor(random() * 12)}`, phone: `09${String(Math.floor(random() * 1e8)).padStart(8, '0')}` } }
          : {}),
      },
      weekendOnlyCalendar,
    );
    let now = receivedAt.getTime();
    const later = (maxMs: number) => (now += 10 * 60_000 + random() * maxMs);
    if (random() < 0.05) {
      d = requestSupplement(d, new Date(later(2 * HOUR)), 'Thiếu giấy tờ');
      d = supplementReturned(d, new Date(later(3 * DAY)), weekendOnlyCalendar);
    }
    const fate = random();
    if (fate < 0.05) {
      if (random() < 1 / 3) d = requestSupplement(d, new Date(later(4 * HOUR)), 'Bổ sung bản chính');
    } else if (fate < 0.08) {
      d = endDossier(d, pick(['rejected', 'withdrawn', 'stopped'] as const), new Date(later(DAY)), 'Không đủ điều kiện');
    } else {
      const dueEndMs = Date.parse(vietnamDayBounds(d.dueDate).end);
      const late = random() < 0.08;
      if (late && random() < 0.5) d = apologize(d, new Date(Math.min(dueEndMs - HOUR, later(HOUR))), addCalendarDays(d.dueDate, 2 + Math.floor(random() * 5)), 'Chờ xác minh');
      const resolvedMs = late ? dueEndMs + random() * 5 * DAY : now + 10 * 60_000 + random() * Math.max(0, dueEndMs - now - 20 * 60_000);
      now = Math.max(now, resolvedMs);
      d = resolveDossier(d, new Date(now), {
        digitized: random() < 0.8,
        electronicResult: random() < 0.85,
        reusedData: random() < 0.4,
        paidOnline: procedure.hasFee && random() < 0.5,
        syncedToPortal: random() < 0.9,
        electronicCertifiedCopy: procedure.certifiedCopy && random() < 0.3,
      });
      if (random() < 0.9) d = returnDossier(d, new Date(later(2 * DAY)), { byPost: random() < 0.05 });
      if (random() < 0.4) d = rateSatisfaction(d, new Date(later(HOUR)), pick(SATISFACTION_LEVELS));
      if (random() < 0.005) d = updateFacts(d, new Date(later(5 * DAY)), { complaint: true });
    }
    yield d;
  }
}
