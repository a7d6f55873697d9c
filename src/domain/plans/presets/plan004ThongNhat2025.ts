import type { Plan } from '../planSchema.ts';
import { indicator, manual, percent, SATISFACTION_766_NOTE } from './rowBuilders.ts';

const NQ01 = 'Thực hiện theo Nghị quyết số 01/NQ-CP ngày 08/01/2025 của Chính phủ';
const NQ02 = 'Thực hiện theo Nghị quyết số 02/NQ-CP ngày 08/01/2025 của Chính phủ';
const CV476 = 'Công văn số 476/VPCP-KSTT ngày 16/01/2025 của Văn phòng Chính phủ';

/** Thống Nhất ward (Kon Tum), 2025 procedure-reform and control plan: the whole Phụ lục I. */
export const plan004ThongNhat2025: Plan = {
  id: 'preset-004-thong-nhat-2025',
  name: 'Kế hoạch triển khai thực hiện nhiệm vụ cải cách thủ tục hành chính, kiểm soát thủ tục hành chính trên địa bàn phường Thống Nhất năm 2025',
  unitName: 'UBND phường Thống Nhất',
  year: 2025,
  // The seed leaves the number and day blank: "Số: /KH-UBND … ngày tháng 02 năm 2025".
  source: 'Kế hoạch số …/KH-UBND ngày … tháng 02 năm 2025 của UBND phường Thống Nhất',
  annexTitle: 'GIAO CHỈ TIÊU CỤ THỂ VỀ CẢI CÁCH THỦ TỤC HÀNH CHÍNH GẮN VỚI CHUYỂN ĐỔI SỐ TRÊN ĐỊA BÀN PHƯỜNG THỐNG NHẤT NĂM 2025',
  // Kế hoạch, mục V.3.
  reportingNote:
    'Văn phòng - Thống kê phường: Định kỳ hằng tháng báo cáo kết quả thực hiện Kế hoạch này trong báo cáo tình hình, kết quả thực hiện nhiệm vụ cải cách, kiểm soát TTHC hằng tháng gửi Ủy ban nhân dân thành phố trước ngày 18 hằng tháng.',
  note:
    'Phần nội dung kế hoạch (mục IV.2.a) còn nêu các chỉ tiêu không có trong Phụ lục I: đến hết năm 2025 đạt tối thiểu 65% hồ sơ TTHC được xử lý trực tuyến toàn trình; phấn đấu đạt 100% TTHC đủ điều kiện được cung cấp dưới hình thức dịch vụ công trực tuyến toàn trình, tối thiểu 80% hồ sơ TTHC được xử lý hoàn toàn trực tuyến. Phụ lục II (nhiệm vụ kiểm soát TTHC) không đưa vào; dòng IX.1 của Phụ lục II ghi kết quả “100% báo cáo của UBND phường được thực hiện trên Hệ thống thông tin báo cáo của Văn phòng Chính phủ”.',
  sections: [
    {
      code: 'I',
      title: 'CHỈ TIÊU CỤ THỂ VỀ THỰC HIỆN TTHC TRÊN MÔI TRƯỜNG ĐIỆN TỬ',
      rows: [
        {
          kind: 'target',
          id: 'I.1',
          code: '1',
          label: 'Tỷ lệ thanh toán trực tuyến trên Cổng Dịch vụ công quốc gia trên tổng số giao dịch thanh toán của dịch vụ công.',
          target: percent(60, 'eq'),
          source: indicator('online_payment'),
          legalBasis: `${NQ01} (Phụ lục III, mục V, số thứ tự thứ 59) và ${CV476} (khoản 1 mục II, số thứ tự thứ 2 tại Phụ lục kèm theo)`,
        },
        {
          kind: 'target',
          id: 'I.2',
          code: '2',
          label: 'Tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận, giải quyết TTHC.',
          target: percent(60, 'eq'),
          source: indicator('online_received'),
          legalBasis: `${NQ01} (Phụ lục III, mục V, số thứ tự thứ 60) và ${CV476} (khoản 1 mục II, số thứ tự thứ 3 tại Phụ lục kèm theo)`,
        },
        {
          kind: 'target',
          id: 'I.3',
          code: '3',
          label: 'Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC.',
          target: percent(90, 'eq'),
          source: indicator('digitized'),
          legalBasis: `${NQ01} (Phụ lục III, mục V, số thứ tự thứ 61); ${CV476} (khoản 1 mục II, số thứ tự thứ 4 tại Phụ lục kèm theo) và theo tình hình thực tế tại tỉnh`,
        },
        {
          kind: 'target',
          id: 'I.4',
          code: '4',
          label: 'Tỷ lệ kết quả xử lý hồ sơ TTHC được đồng bộ đầy đủ trên Cổng Dịch vụ công quốc gia.',
          target: percent(100, 'eq'),
          source: indicator('portal_synced'),
          legalBasis: `${NQ01} (Phụ lục III, mục V, số thứ tự thứ 62) và ${CV476} (khoản 1 mục II, số thứ tự thứ 5 tại Phụ lục kèm theo)`,
        },
      ],
    },
    {
      code: 'II',
      title:
        'CHỈ TIÊU VỀ SỐ HÓA KẾT QUẢ TTHC CÒN HIỆU LỰC ĐỂ ĐẢM BẢO VIỆC KẾT NỐI, CHIA SẺ DỮ LIỆU TRONG GIẢI QUYẾT TTHC TRÊN MÔI TRƯỜNG ĐIỆN TỬ',
      rows: [
        {
          kind: 'target',
          id: 'II.1',
          code: '1',
          label:
            'Tỷ lệ số hóa kết quả giải quyết thủ tục hành chính đang còn hiệu lực và có giá trị sử dụng thuộc thẩm quyền giải quyết của Cấp xã để đảm bảo việc kết nối, chia sẻ dữ liệu trong giải quyết thủ tục hành chính trên môi trường điện tử',
          target: percent(100, 'eq'),
          source: manual('count'),
          legalBasis: 'Thực hiện theo Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ; Nghị định số 45/2020/NĐ-CP ngày 08/4/2020 của Chính phủ',
        },
      ],
    },
    {
      code: 'III',
      title:
        'CHỈ TIÊU VỀ NÂNG CAO CHẤT LƯỢNG PHỤC VỤ NGƯỜI DÂN, DOANH NGHIỆP TRONG THỰC HIỆN TTHC, DỊCH VỤ CÔNG TRỰC TUYẾN',
      rows: [
        {
          kind: 'target',
          id: 'III.1',
          code: '1',
          label: 'Tỷ lệ cấp kết quả giải quyết TTHC điện tử.',
          target: percent(100, 'eq'),
          source: indicator('electronic_result'),
          legalBasis: `${NQ02} (Phụ lục II, số thứ tự 1) và ${CV476} (khoản 2 mục II, số thứ tự 1 tại Phụ lục kèm theo)`,
        },
        {
          kind: 'target',
          id: 'III.2',
          code: '2',
          label: 'Tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa.',
          target: percent(50, 'gte'),
          source: indicator('reused_data'),
          legalBasis: `${NQ02} (Phụ lục II, số thứ tự thứ 2) và ${CV476} (khoản 2 mục II, số thứ tự thứ 2 tại Phụ lục kèm theo)`,
        },
        {
          kind: 'target',
          id: 'III.3',
          code: '3',
          label: 'Tỷ lệ xử lý phản ánh, kiến nghị đúng hạn.',
          target: percent(100, 'eq'),
          source: indicator('feedback_on_time'),
          legalBasis: `${NQ02} (Phụ lục II, số thứ tự thứ 3) và ${CV476} (khoản 2 mục II, số thứ tự thứ 3 tại Phụ lục kèm theo)`,
        },
        {
          kind: 'target',
          id: 'III.4',
          code: '4',
          label: 'Mức độ hài lòng trong tiếp nhận, giải quyết TTHC của người dân, doanh nghiệp.',
          target: percent(95, 'eq'),
          source: indicator('satisfaction_766'),
          note: SATISFACTION_766_NOTE,
          legalBasis: `${NQ02} (Phụ lục II, số thứ tự thứ 4) và ${CV476} (khoản 2 mục II, số thứ tự thứ 4 tại Phụ lục kèm theo); khoản 3 mục IV Kế hoạch số 4664/KH-UBND ngày 25/12/2024 của UBND tỉnh.`,
        },
      ],
    },
    {
      code: 'IV',
      title: 'CHỈ TIÊU VỀ KẾT QUẢ GIẢI QUYẾT HỒ SƠ TTHC',
      rows: [
        {
          kind: 'target',
          id: 'IV.1',
          code: '1',
          label: 'Tỷ lệ hồ sơ TTHC do UBND cấp xã tiếp nhận trong năm được giải quyết đúng hạn.',
          target: percent(99, 'eq'),
          floor: { value: 95, comparator: 'gte' },
          source: indicator('on_time'),
          // The first sentence is the annex's italic text under the label, verbatim.
          note: 'Theo công thức (b/a). Trong đó: a là tổng số hồ sơ TTHC đã giải quyết trong năm b là số hồ sơ TTHC đã giải quyết đúng hạn (Lưu ý: tỷ lệ b/a phải đạt tối thiểu 95%). Ứng dụng tính b là hồ sơ giải quyết trước hạn và đúng hạn, a là hồ sơ đã kết thúc.',
          legalBasis: 'Mục 3.4.3 (Bảng 2 kèm theo Quyết định số 892/QĐ-BNV ngày 05/12/2024 của Bộ Nội vụ)',
        },
      ],
    },
    {
      code: 'V',
      title:
        'CHỈ TIÊU VỀ XỬ LÝ VĂN BẢN, HỒ SƠ CÔNG VIỆC (TRỪ VĂN BẢN MẬT) TRÊN MÔI TRƯỜNG ĐIỆN TỬ (KHÔNG XỬ LÝ SONG SONG CẢ VĂN BẢN GIẤY VỚI VĂN BẢN ĐIỆN TỬ)',
      rows: [
        {
          kind: 'target',
          id: 'V.1',
          code: '1',
          label: 'Đối với UBND cấp xã.',
          target: percent(100, 'eq'),
          source: manual('count'),
          legalBasis: `${NQ01} (Phụ lục III, mục V, số thứ tự thứ 67); ${CV476} (khoản 1 mục II, số thứ tự thứ 9 tại Phụ lục kèm theo) và theo tình hình thực tế tại tỉnh.`,
        },
      ],
    },
  ],
};
