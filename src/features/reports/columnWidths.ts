import type { Table } from '../../domain/export/table.ts';

/**
 * Column widths in % of the printable width (they add up to 100), so an A4 landscape page
 * holds every column with `table-layout: fixed` and nothing is clipped.
 */
const WIDTHS: Readonly<Record<string, readonly number[]>> = {
  // TT, Mã, Tên TTHC, SL, Tên tổ chức/cá nhân, Địa chỉ/ĐT, Cơ quan, 5 dates, Ký nhận, Ghi chú.
  'So-theo-doi': [4, 6, 12, 4, 9, 9, 7, 7, 7, 5, 7, 7, 4, 12],
  // STT, Lĩnh vực, then 11 counts.
  'Bieu-06': [5, 15, ...Array<number>(11).fill(80 / 11)],
  // STT, Chỉ tiêu, Chỉ tiêu kế hoạch, Kết quả, Tử số/Mẫu số, Đánh giá, Ghi chú.
  'Bao-cao-ke-hoach': [5, 33, 14, 12, 9, 10, 17],
};

/** The widths of a table's columns in %, equal when the table is not one of ours. */
export function columnWidths(table: Table): number[] {
  const count = Math.max(0, ...table.header.map((row) => row.length), ...table.rows.map((row) => row.length));
  const known = WIDTHS[table.name];
  return known !== undefined && known.length === count ? [...known] : Array<number>(count).fill(100 / Math.max(count, 1));
}
