import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatHlc, MAX_CLOCK_AHEAD_MS, parseHlc, receive, tick, type HlcReading } from './hybridLogicalClock.ts';

const NODE_A = '019a0000-0000-7000-8000-00000000000a';
const NODE_B = '019a0000-0000-7000-8000-00000000000b';

describe('hybrid logical clock', () => {
  it('reads back what it writes, and text order is clock order', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 45 }), fc.integer({ min: 0, max: 36 ** 6 - 1 }), fc.integer({ min: 0, max: 2 ** 45 }), fc.integer({ min: 0, max: 36 ** 6 - 1 }), (w1, c1, w2, c2) => {
        const a: HlcReading = { wallMs: w1, counter: c1, node: NODE_A };
        const b: HlcReading = { wallMs: w2, counter: c2, node: NODE_A };
        expect(parseHlc(formatHlc(a))).toEqual(a);
        const byNumbers = w1 - w2 || c1 - c2;
        const byText = formatHlc(a) < formatHlc(b) ? -1 : formatHlc(a) > formatHlc(b) ? 1 : 0;
        expect(Math.sign(byText)).toBe(Math.sign(byNumbers));
      }),
    );
  });

  it('follows the wall clock when it moves forward', () => {
    expect(tick({ wallMs: 1000, counter: 5, node: NODE_A }, 2000, NODE_A)).toEqual({ wallMs: 2000, counter: 0, node: NODE_A });
  });

  it('still moves forward when the wall clock stands still or goes back (a phone whose time was corrected)', () => {
    const last = { wallMs: 5000, counter: 2, node: NODE_A };
    expect(tick(last, 5000, NODE_A)).toEqual({ wallMs: 5000, counter: 3, node: NODE_A });
    expect(tick(last, 1000, NODE_A)).toEqual({ wallMs: 5000, counter: 3, node: NODE_A });
  });

  it('orders a local edit after every clock the device has seen, even from a phone whose clock runs ahead (up to a day)', () => {
    const ahead = fc.integer({ min: -(2 ** 43), max: MAX_CLOCK_AHEAD_MS });
    fc.assert(
      fc.property(fc.integer({ min: 2 ** 43, max: 2 ** 44 }), ahead, ahead, fc.integer({ min: 0, max: 1000 }), (now, localAhead, remoteAhead, remoteCounter) => {
        const [localWall, remoteWall] = [now + localAhead, now + remoteAhead];
        const last = { wallMs: localWall, counter: 0, node: NODE_A };
        const remote = { wallMs: remoteWall, counter: remoteCounter, node: NODE_B };
        const seen = receive(last, remote, now, NODE_A);
        const next = tick(seen, now, NODE_A);
        expect(formatHlc(seen) > formatHlc(remote)).toBe(true);
        expect(formatHlc(seen) > formatHlc(last)).toBe(true);
        expect(formatHlc(next) > formatHlc(seen)).toBe(true);
      }),
    );
  });

  it('starts again from the real time once a phone\u2019s wrong date (a year ahead) is put right', () => {
    const wrongDate = { wallMs: Date.parse('2027-11-26T02:00:00Z'), counter: 4, node: NODE_A };
    const now = Date.parse('2026-11-26T02:00:00Z');
    expect(tick(wrongDate, now, NODE_A)).toEqual({ wallMs: now, counter: 0, node: NODE_A });
    // Within a day ahead is a clock that is merely fast: still followed.
    const fast = { wallMs: now + 60 * 60_000, counter: 0, node: NODE_A };
    expect(tick(fast, now, NODE_A)).toEqual({ wallMs: now + 60 * 60_000, counter: 1, node: NODE_A });
  });

  it('refuses text that is not a clock reading', () => {
    expect(parseHlc('2026-11-26T02:00:00Z')).toBeNull();
    expect(parseHlc('')).toBeNull();
  });
});
