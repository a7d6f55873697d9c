import { describe, expect, it } from 'vitest';
import { isUuidv7, uuidv7 } from './uuidv7.ts';

describe('uuidv7 (RFC 9562 §5.7)', () => {
  it('encodes the millisecond timestamp in the first 48 bits', () => {
    const id = uuidv7(Date.UTC(2026, 10, 26, 2, 0, 0), new Uint8Array(10));
    // 2026-11-26T02:00:00Z = 20_783 days + 2 h = 1_795_658_400_000 ms = 0x01a2_1594_c100
    expect(Date.UTC(2026, 10, 26, 2)).toBe(1_795_658_400_000);
    expect(id).toBe('01a21594-c100-7000-8000-000000000000');
    expect(isUuidv7(id)).toBe(true);
  });

  it('sets version 7 and variant 10 whatever the random bytes', () => {
    const id = uuidv7(0, new Uint8Array(10).fill(0xff));
    expect(id).toBe('00000000-0000-7fff-bfff-ffffffffffff');
  });

  it('sorts by creation time', () => {
    const a = uuidv7(1_000);
    const b = uuidv7(2_000);
    expect(a < b).toBe(true);
  });

  it('rejects other UUID versions', () => {
    expect(isUuidv7('3b241101-e2bb-4255-8caf-4136c566a962')).toBe(false);
  });
});
