/**
 * A hybrid logical clock (Kulkarni et al., "Logical Physical Clocks", 2014): close to wall
 * time, yet strictly increasing on each device and always ahead of every clock the device has
 * seen, so that an edit made after reading another officer's edit orders after it even when
 * the two phones' clocks disagree.
 *
 * A reading is kept as fixed-width text (see `HlcSchema` in protocol.ts) so that string order
 * is clock order: `wallMs` in 15 digits, `counter` in 6 base-36 digits, then the node id.
 */
export interface HlcReading {
  readonly wallMs: number;
  readonly counter: number;
  readonly node: string;
}

const WALL_DIGITS = 15;
const COUNTER_DIGITS = 6;
const MAX_COUNTER = 36 ** COUNTER_DIGITS - 1;
const PATTERN = /^(\d{15}):([0-9a-z]{6}):([0-9a-z-]{1,64})$/;

/** The text form of a reading. */
export function formatHlc({ wallMs, counter, node }: HlcReading): string {
  return `${String(wallMs).padStart(WALL_DIGITS, '0')}:${counter.toString(36).padStart(COUNTER_DIGITS, '0')}:${node}`;
}

/** Reads the text form; null when it is not one. */
export function parseHlc(text: string): HlcReading | null {
  const match = PATTERN.exec(text);
  if (match === null) return null;
  return { wallMs: Number(match[1]), counter: parseInt(match[2]!, 36), node: match[3]! };
}

/**
 * How far ahead of the real time a clock reading may be. A phone whose date was set wrong (a
 * year ahead) would otherwise win every conflict forever: the server refuses such readings, and
 * a phone whose date was put right starts again from the real time.
 */
export const MAX_CLOCK_AHEAD_MS = 24 * 60 * 60 * 1000;

/** Whether a reading is further ahead of `nowMs` than any real clock could be. */
export function isTooFarAhead(reading: HlcReading, nowMs: number): boolean {
  return reading.wallMs > nowMs + MAX_CLOCK_AHEAD_MS;
}

/**
 * The clock reading for a local event at wall time `nowMs`, after `last` (this device's latest).
 * A `last` too far ahead (the phone's date was wrong, and has been put right) is dropped.
 */
export function tick(last: HlcReading | null, nowMs: number, node: string): HlcReading {
  if (last === null || nowMs > last.wallMs || isTooFarAhead(last, nowMs)) return { wallMs: Math.floor(nowMs), counter: 0, node };
  return bump(last.wallMs, last.counter, node);
}

/** This device's clock after seeing `remote` (a reading from another device) at wall time `nowMs`. */
export function receive(last: HlcReading | null, remote: HlcReading, nowMs: number, node: string): HlcReading {
  const localWall = last?.wallMs ?? 0;
  const wallMs = Math.max(localWall, remote.wallMs, Math.floor(nowMs));
  if (wallMs === Math.floor(nowMs) && wallMs > localWall && wallMs > remote.wallMs) return { wallMs, counter: 0, node };
  const counter = Math.max(wallMs === localWall ? (last?.counter ?? 0) : -1, wallMs === remote.wallMs ? remote.counter : -1);
  return bump(wallMs, counter, node);
}

/** The next reading after (wallMs, counter); a full counter moves on to the next millisecond. */
function bump(wallMs: number, counter: number, node: string): HlcReading {
  return counter >= MAX_COUNTER ? { wallMs: wallMs + 1, counter: 0, node } : { wallMs, counter: counter + 1, node };
}

/**
 * The clock a snapshot made before merging existed gets for all its registers: its
 * `updatedAt`, counter 0, the device that sent it.
 */
export function legacyClock(updatedAtMs: number, node: string): string {
  return formatHlc({ wallMs: Math.max(0, Math.floor(updatedAtMs)), counter: 0, node });
}
