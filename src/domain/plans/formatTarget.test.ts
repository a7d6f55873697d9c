import { describe, expect, it } from 'vitest';
import { formatTarget, formatThreshold } from './formatTarget.ts';

describe('formatTarget', () => {
  it('words each comparator as the plans do', () => {
    expect(formatTarget({ kind: 'percent', value: 45, comparator: 'gte' })).toBe('Tối thiểu 45%');
    expect(formatTarget({ kind: 'percent', value: 99.5, comparator: 'gt' })).toBe('Trên 99,5%');
    expect(formatTarget({ kind: 'percent', value: 100, comparator: 'eq' })).toBe('Đạt 100%');
  });

  it('shows a text target as written', () => {
    expect(formatTarget({ kind: 'text', text: 'Năm trong nhóm các đơn vị dẫn đầu khối UBND phường, xã' })).toBe(
      'Năm trong nhóm các đơn vị dẫn đầu khối UBND phường, xã',
    );
  });

  it('words a floor', () => {
    expect(formatThreshold({ value: 95, comparator: 'gte' })).toBe('Tối thiểu 95%');
  });
});
