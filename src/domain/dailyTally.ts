import { CHANNELS, isOnlineChannel, type Channel } from './channel.ts';
import type { Dossier } from './dossier.ts';
import type { Ratio } from './ratio.ts';
import { vietnamDateKey, type DateKey } from './vietnamTime.ts';

/** The figures of "Hôm nay": what happened at the desk on one Vietnam calendar day. */
export interface DailyTally {
  readonly day: DateKey;
  readonly received: number;
  readonly resolved: number;
  readonly returned: number;
  readonly receivedByChannel: Readonly<Record<Channel, number>>;
  /** Received online (whole or in part) over received, the "hồ sơ trực tuyến" row of every plan. */
  readonly onlineShare: Ratio;
}

/** Tallies the dossiers received, resolved and returned on `day` (Vietnam time). */
export function tallyDay(dossiers: Iterable<Dossier>, day: DateKey): DailyTally {
  const byChannel = Object.fromEntries(CHANNELS.map((c) => [c, 0])) as Record<Channel, number>;
  let received = 0;
  let resolved = 0;
  let returned = 0;
  let online = 0;
  for (const d of dossiers) {
    if (d.voidedAt !== undefined) continue;
    if (vietnamDateKey(d.receivedAt) === day) {
      received += 1;
      byChannel[d.channel] += 1;
      if (isOnlineChannel(d.channel)) online += 1;
    }
    if (d.resolvedAt !== undefined && vietnamDateKey(d.resolvedAt) === day) resolved += 1;
    if (d.returnedAt !== undefined && vietnamDateKey(d.returnedAt) === day) returned += 1;
  }
  return { day, received, resolved, returned, receivedByChannel: byChannel, onlineShare: { numerator: online, denominator: received } };
}
