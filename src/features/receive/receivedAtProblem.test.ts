import { describe, expect, it } from 'vitest';
import { receivedAtProblem } from './receivedAtProblem.ts';

describe('receivedAtProblem', () => {
  const now = new Date('2026-11-26T03:00:00Z');

  it('accepts the past and a few minutes of clock drift', () => {
    expect(receivedAtProblem(new Date('2026-11-20T01:00:00Z'), now)).toBeNull();
    expect(receivedAtProblem(new Date('2026-11-26T03:05:00Z'), now)).toBeNull();
  });

  it('refuses a blank time and a time in the future', () => {
    expect(receivedAtProblem(null, now)).toBe('Hãy nhập đủ ngày và giờ tiếp nhận.');
    expect(receivedAtProblem(new Date('2026-11-26T03:05:01Z'), now)).toBe('Thời điểm tiếp nhận không được sau giờ hiện tại.');
  });
});
