import { describe, expect, it } from 'vitest';
import { describeDataLoss, findDataLoss } from './dataLoss.ts';

const local = (highestSeq: number, unsent: number[] = [], firstSeq = 1) => ({ highestSeq, unsentSeqs: new Set(unsent), firstSeq });

describe('findDataLoss (sync issue, item 7)', () => {
  it('finds nothing when the server holds exactly what the phone delivered', () => {
    expect(findDataLoss({ maxSeq: 10, missing: [] }, local(12, [11, 12]))).toEqual([]);
    expect(describeDataLoss([])).toBeNull();
  });

  it('the phone remembers fewer changes than the server holds: wiped or restored storage', () => {
    expect(findDataLoss({ maxSeq: 40, missing: [] }, local(25))).toEqual([{ kind: 'device_behind', serverMaxSeq: 40, localHighestSeq: 25 }]);
  });

  it('gaps on the server that the phone still queues, holds in quarantine or discarded are not lost; the rest are', () => {
    const findings = findDataLoss({ maxSeq: 20, missing: [[3, 6], [9, 9]] }, local(20, [4, 9]));
    expect(findings).toEqual([{ kind: 'lost_before_sending', ranges: [[3, 3], [5, 6]] }]);
    expect(describeDataLoss(findings)).toContain('Có 3 thay đổi ghi trên máy này chưa bao giờ tới máy chủ và máy không còn giữ (số thứ tự 3, 5–6)');
  });

  it('changes the phone delivered above the server\u2019s highest: the server was restored from an old backup', () => {
    expect(findDataLoss({ maxSeq: 10, missing: [] }, local(15, [15]))).toEqual([{ kind: 'server_behind', from: 11, to: 14 }]);
  });

  it('ignores what the phone sent before it enrolled in this unit', () => {
    // Seqs 1–5 went to another unit; this unit's server first saw seq 6.
    expect(findDataLoss({ maxSeq: 0, missing: [] }, local(5, [], 6))).toEqual([]);
    expect(findDataLoss({ maxSeq: 8, missing: [[1, 5]] }, local(8, [], 6))).toEqual([]);
  });
});
