import { describe, expect, it } from 'vitest';
import type { CloseOutFigures } from './closeOutFigures.ts';
import { closeOutSummary } from './closeOutSummary.ts';

const figures: CloseOutFigures = {
  received: 1234,
  receivedByChannel: { in_person: 6, postal: 1, online_partial: 2, online_full: 1225 },
  resolved: 7,
  resolvedEarly: 3,
  resolvedOnTime: 3,
  resolvedLate: 1,
  returned: 5,
  ended: 1,
  pending: 20,
  pendingOverdue: 2,
};

describe('closeOutSummary', () => {
  it('writes the day in Vietnamese, with vi-VN numbers and the Vietnam time of confirmation', () => {
    // Online = 1.225 in full + 2 in part = 1.227; 09:45 UTC is 16:45 in Vietnam (UTC+7).
    const text = closeOutSummary({ unitName: 'UBND xã Cam Thịnh Tây', officerName: 'Nguyễn Thị Lan', day: '2026-11-26', confirmedAt: '2026-11-26T09:45:00.000Z', figures });
    expect(text).toBe(
      [
        'UBND xã Cam Thịnh Tây – Nguyễn Thị Lan',
        'Chốt số liệu ngày 26/11/2026',
        'Tiếp nhận: 1.234 (trực tuyến 1.227, trực tiếp 6, bưu chính 1)',
        'Đã giải quyết: 7 (trước hạn 3, đúng hạn 3, quá hạn 1)',
        'Đã trả kết quả: 5',
        'Từ chối, rút, dừng: 1',
        'Đang giải quyết: 20 (quá hạn 2)',
        'Chốt lúc 16:45',
      ].join('\n'),
    );
  });

  it('leaves out the names and the time it does not have', () => {
    const text = closeOutSummary({ unitName: null, officerName: 'Lan', day: '2026-12-31', confirmedAt: null, figures });
    expect(text.split('\n').slice(0, 2)).toEqual(['Lan', 'Chốt số liệu ngày 31/12/2026']);
    expect(text).not.toContain('Chốt lúc');
    // 20:30 UTC on 05/01 is 03:30 on 06/01 in Vietnam: the time is Vietnam's, the day the one given.
    const noNames = closeOutSummary({ unitName: ' ', officerName: null, day: '2026-01-05', confirmedAt: '2026-01-05T20:30:00.000Z', figures });
    expect(noNames.split('\n')[0]).toBe('Chốt số liệu ngày 05/01/2026');
    expect(noNames.split('\n').at(-1)).toBe('Chốt lúc 03:30');
  });
});
