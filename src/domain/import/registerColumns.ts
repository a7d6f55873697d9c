import { foldVietnamese } from '../csv/normalizeHeader.ts';

/** The fields a register import reads, one per column. */
export type RegisterField =
  | 'code'
  | 'procedureCode'
  | 'procedureName'
  | 'field'
  | 'timeLimit'
  | 'channel'
  | 'receivedAt'
  | 'appointmentDate'
  | 'resolvedAt'
  | 'returnedAt'
  | 'status'
  | 'digitized'
  | 'electronicResult'
  | 'reusedData'
  | 'paidOnline'
  | 'syncedToPortal'
  | 'returnedByPost'
  | 'satisfaction'
  | 'applicantName'
  | 'address'
  | 'phone'
  | 'note';

/** One column of the import format: the header of the template, and other headers read as the same column. */
export interface RegisterColumn {
  readonly field: RegisterField;
  readonly header: string;
  readonly aliases: readonly string[];
}

/**
 * The columns of "Sổ theo dõi hồ sơ" as this app imports it (docs/IMPORT.md), in template
 * order. Headers match without regard to case, diacritics or spacing. Aliases follow the
 * register's own column names (Mẫu 07, Circular 03/2025/TT-VPCP: "Tên TTHC", "Tên tổ chức,
 * cá nhân", "Ngày hẹn trả kết quả").
 */
export const REGISTER_COLUMNS: readonly RegisterColumn[] = [
  { field: 'code', header: 'Mã hồ sơ', aliases: ['Số hồ sơ'] },
  { field: 'procedureCode', header: 'Mã TTHC', aliases: ['Mã thủ tục'] },
  { field: 'procedureName', header: 'Tên thủ tục', aliases: ['Tên TTHC', 'Tên thủ tục hành chính', 'Thủ tục'] },
  { field: 'field', header: 'Lĩnh vực', aliases: [] },
  { field: 'timeLimit', header: 'Thời hạn (ngày làm việc)', aliases: ['Thời hạn', 'Thời hạn giải quyết', 'Số ngày làm việc'] },
  { field: 'channel', header: 'Hình thức nộp', aliases: ['Hình thức tiếp nhận', 'Kênh nộp', 'Hình thức'] },
  { field: 'receivedAt', header: 'Ngày nhận hồ sơ', aliases: ['Ngày tiếp nhận', 'Ngày nhận', 'Thời điểm tiếp nhận'] },
  { field: 'appointmentDate', header: 'Ngày hẹn trả', aliases: ['Ngày hẹn trả kết quả', 'Hẹn trả'] },
  { field: 'resolvedAt', header: 'Ngày giải quyết xong', aliases: ['Ngày giải quyết', 'Ngày kết thúc', 'Ngày có kết quả', 'Ngày nhận kết quả'] },
  { field: 'returnedAt', header: 'Ngày trả kết quả', aliases: ['Ngày trả'] },
  { field: 'status', header: 'Trạng thái', aliases: ['Tình trạng'] },
  { field: 'digitized', header: 'Số hóa', aliases: ['Số hoá', 'Đã số hóa'] },
  { field: 'electronicResult', header: 'Kết quả điện tử', aliases: ['Cấp kết quả điện tử'] },
  { field: 'reusedData', header: 'Tái sử dụng dữ liệu', aliases: ['Tái sử dụng', 'Sử dụng lại dữ liệu'] },
  { field: 'paidOnline', header: 'Thanh toán trực tuyến', aliases: ['Thanh toán trực tuyến phí, lệ phí'] },
  { field: 'syncedToPortal', header: 'Đồng bộ DVCQG', aliases: ['Đồng bộ Cổng DVCQG', 'Đồng bộ'] },
  { field: 'returnedByPost', header: 'Trả qua bưu chính', aliases: ['Trả kết quả qua bưu chính', 'Trả qua bưu điện'] },
  { field: 'satisfaction', header: 'Mức độ hài lòng', aliases: ['Hài lòng', 'Đánh giá'] },
  { field: 'applicantName', header: 'Họ tên', aliases: ['Họ và tên', 'Tên tổ chức, cá nhân', 'Người nộp'] },
  { field: 'address', header: 'Địa chỉ', aliases: [] },
  { field: 'phone', header: 'Số điện thoại', aliases: ['Điện thoại', 'SĐT'] },
  { field: 'note', header: 'Ghi chú', aliases: [] },
];

/** Row-number columns a register often has; read and ignored. */
const IGNORED_HEADERS = ['TT', 'STT', 'Số TT', 'Số thứ tự'].map(foldVietnamese);

const BY_FOLDED_HEADER: ReadonlyMap<string, RegisterColumn> = new Map(
  REGISTER_COLUMNS.flatMap((column) => [column.header, ...column.aliases].map((h) => [foldVietnamese(h), column] as const)),
);

/** The template's header text of a field, for messages. */
export function headerOf(field: RegisterField): string {
  return REGISTER_COLUMNS.find((c) => c.field === field)?.header ?? field;
}

/** Where each field sits in a file's header row, and what in that row could not be read. */
export interface HeaderMatch {
  readonly index: ReadonlyMap<RegisterField, number>;
  /** Headers that name no column of the format. */
  readonly unknown: readonly string[];
  /** Columns given twice (under the same or another accepted name). */
  readonly repeated: readonly string[];
}

/** Matches a header row against the format (blank header cells are ignored). */
export function matchHeader(cells: readonly string[]): HeaderMatch {
  const index = new Map<RegisterField, number>();
  const unknown: string[] = [];
  const repeated: string[] = [];
  cells.forEach((cell, at) => {
    const folded = foldVietnamese(cell);
    if (folded === '' || IGNORED_HEADERS.includes(folded)) return;
    const column = BY_FOLDED_HEADER.get(folded);
    if (column === undefined) unknown.push(cell.trim());
    else if (index.has(column.field)) repeated.push(cell.trim());
    else index.set(column.field, at);
  });
  return { index, unknown, repeated };
}

/** How many cells of a row are headers of the format: the header row is the first with any. */
export function knownHeaderCount(cells: readonly string[]): number {
  return cells.filter((cell) => BY_FOLDED_HEADER.has(foldVietnamese(cell))).length;
}
