import type { Procedure } from './procedure.ts';

/**
 * A short starter list of frequent commune-level procedures. Time limits follow the
 * Civil Status Law 2014 (art. 16, 17, 37) and Decree 23/2015/NĐ-CP (art. 33) as commonly
 * published; the full, editable catalogue arrives with the domain issue.
 */
export const STARTER_PROCEDURES: readonly Procedure[] = [
  { id: 'khai-sinh', code: '1.001193', name: 'Đăng ký khai sinh', field: 'Hộ tịch', timeLimitDays: 0 },
  { id: 'khai-tu', name: 'Đăng ký khai tử', field: 'Hộ tịch', timeLimitDays: 0 },
  { id: 'ket-hon', name: 'Đăng ký kết hôn', field: 'Hộ tịch', timeLimitDays: 0 },
  { id: 'xac-nhan-tinh-trang-hon-nhan', name: 'Cấp Giấy xác nhận tình trạng hôn nhân', field: 'Hộ tịch', timeLimitDays: 3 },
  { id: 'chung-thuc-ban-sao', name: 'Chứng thực bản sao từ bản chính', field: 'Chứng thực', timeLimitDays: 0 },
  { id: 'chung-thuc-chu-ky', name: 'Chứng thực chữ ký', field: 'Chứng thực', timeLimitDays: 0 },
  { id: 'chung-thuc-hop-dong', name: 'Chứng thực hợp đồng, giao dịch', field: 'Chứng thực', timeLimitDays: 2 },
];

/** Looks up a starter procedure by id. */
export function findStarterProcedure(id: string): Procedure | undefined {
  return STARTER_PROCEDURES.find((p) => p.id === id);
}
