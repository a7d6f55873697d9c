import type { Plan } from '../planSchema.ts';
import { heading, indicator, manual, percent, words } from './rowBuilders.ts';

// Phụ lục 1, 1.1–1.3: the target cell is merged over the three index rows; the seed prints it once.
const LEADING_GROUP = 'Năm trong nhóm các đơn vị dẫn đầu khối UBND phường, xã';
const MERGED_CELL = 'Ô chỉ tiêu của dòng này được gộp chung với dòng 1.1 trong Phụ lục 1.';
const BODY_INDEX_90 =
  'Phần nội dung kế hoạch (mục II.2.a): “Phần đầu năm 2024, Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước, Chỉ số Cải cách hành chính đạt 90 điểm trở lên.”';

/**
 * Phước Mỹ commune (Quy Nhơn, Bình Định), 2024 administrative-reform plan: Phụ lục 1 whole, the
 * body's differing figures (mục II.2.d) as body notes. Phụ lục 1 has no item 4.
 */
export const plan003PhuocMy2024: Plan = {
  id: 'preset-003-phuoc-my-2024',
  name: 'Kế hoạch cải cách hành chính xã Phước Mỹ năm 2024',
  unitName: 'UBND xã Phước Mỹ',
  year: 2024,
  source: 'Quyết định số 10/QĐ-UBND ngày 11 tháng 01 năm 2024 của Ủy ban nhân dân xã Phước Mỹ',
  annexTitle: 'CÁC CHỈ TIÊU CÔNG TÁC CẢI CÁCH HÀNH CHÍNH XÃ PHƯỚC MỸ NĂM 2024',
  // Kế hoạch, mục V.2.
  reportingNote:
    'Văn phòng UBND xã phối hợp với các ban ngành liên quan tổng hợp, báo cáo Ủy ban nhân dân thành phố và Phòng Nội vụ kết quả thực hiện Kế hoạch hàng quý, 06 tháng, cuối năm theo quy định.',
  note:
    'Phụ lục 1 không có mục 4. Phụ lục 2 (23 nhiệm vụ trọng tâm) không ghi con số nên không đưa vào. Phần nội dung kế hoạch (mục II.2.d) còn nêu “100% TTHC thuộc thẩm quyền giải quyết được công bố, công khai kịp thời”, không có trong Phụ lục 1 (dòng 3.1 nói về TTHC nội bộ).',
  sections: [
    {
      code: '',
      title: 'Phụ lục 1',
      rows: [
        heading('1', '1', 'Kết quả các chỉ số đánh giá hiệu quả cải cách hành chính của xã'),
        {
          kind: 'target',
          id: '1.1',
          code: '1.1',
          label: 'Chỉ số cải cách hành chính (Par Index)',
          target: words(LEADING_GROUP),
          source: manual('text'),
          bodyNote: BODY_INDEX_90,
        },
        {
          kind: 'target',
          id: '1.2',
          code: '1.2',
          label: 'Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước (SIPAS)',
          target: words(LEADING_GROUP),
          source: manual('text'),
          note: MERGED_CELL,
          bodyNote: BODY_INDEX_90,
        },
        {
          kind: 'target',
          id: '1.3',
          code: '1.3',
          label: 'Chỉ số Chuyển đổi số (DTI)',
          target: words(LEADING_GROUP),
          source: manual('text'),
          note: MERGED_CELL,
        },
        {
          kind: 'target',
          id: '2',
          code: '2',
          label:
            'Các văn bản quy phạm pháp luật trên địa bàn xã được ban hành đúng trình tự, thủ tục, thẩm quyền và đảm bảo chất lượng theo quy định',
          target: percent(100, 'eq'),
          source: manual('count'),
        },
        heading('3', '3', 'Cải cách thủ tục hành chính'),
        {
          kind: 'target',
          id: '3.1',
          code: '3.1',
          label: 'Thủ tục hành chính nội bộ được công khai trên Trang thông tin điện tử xã',
          target: percent(100, 'eq'),
          source: manual('count'),
        },
        {
          kind: 'target',
          id: '3.2',
          code: '3.2',
          label: 'Thực hiện số hóa hồ sơ, kết quả giải quyết các TTHC thuộc thẩm quyền của xã',
          target: percent(100, 'eq'),
          source: indicator('digitized'),
        },
        {
          kind: 'target',
          id: '3.3',
          code: '3.3',
          label: 'Sử dụng lại các thông tin, giấy tờ, tài liệu đã được chấp nhận khi thực hiện thành công thủ tục hành chính',
          target: percent(50, 'eq'),
          source: indicator('reused_data'),
          bodyNote:
            'Phần nội dung kế hoạch (mục II.2.d) ghi 30%: “Tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa đạt 30%.”',
        },
        heading('5', '5', 'Chính quyền điện tử, chính quyền số'),
        {
          kind: 'target',
          id: '5.1',
          code: '5.1',
          label: 'Chế độ báo cáo, chỉ tiêu tổng hợp báo cáo định kỳ theo quy định trên Hệ thống thông tin báo cáo Chính phủ',
          target: percent(100, 'eq'),
          source: manual('count'),
        },
        {
          kind: 'target',
          id: '5.2',
          code: '5.2',
          label: 'Tỷ lệ lập hồ sơ công việc (trừ hồ sơ mật) trên môi trường mạng:',
          target: percent(60, 'eq'),
          source: manual('count'),
        },
        heading('5.3', '5.3', 'Dịch vụ công trực tuyến và thanh toán trực tuyến:'),
        {
          kind: 'target',
          id: '5.3-1',
          code: '-',
          label: 'Tỷ lệ hồ sơ giải quyết toàn trình, một phần',
          target: percent(60, 'eq'),
          source: indicator('online_received'),
          note: 'Hồ sơ trực tuyến (toàn trình và một phần) trên tổng số hồ sơ tiếp nhận.',
          bodyNote:
            'Phần nội dung kế hoạch (mục II.2.d) ghi 50%: “Tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận, giải quyết TTHC đạt 50%”.',
        },
        {
          kind: 'target',
          id: '5.3-2',
          code: '-',
          label:
            'Tỷ lệ thanh toán trực tuyến trên Cổng Dịch vụ công quốc gia trên tổng số giao dịch thanh toán của dịch vụ công',
          target: percent(60, 'eq'),
          source: indicator('online_payment'),
          bodyNote:
            'Phần nội dung kế hoạch (mục II.2.d) ghi 100%: “tỷ lệ thanh toán trực tuyến trên Cổng Dịch vụ công quốc gia trên tổng số giao dịch thanh toán đạt 100%”.',
        },
        {
          kind: 'target',
          id: '5.3-3',
          code: '-',
          label: 'Tỷ lệ TTHC có yêu cầu nghĩa vụ tài chính được thanh toán trực tuyến trên Cổng Dịch vụ công QG',
          target: percent(100, 'eq'),
          source: indicator('procedures_paid_online'),
        },
        {
          kind: 'target',
          id: '5.3-4',
          code: '-',
          label: 'Tỷ lệ kết quả xử lý hồ sơ TTHC của thành phố được đồng bộ đầy đủ trên Cổng Dịch vụ công quốc gia.',
          target: percent(100, 'eq'),
          source: indicator('portal_synced'),
        },
        {
          kind: 'target',
          id: '5.3-5',
          code: '-',
          label: 'Tỷ lệ cấp kết quả giải quyết điện tử đối với hồ sơ giải quyết TTHC.',
          target: percent(100, 'eq'),
          source: indicator('electronic_result'),
        },
        {
          kind: 'target',
          id: '5.4',
          code: '5.4',
          label:
            'Kết quả thực hiện Bộ Chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp trong thực hiện thủ tục hành chính, dịch vụ công theo thời gian trên môi trường điện tử ban hành theo Quyết định số 766/QĐ-TTg',
          target: percent(90, 'eq'),
          source: manual('percent'),
          note: 'Điểm Bộ chỉ số 766 trên thang 100 điểm, nhập tay (hoặc lấy từ phần ước tính Bộ chỉ số 766).',
        },
      ],
    },
  ],
};
