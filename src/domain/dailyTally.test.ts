import { describe, expect, it } from 'vitest';
import { tallyDay } from './dailyTally.ts';
import type { Dossier } from './dossier.ts';
import { receiveDossier, resolveDossier, returnDossier } from './dossierLifecycle.ts';
import { STARTER_PROCEDURES } from './starterProcedures.ts';
import { uuidv7 } from './uuidv7.ts';
import { weekendOnlyCalendar } from './workingDays.ts';
import type { Channel } from './channel.ts';

const procedure = STARTER_PROCEDURES[0]!;
const receive = (channel: Channel, at: string): Dossier =>
  receiveDossier({ id: uuidv7(), procedure, channel, receivedAt: new Date(at) }, weekendOnlyCalendar);
const flags = { digitized: false, electronicResult: false };

describe('tallyDay ("Hôm nay")', () => {
  it('counts one hand-worked day in Vietnam time', () => {
    const day = '2026-11-26';
    const dossiers = [
      receive('in_person', '2026-11-26T01:00:00Z'), // 08:00 VN on the 26th: received
      receive('online_full', '2026-11-26T02:00:00Z'), // received, online
      receive('online_partial', '2026-11-26T09:00:00Z'), // 16:00 VN: received, online
      receive('postal', '2026-11-25T16:59:00Z'), // 23:59 VN on the 25th: not today
      receive('in_person', '2026-11-26T17:00:00Z'), // 00:00 VN on the 27th: not today
    ];
    // Yesterday's postal dossier resolved today at 10:00 VN and returned today at 11:00 VN.
    dossiers[3] = returnDossier(resolveDossier(dossiers[3]!, new Date('2026-11-26T03:00:00Z'), flags), new Date('2026-11-26T04:00:00Z'));
    // Today's first dossier resolved today, not returned.
    dossiers[0] = resolveDossier(dossiers[0]!, new Date('2026-11-26T05:00:00Z'), flags);

    const tally = tallyDay(dossiers, day);
    // received today: #0, #1, #2 → 3; online: #1, #2 → 2 of 3.
    expect(tally).toEqual({
      day,
      received: 3,
      resolved: 2,
      returned: 1,
      receivedByChannel: { in_person: 1, postal: 0, online_partial: 1, online_full: 1 },
      onlineShare: { numerator: 2, denominator: 3 },
    });
  });

  it('reports no data, not 0%, on an empty day', () => {
    expect(tallyDay([], '2026-11-26').onlineShare).toEqual({ numerator: 0, denominator: 0 });
  });
});
