import type { Procedure } from './procedure.ts';

/**
 * The starter catalogue of frequent commune-level procedures. Time limits follow the
 * Civil Status Law 2014 (Luật Hộ tịch, art. 16, 17, 18, 33, 37), Decree 123/2015/NĐ-CP
 * (art. 22), Decree 23/2015/NĐ-CP (art. 21, 33: chứng thực, with the 15:00 cut-off of art. 7)
 * and the procedures published on the National Public Service Portal. National codes are
 * given only where verified (1.001193 đăng ký khai sinh, DOMAIN.md). The user edits this
 * list in Settings; every entry is data, never a rule in code.
 */
export const STARTER_PROCEDURES: readonly Procedure[] = [
  { id: 'khai-sinh', code: '1.001193', name: 'Đăng ký khai sinh', field: 'Hộ tịch', timeLimit: { unit: 'same_day' }, cutoff: '15:00', hasFee: false, paperResult: true, certifiedCopy: false },
  { id: 'khai-tu', name: 'Đăng ký khai tử', field: 'Hộ tịch', timeLimit: { unit: 'same_day' }, cutoff: '15:00', hasFee: false, paperResult: true, certifiedCopy: false },
  { id: 'ket-hon', name: 'Đăng ký kết hôn', field: 'Hộ tịch', timeLimit: { unit: 'same_day' }, cutoff: '15:00', hasFee: false, paperResult: true, certifiedCopy: false },
  { id: 'xac-nhan-tinh-trang-hon-nhan', name: 'Cấp Giấy xác nhận tình trạng hôn nhân', field: 'Hộ tịch', timeLimit: { unit: 'working_days', amount: 3 }, hasFee: true, paperResult: true, certifiedCopy: false },
  { id: 'trich-luc-ho-tich', name: 'Cấp bản sao trích lục hộ tịch', field: 'Hộ tịch', timeLimit: { unit: 'same_day' }, cutoff: '15:00', hasFee: true, paperResult: true, certifiedCopy: false },
  { id: 'thay-doi-cai-chinh-ho-tich', name: 'Đăng ký thay đổi, cải chính, bổ sung thông tin hộ tịch', field: 'Hộ tịch', timeLimit: { unit: 'working_days', amount: 3 }, hasFee: true, paperResult: true, certifiedCopy: false },
  { id: 'chung-thuc-ban-sao', name: 'Chứng thực bản sao từ bản chính', field: 'Chứng thực', timeLimit: { unit: 'same_day' }, cutoff: '15:00', hasFee: true, paperResult: true, certifiedCopy: true },
  { id: 'chung-thuc-chu-ky', name: 'Chứng thực chữ ký', field: 'Chứng thực', timeLimit: { unit: 'same_day' }, cutoff: '15:00', hasFee: true, paperResult: true, certifiedCopy: false },
  { id: 'chung-thuc-hop-dong', name: 'Chứng thực hợp đồng, giao dịch', field: 'Chứng thực', timeLimit: { unit: 'working_days', amount: 2 }, hasFee: true, paperResult: true, certifiedCopy: false },
  // Social support limits vary with Decree 20/2021/NĐ-CP's steps across levels: to verify locally.
  { id: 'tro-cap-xa-hoi', name: 'Trợ giúp xã hội thường xuyên tại cộng đồng', field: 'Bảo trợ xã hội', timeLimit: { unit: 'working_days', amount: 7 }, hasFee: false, paperResult: true, certifiedCopy: false },
  { id: 'mai-tang-phi', name: 'Hỗ trợ chi phí mai táng cho đối tượng bảo trợ xã hội', field: 'Bảo trợ xã hội', timeLimit: { unit: 'working_days', amount: 3 }, hasFee: false, paperResult: true, certifiedCopy: false },
];

/** Looks up a starter procedure by id. */
export function findStarterProcedure(id: string): Procedure | undefined {
  return STARTER_PROCEDURES.find((p) => p.id === id);
}
