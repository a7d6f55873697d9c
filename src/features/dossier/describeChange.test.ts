import { describe, expect, it } from 'vitest';
import { describeChange } from './describeChange.ts';

describe('describeChange', () => {
  it('names fields and values in Vietnamese', () => {
    expect(describeChange({ field: 'status', before: 'received', after: 'resolved' })).toEqual({
      label: 'Trạng thái',
      showsValues: true,
      before: 'Đã tiếp nhận',
      after: 'Đã giải quyết',
    });
    expect(describeChange({ field: 'digitized', before: false, after: true })).toMatchObject({ label: 'Đã số hóa hồ sơ, kết quả', before: 'Không', after: 'Có' });
    expect(describeChange({ field: 'dueDate', before: '2026-12-01', after: '2026-12-03' })).toMatchObject({ before: '01/12/2026', after: '03/12/2026' });
    expect(describeChange({ field: 'satisfaction', before: null, after: 'satisfied' })).toMatchObject({ label: 'Mức độ hài lòng', before: null, after: 'Hài lòng' });
  });

  it('shows instants in Vietnam time', () => {
    expect(describeChange({ field: 'resolvedAt', before: null, after: '2026-11-26T03:05:00.000Z' }).after).toBe('10:05 26/11/2026');
  });

  it('summarises supplement requests and apologies', () => {
    const requested = [{ requestedAt: '2026-11-26T03:00:00.000Z' }];
    const back = [{ requestedAt: '2026-11-26T03:00:00.000Z', returnedAt: '2026-11-27T03:00:00.000Z' }];
    expect(describeChange({ field: 'supplementRequests', before: [], after: requested })).toMatchObject({ before: null, after: '1 lần, đang chờ' });
    expect(describeChange({ field: 'supplementRequests', before: requested, after: back }).after).toBe('1 lần, đã nhận đủ');
    expect(describeChange({ field: 'apology', before: null, after: { issuedAt: 'x', newDate: '2026-12-10', reason: 'Chờ xác minh' } }).after).toBe('hẹn lại 10/12/2026 (Chờ xác minh)');
  });

  it('shows the procedure and personal data by name only', () => {
    expect(describeChange({ field: 'procedure', before: { name: 'A' }, after: { name: 'B' } })).toEqual({ label: 'Thủ tục', showsValues: false, before: null, after: null });
    expect(describeChange({ field: 'applicant', before: null, after: { name: 'Nguyễn Văn A' } }).showsValues).toBe(false);
  });
});
