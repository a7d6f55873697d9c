import { describe, expect, it } from 'vitest';
import { detailsInput, NO_DETAILS, phoneProblem } from './optionalDetails.ts';

describe('optional details', () => {
  it('leaves blank fields out of the receipt', () => {
    expect(detailsInput(NO_DETAILS)).toEqual({});
    expect(detailsInput({ code: '  ', name: ' ', phone: '' })).toEqual({});
  });

  it('keeps what was typed, trimmed', () => {
    expect(detailsInput({ code: ' HS-01 ', name: ' Nguyễn  Văn An ', phone: '' })).toEqual({ code: 'HS-01', applicant: { name: 'Nguyễn Văn An' } });
    expect(detailsInput({ code: '', name: '', phone: '0912 345 678' })).toEqual({ applicant: { phone: '0912 345 678' } });
  });

  it('accepts the usual phone spellings and refuses letters', () => {
    expect(phoneProblem('')).toBeNull();
    expect(phoneProblem('+84 912.345.678')).toBeNull();
    expect(phoneProblem('(024) 3825-1234')).toBeNull();
    expect(phoneProblem('0912abc')).toMatch(/^Số điện thoại/);
    expect(phoneProblem('0'.repeat(21))).toMatch(/^Số điện thoại/);
  });
});
