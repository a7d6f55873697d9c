import { tableToCsv } from '../export/csvWrite.ts';
import { REGISTER_COLUMNS } from './registerColumns.ts';

/** File name of the register import template (public/, served with the app). */
export const REGISTER_TEMPLATE_FILE = 'mau-nhap-so-theo-doi.csv';

/**
 * The template an officer downloads: every column of docs/IMPORT.md and two example rows,
 * one returned at the desk the same day, one received online and still in progress.
 * public/mau-nhap-so-theo-doi.csv holds exactly this text (a test checks it).
 */
export function registerCsvTemplate(): string {
  const examples = [
    ['HS-2026-0001', '1.001193', 'Đăng ký khai sinh', 'Hộ tịch', '', 'Trực tiếp', '05/01/2026 08:30', '', '05/01/2026 10:00', '05/01/2026 10:15', '', 'Có', 'Có', 'Không', 'Không', 'Có', 'Không', 'Hài lòng', 'Nguyễn Văn A', 'Thôn 1', '0912345678', ''],
    ['', '', 'Cấp Giấy xác nhận tình trạng hôn nhân', 'Hộ tịch', '3', 'Trực tuyến toàn trình', '06/01/2026 14:00', '', '', '', 'Đang giải quyết', 'Có', 'Không', 'Có', 'Có', 'Không', 'Không', '', '', '', '', 'Nộp qua Cổng DVCQG'],
  ];
  return tableToCsv({ name: 'mau-nhap-so-theo-doi', title: [], header: [REGISTER_COLUMNS.map((c) => c.header)], rows: examples });
}
