import { describe, expect, it } from 'vitest';
import { FLOW_HEADER } from '../../domain/reports/flowTable.ts';
import { REGISTER_HEADER } from '../../domain/reports/registerTable.ts';
import { headerCells } from './headerCells.ts';

const spans = (header: readonly (readonly (string | null)[])[]) => headerCells(header).map((row) => row.map((c) => `${c.text}:${c.colSpan}x${c.rowSpan}`));

describe('headerCells', () => {
  it('lays out Biểu 06 as on the paper form', () => {
    expect(spans(FLOW_HEADER)).toEqual([
      // STT and Lĩnh vực span all three rows; the three groups span 4, 4 and 3 columns.
      ['STT:1x3', 'Lĩnh vực:1x3', 'Số hồ sơ nhận giải quyết:4x1', 'Số hồ sơ đã giải quyết:4x1', 'Số hồ sơ đang giải quyết:3x1'],
      // Under "nhận": Tổng số (2 rows), Trong kỳ (2 columns), Từ kỳ trước (2 rows); the rest 2 rows each.
      ['Tổng số:1x2', 'Trong kỳ:2x1', 'Từ kỳ trước:1x2', 'Tổng số:1x2', 'Trước hạn:1x2', 'Đúng hạn:1x2', 'Quá hạn:1x2', 'Tổng số:1x2', 'Trong hạn:1x2', 'Quá hạn:1x2'],
      ['Trực tuyến:1x1', 'Trực tiếp, dịch vụ bưu chính:1x1'],
    ]);
  });

  it('lays out Mẫu 07 with its five dates grouped', () => {
    const rows = spans(REGISTER_HEADER);
    expect(rows[0]).toContain('Ngày, tháng, năm:5x1');
    expect(rows[0]).toContain('Ghi chú:1x2');
    expect(rows[1]).toEqual(['Nhận hồ sơ:1x1', 'Hẹn trả kết quả:1x1', 'Chuyển hồ sơ đến cơ quan giải quyết:1x1', 'Nhận kết quả từ cơ quan giải quyết:1x1', 'Trả kết quả:1x1']);
  });

  it('keeps a one-row header as it is', () => {
    expect(spans([['A', 'B', null]])).toEqual([['A:1x1', 'B:2x1']]);
  });
});
