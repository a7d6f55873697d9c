import type { Plan } from '../planSchema.ts';
import { heading, indicator, manual, percent, SATISFACTION_766_NOTE } from './rowBuilders.ts';

const NOT_FOR_COMMUNE = 'Chỉ tiêu không giao cho UBND cấp xã; dòng 6.3 là chỉ tiêu của cấp xã.';

/** Quảng Trị province, 2024 focused procedure-reform plan: the whole Phụ lục (both tables). */
export const plan002QuangTri2024: Plan = {
  id: 'preset-002-quang-tri-2024',
  name: 'Kế hoạch cải cách thủ tục hành chính trọng tâm năm 2024',
  unitName: 'UBND tỉnh Quảng Trị',
  year: 2024,
  // The seed leaves the number and date blank: "Kế hoạch số: /KH-UBND ngày tháng năm 2024".
  source: 'Kế hoạch số …/KH-UBND ngày … tháng … năm 2024 của UBND tỉnh Quảng Trị',
  annexTitle: 'CHỈ TIÊU CỤ THỂ VỀ CẢI CÁCH THỦ TỤC HÀNH CHÍNH GẮN VỚI CHUYỂN ĐỔI SỐ SỞ, NGÀNH, ĐỊA PHƯƠNG ĐƯỢC GIAO',
  // Kế hoạch, mục IV.1.
  reportingNote:
    'Hàng tháng, báo cáo UBND tỉnh về tình hình, kết quả thực hiện Kế hoạch này trong báo cáo tình hình, kết quả thực hiện nhiệm vụ cải cách thủ tục hành chính.',
  note:
    'Kế hoạch cấp tỉnh: các chỉ tiêu giao cho cơ quan chuyên môn, cơ quan thuộc UBND tỉnh và UBND cấp huyện; riêng dòng 1.6.3 giao cho UBND cấp xã. Phần nội dung kế hoạch còn nêu chỉ tiêu không có trong Phụ lục: rà soát 100% TTHC nội bộ nhóm B đã công bố, bảo đảm cắt giảm, đơn giản hóa ít nhất 20% số lượng TTHC và ít nhất 20% chi phí tuân thủ TTHC, hoàn thành trước ngày 15/9/2024 (mục III.1.b).',
  sections: [
    {
      code: '1',
      title: 'Chỉ tiêu giao tại Nghị quyết số 01/NQ-CP',
      rows: [
        {
          kind: 'target',
          id: '1.1',
          code: '1',
          label:
            'Tỷ lệ cung cấp dịch vụ công trực tuyến toàn trình trên tổng số TTHC có đủ điều kiện trên Cổng Dịch vụ công quốc gia.',
          target: percent(80, 'gte'),
          source: manual('count'),
        },
        {
          kind: 'target',
          id: '1.2',
          code: '2',
          label: 'Tỷ lệ thanh toán trực tuyến trên Cổng Dịch vụ công quốc gia trên tổng số giao dịch thanh toán của dịch vụ công.',
          target: percent(45, 'gte'),
          source: indicator('online_payment'),
        },
        {
          kind: 'target',
          id: '1.3',
          code: '3',
          label: 'Tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận, giải quyết TTHC.',
          target: percent(50, 'gte'),
          source: indicator('online_received'),
        },
        {
          kind: 'target',
          id: '1.4',
          code: '4',
          label: 'Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC.',
          target: percent(80, 'gte'),
          source: indicator('digitized'),
        },
        {
          kind: 'target',
          id: '1.5',
          code: '5',
          label: 'Tỷ lệ kết quả xử lý hồ sơ TTHC được đồng bộ đầy đủ trên Cổng Dịch vụ công quốc gia.',
          target: percent(100, 'eq'),
          source: indicator('portal_synced'),
        },
        heading('1.6', '6', 'Tỷ lệ xử lý văn bản, hồ sơ công việc (trừ hồ sơ mật) trên môi trường mạng'),
        {
          kind: 'target',
          id: '1.6.1',
          code: '6.1',
          label: 'Đối với các cơ quan chuyên môn, cơ quan thuộc UBND tỉnh',
          target: percent(100, 'eq'),
          source: manual('count'),
          note: NOT_FOR_COMMUNE,
        },
        {
          kind: 'target',
          id: '1.6.2',
          code: '6.2',
          label: 'Đối với các phòng, ban và tương đương thuộc UBND cấp huyện.',
          target: percent(95, 'eq'),
          source: manual('count'),
          note: NOT_FOR_COMMUNE,
        },
        {
          kind: 'target',
          id: '1.6.3',
          code: '6.3',
          label: 'Đối với UBND cấp xã.',
          target: percent(80, 'eq'),
          source: manual('count'),
        },
      ],
    },
    {
      code: '2',
      title: 'Chỉ tiêu giao tại Nghị quyết số 02/NQ-CP',
      rows: [
        heading('2.0', '', 'Nâng cao chất lượng phục vụ người dân, doanh nghiệp trong thực hiện TTHC, dịch vụ công'),
        {
          kind: 'target',
          id: '2.1',
          code: '1',
          label: 'Tỷ lệ cấp kết quả giải quyết TTHC điện tử.',
          target: percent(100, 'eq'),
          source: indicator('electronic_result'),
        },
        {
          kind: 'target',
          id: '2.2',
          code: '2',
          label: 'Tỷ lệ thực hiện chứng thực bản sao điện tử từ bản chính tại UBND cấp xã và Phòng Tư pháp cấp huyện.',
          target: percent(100, 'eq'),
          source: indicator('electronic_certified_copy'),
        },
        {
          kind: 'target',
          id: '2.3',
          code: '3',
          label: 'Tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa.',
          target: percent(50, 'gte'),
          source: indicator('reused_data'),
        },
        {
          kind: 'target',
          id: '2.4',
          code: '4',
          label: 'Tỷ lệ công bố, công khai TTHC đúng hạn.',
          target: percent(100, 'eq'),
          source: manual('count'),
        },
        {
          kind: 'target',
          id: '2.5',
          code: '5',
          label:
            'Tỷ lệ kết quả xử lý hồ sơ TTHC của bộ, ngành, địa phương được đồng bộ đầy đủ trên Cổng Dịch vụ công quốc gia.',
          target: percent(100, 'eq'),
          source: indicator('portal_synced'),
        },
        {
          kind: 'target',
          id: '2.6',
          code: '6',
          label: 'Tỷ lệ xử lý phản ánh, kiến nghị đúng hạn.',
          target: percent(100, 'eq'),
          source: indicator('feedback_on_time'),
        },
        {
          kind: 'target',
          id: '2.7',
          code: '7',
          label: 'Mức độ hài lòng trong tiếp nhận, giải quyết TTHC của người dân, doanh nghiệp.',
          target: percent(90, 'gte'),
          source: indicator('satisfaction_766'),
          note: SATISFACTION_766_NOTE,
        },
      ],
    },
  ],
};
