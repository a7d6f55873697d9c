import type { Channel } from '../../src/domain/channel.ts';
import type { Dossier } from '../../src/domain/dossier.ts';
import { endDossier, rateSatisfaction, receiveDossier, resolveDossier, returnDossier } from '../../src/domain/dossierLifecycle.ts';
import { STARTER_PROCEDURES } from '../../src/domain/starterProcedures.ts';
import { uuidv7 } from '../../src/domain/uuidv7.ts';
import type { WorkingDayCalendar } from '../../src/domain/workingDays.ts';

/** A small deterministic PRNG (mulberry32), so every bench run stores the same dossiers. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CHANNELS: readonly Channel[] = ['in_person', 'in_person', 'online_partial', 'online_full', 'online_full', 'postal'];

/**
 * `count` realistic dossiers of one year, made through the real lifecycle functions: spread
 * over office hours, 3 officers, the starter procedures, mixed channels; most resolved.
 */
export function generateDossiers(count: number, year: number, calendar: WorkingDayCalendar, seed = 7): Dossier[] {
  const random = prng(seed);
  const start = Date.UTC(year, 0, 1) - 7 * 3_600_000;
  const out: Dossier[] = [];
  for (let i = 0; i < count; i += 1) {
    const day = Math.floor(random() * 365);
    const at = new Date(start + day * 86_400_000 + (7.5 + random() * 9) * 3_600_000);
    const procedure = STARTER_PROCEDURES[Math.floor(random() * STARTER_PROCEDURES.length)]!;
    const channel = CHANNELS[Math.floor(random() * CHANNELS.length)]!;
    const bytes = new Uint8Array(10);
    for (let b = 0; b < 10; b += 1) bytes[b] = Math.floor(random() * 256);
    let d = receiveDossier({ id: uuidv7(at.getTime(), bytes), procedure, channel, receivedAt: at, officerId: `officer-${1 + Math.floor(random() * 3)}` }, calendar);
    const fate = random();
    const later = new Date(at.getTime() + random() * 5 * 86_400_000);
    if (fate < 0.85) {
      d = resolveDossier(d, later, { digitized: random() < 0.8, electronicResult: random() < 0.9, reusedData: random() < 0.5, paidOnline: random() < 0.5, syncedToPortal: random() < 0.95 });
      if (random() < 0.9) d = returnDossier(d, new Date(later.getTime() + 3_600_000));
      if (random() < 0.4) d = rateSatisfaction(d, later, random() < 0.9 ? 'satisfied' : 'dissatisfied');
    } else if (fate < 0.88) {
      d = endDossier(d, 'rejected', later, 'Không đủ điều kiện');
    }
    out.push(d);
  }
  return out;
}
