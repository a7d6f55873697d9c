import type { Plan } from '../planSchema.ts';
import { indicator, manual, percent, SATISFACTION_766_NOTE } from './rowBuilders.ts';

const NQ01 = 'Thực hiện theo Nghị quyết số 01/NQ-CP ngày 05/01/2024 của Chính phủ';
const NQ02 = 'Thực hiện theo Nghị quyết số 02/NQ-CP ngày 05/01/2024 của Chính phủ';
const CV221 = 'Công văn số 221/VPCP- KSTT ngày 10/01/2024 của Văn phòng Chính phủ';

/** Cam Thịnh Tây commune (Cam Ranh, Khánh Hòa), 2024 focused procedure-reform plan: the whole Phụ lục. */
export const plan000CamThinhTay2024: Plan = {
  id: 'preset-000-cam-thinh-tay-2024',
  name: 'Kế hoạch cải cách thủ tục hành chính trọng tâm năm 2024 trên địa bàn xã Cam Thịnh Tây',
  unitName: 'UBND xã Cam Thịnh Tây',
  year: 2024,
  // The seed leaves the number and day blank: "Quyết định số /QĐ-UBND ngày / 03 /2024".
  source: 'Quyết định số …/QĐ-UBND ngày …/03/2024 của UBND xã Cam Thịnh Tây',
  annexTitle: 'CHỈ TIÊU CỤ THỂ VỀ CẢI CÁCH THỦ TỤC HÀNH CHÍNH XÃ CAM THỊNH TÂY NĂM 2024',
  // Kế hoạch, mục III.3.
  reportingNote:
    'Hàng tháng theo lĩnh vực phụ trách vào ngày làm việc đầu tiên của tháng tiếp theo thực hiện thống kê số liệu hồ sơ tiếp nhận trong tháng trước từ ngày 01 đến hết ngày 31 báo cáo về cho Văn phòng - Thống kê tổng hợp gửi về phòng Nội vụ trước ngày 05 hàng tháng.',
  note:
    'Phần nội dung kế hoạch còn nêu hai chỉ tiêu không có trong Phụ lục: rà soát 100% TTHC nội bộ, cắt giảm, đơn giản hóa ít nhất 20% TTHC và ít nhất 20% chi phí tuân thủ, hoàn thành trong tháng 8 năm 2024 (mục II.1.c); tiếp nhận và trả kết quả 100% hồ sơ TTHC qua hệ thống thông tin giải quyết TTHC của tỉnh (mục II.2).',
  sections: [
    {
      code: 'I',
      title: 'Chỉ tiêu cụ thể về thực hiện thủ tục hành chính trên môi trường điện tử',
      rows: [
        {
          kind: 'target',
          id: 'I.1',
          code: '1',
          label: 'Tỷ lệ thanh toán trực tuyến trên Cổng Dịch vụ công Quốc gia trên tổng số giao dịch thanh toán của dịch vụ công.',
          target: percent(45, 'gte'),
          source: indicator('online_payment'),
          legalBasis: `${NQ01} và theo Công văn số 221/VPCP- KSTT ngày 10 tháng 01 năm 2024 của Văn phòng Chính phủ (Phụ lục II, mục 1, số thứ tự thứ 4).`,
        },
        {
          kind: 'target',
          id: 'I.2',
          code: '2',
          label: 'Tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận, giải quyết TTHC.',
          target: percent(50, 'gte'),
          source: indicator('online_received'),
          legalBasis: `${NQ01} và theo ${CV221} (Phụ lục II, mục 1, số thứ tự thứ 5).`,
        },
        {
          kind: 'target',
          id: 'I.3',
          code: '3',
          label: 'Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC.',
          target: percent(80, 'gte'),
          source: indicator('digitized'),
          legalBasis: `${NQ01} và theo ${CV221} (Phụ lục II, mục 1, số thứ tự thứ 6).`,
        },
        {
          kind: 'target',
          id: 'I.4',
          code: '4',
          label: 'Tỷ lệ kết quả xử lý hồ sơ TTHC được đồng bộ đầy đủ trên Cổng Dịch vụ công Quốc gia.',
          target: percent(100, 'eq'),
          source: indicator('portal_synced'),
          legalBasis: `${NQ01} và theo ${CV221} (Phụ lục II, mục 1, số thứ tự thứ 8).`,
        },
      ],
    },
    {
      code: 'II',
      title:
        'Thực hiện chỉ tiêu về nâng cao chất lượng phục vụ người dân, doanh nghiệp trong thực hiện TTHC, dịch vụ công trực tuyến',
      rows: [
        {
          kind: 'target',
          id: 'II.1',
          code: '1',
          label: 'Tỷ lệ kết quả giải quyết TTHC điện tử.',
          target: percent(100, 'eq'),
          source: indicator('electronic_result'),
          legalBasis: `${NQ02} và theo ${CV221} (Phụ lục II, mục 2, số thứ tự thứ 5).`,
        },
        {
          kind: 'target',
          id: 'II.2',
          code: '2',
          label: 'Tỷ lệ thực hiện chứng thực bản sao điện tử từ bản chính tại UBND cấp xã và UBND thành phố.',
          target: percent(100, 'eq'),
          source: indicator('electronic_certified_copy'),
          legalBasis: `${NQ02} và theo ${CV221} (Phụ lục II, mục 2, số thứ tự thứ 6).`,
        },
        {
          kind: 'target',
          id: 'II.3',
          code: '3',
          label: 'Tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa.',
          target: percent(50, 'gte'),
          source: indicator('reused_data'),
          legalBasis: `${NQ02} và theo ${CV221} (Phụ lục II, mục 2, số thứ tự thứ 7).`,
        },
        {
          kind: 'target',
          id: 'II.4',
          code: '4',
          label: 'Tỷ lệ công khai TTHC đúng hạn.',
          target: percent(100, 'eq'),
          source: manual('count'),
          legalBasis: `${NQ02} và theo ${CV221} (Phụ lục II, mục 2, số thứ tự thứ 9).`,
        },
        {
          kind: 'target',
          id: 'II.5',
          code: '5',
          label: 'Tỷ lệ xử lý phản ánh, kiến nghị đúng hạn.',
          target: percent(100, 'eq'),
          source: indicator('feedback_on_time'),
          legalBasis: `${NQ02} và theo ${CV221} (Phụ lục II, mục 2, số thứ tự thứ 11).`,
        },
        {
          kind: 'target',
          id: 'II.6',
          code: '6',
          label: 'Mức độ hài lòng trong tiếp nhận, giải quyết TTHC của người dân, doanh nghiệp.',
          target: percent(90, 'gte'),
          source: indicator('satisfaction_766'),
          note: SATISFACTION_766_NOTE,
          legalBasis: `${NQ02} và theo ${CV221} (Phụ lục II, mục 2, số thứ tự thứ 12).`,
        },
      ],
    },
    {
      code: 'III',
      title: 'Chỉ tiêu về tỷ lệ xử lý văn bản, hồ sơ công việc (trừ hồ sơ mật) trên môi trường mạng',
      rows: [
        {
          kind: 'target',
          id: 'III.1',
          code: '1',
          label: 'UBND thực hiện việc xử lý văn bản, hồ sơ công việc (trừ hồ sơ mật) trên môi trường mạng',
          target: percent(100, 'eq'),
          source: manual('count'),
          legalBasis: 'Kế hoạch chuyển đổi số thành phố năm 2024.',
        },
      ],
    },
  ],
};
