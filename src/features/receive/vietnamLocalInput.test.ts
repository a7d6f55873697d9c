import { describe, expect, it } from 'vitest';
import { fromVietnamLocalInput, toVietnamLocalInput } from './vietnamLocalInput.ts';

describe('Vietnam datetime-local values', () => {
  it('shows an instant in Vietnam time, across the UTC date line', () => {
    expect(toVietnamLocalInput(new Date('2026-11-26T02:41:30Z'))).toBe('2026-11-26T09:41');
    expect(toVietnamLocalInput(new Date('2026-11-25T17:05:00Z'))).toBe('2026-11-26T00:05');
  });

  it('reads a value as Vietnam time, with or without seconds', () => {
    expect(fromVietnamLocalInput('2026-11-26T09:41')?.toISOString()).toBe('2026-11-26T02:41:00.000Z');
    expect(fromVietnamLocalInput('2026-11-26T00:05:07')?.toISOString()).toBe('2026-11-25T17:05:07.000Z');
    expect(fromVietnamLocalInput('2026-11-26T09:41:00.000')?.toISOString()).toBe('2026-11-26T02:41:00.000Z');
  });

  it('round-trips to the minute', () => {
    const at = new Date('2026-03-01T16:59:00Z');
    expect(fromVietnamLocalInput(toVietnamLocalInput(at))).toEqual(at);
  });

  it('refuses blanks and impossible dates', () => {
    expect(fromVietnamLocalInput('')).toBeNull();
    expect(fromVietnamLocalInput('2026-02-30T09:00')).toBeNull();
    expect(fromVietnamLocalInput('2026-11-26T24:00')).toBeNull();
    expect(fromVietnamLocalInput('26/11/2026 09:00')).toBeNull();
  });
});
