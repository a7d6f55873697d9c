import type { Plan } from '../planSchema.ts';
import { heading, indicator, manual, percent, SATISFACTION_766_NOTE } from './rowBuilders.ts';

/**
 * Tân Trung commune (Tân Yên, Bắc Giang), 2024 procedure-control and one-stop plan. Its Phụ lục is a
 * task list: only the rows that carry a figure are kept. A row holding several figures is split
 * into parts coded with a letter after the plan's own number ('2a', '2b'), each worded by its own
 * verbatim fragment of the row.
 */
export const plan001TanTrung2024: Plan = {
  id: 'preset-001-tan-trung-2024',
  name: 'Kế hoạch thực hiện kiểm soát thủ tục hành chính và cơ chế một cửa, một cửa liên thông năm 2024',
  unitName: 'UBND xã Tân Trung',
  year: 2024,
  // The seed leaves the number and day blank: "Kế hoạch số /KH-UBND ngày /01/2024".
  source: 'Kế hoạch số …/KH-UBND ngày …/01/2024 của Chủ tịch UBND xã Tân Trung',
  annexTitle:
    'NHIỆM VỤ CỤ THỂ TRONG THỰC HIỆN KIỂM SOÁT TTHC VÀ CƠ CHẾ MỘT CỬA, MỘT CỬA LIÊN THÔNG NĂM 2024 TRÊN ĐỊA BÀN XÃ TÂN TRUNG',
  // Phụ lục, II.5.2 (the seed writes 2023 in a 2024 plan).
  reportingNote:
    'Báo cáo theo quý: tổng hợp, báo cáo Chủ tịch UBND huyện về tình hình, kết quả thực hiện công tác kiểm soát TTHC, cơ chế một cửa, một cửa liên thông vào tháng 3, 6, 9, 12 (Phụ lục, mục II.5.2; bản gốc ghi “Tháng 3, 6, 9, 12/2023”).',
  note:
    'Phụ lục của kế hoạch là danh sách nhiệm vụ; chỉ giữ các dòng có con số. Các dòng không có con số nên không đưa vào: I.1, I.2, I.3; II.2.1, II.2.2, II.2.3; II.3; II.4 (4.1 đến 4.4); II.5 (5.1, 5.2); III.4.1; III.6 và dòng chứng thực bản sao điện tử bên dưới; IV; V. Dòng có nhiều con số được tách thành nhiều dòng (1.1a–c, 1.2a–b, 2a–b, 4.2a–b). Phần nội dung kế hoạch còn nêu “bảo đảm 100% TTHC được tiếp nhận, trả kết quả tại bộ phận một cửa” (mục II.6), không có trong Phụ lục.',
  sections: [
    {
      code: 'II',
      title: 'Nhiệm vụ kiểm soát TTHC',
      rows: [
        {
          kind: 'target',
          id: 'II.1',
          code: '1',
          label: 'Thực hiện công khai các TTHC tại Bộ phận tiếp nhận và trả kết quả và trên cổng TTĐT',
          target: percent(100, 'eq'),
          source: manual('count'),
          bodyNote:
            'Phụ lục không ghi con số; phần nội dung kế hoạch (mục II.3): “Bảo đảm 100% TTHC được công bố, công khai và cập nhật kịp thời trên Cổng thông tin điện tử của xã và tại nơi tiếp nhận hồ sơ.”',
        },
        heading('II.2', '2', 'Thực hiện rà soát TTHC'),
        {
          kind: 'target',
          id: 'II.2.4',
          code: '2.4',
          label:
            'Thực hiện rà soát theo Kế hoạch số 5392/KH-UBND ngày 26/10/2022. Hoàn thành rà soát, đề xuất phương án đơn giản hóa đối với 100% TTHC nội',
          target: percent(100, 'eq'),
          source: manual('count'),
          note: 'Câu trong Phụ lục dừng ở chữ “nội”, tức TTHC nội bộ.',
          bodyNote:
            'Phần nội dung kế hoạch (mục II.4): “Bảo đảm hoàn thành 100% TTHC nội bộ được rà soát, đơn giản hóa.”',
        },
      ],
    },
    {
      code: 'III',
      title: 'Nhiệm vụ thực hiện cơ chế một cửa, một cửa liên thông',
      rows: [
        heading('III.1', '1', 'Tiếp tục thực hiện quy trình số hóa hồ sơ giấy tờ, kết quả giải quyết TTHC'),
        {
          kind: 'target',
          id: 'III.1.1a',
          code: '1.1a',
          label: 'Thực hiện 100% số hoá hồ sơ, kết quả giải quyết TTHC tại bộ phận một cửa các cấp',
          target: percent(100, 'eq'),
          source: indicator('digitized'),
        },
        {
          kind: 'target',
          id: 'III.1.1b',
          code: '1.1b',
          label: 'Tỷ lệ hồ sơ cấp kết quả điện tử đạt 100%',
          target: percent(100, 'eq'),
          source: indicator('electronic_result'),
        },
        {
          kind: 'target',
          id: 'III.1.1c',
          code: '1.1c',
          label: 'Tỷ lệ TTHC số hoá kết quả giải quyết đạt 100%',
          target: percent(100, 'eq'),
          source: manual('count'),
          note: 'Tính trên số thủ tục (TTHC), không phải số hồ sơ: nhập số TTHC đã số hóa kết quả trên tổng số TTHC.',
        },
        {
          kind: 'target',
          id: 'III.1.2a',
          code: '1.2a',
          label: 'Mức độ hài lòng của người dân, doanh nghiệp về giải quyết TTHC đạt tối thiểu 90%',
          target: percent(90, 'gte'),
          source: indicator('satisfaction_766'),
          note: SATISFACTION_766_NOTE,
        },
        {
          kind: 'target',
          id: 'III.1.2b',
          code: '1.2b',
          label: 'Trong đó, mức độ hài lòng về giải quyết TTHC lĩnh vực đất đai, xây dựng, đầu tư đạt tối thiểu 85%',
          target: percent(85, 'gte'),
          source: indicator('satisfaction_766', ['Đất đai', 'Xây dựng', 'Đầu tư']),
          note: `Chỉ tính hồ sơ thuộc lĩnh vực Đất đai, Xây dựng, Đầu tư (tên lĩnh vực phải trùng với danh mục thủ tục của đơn vị). ${SATISFACTION_766_NOTE}`,
        },
        {
          kind: 'target',
          id: 'III.1.3',
          code: '1.3',
          label:
            'Trên 50% người dân, doanh nghiệp khi thực hiện TTHC không phải cung cấp lại các thông tin, giấy tờ, tài liệu đã được chấp nhận khi thực hiện thành công TTHC trước đó, mà cơ quan nhà nước có thẩm quyền giải quyết TTHC đang quản lý, hoặc thông tin, giấy tờ, tài liệu đã được cơ quan nhà nước kết nối, chia sẻ',
          target: percent(50, 'gt'),
          source: indicator('reused_data'),
        },
        {
          kind: 'target',
          id: 'III.2a',
          code: '2a',
          label: 'Bảo đảm trên 99,5% hồ sơ TTHC được giải quyết trước và đúng hạn',
          target: percent(99.5, 'gt'),
          source: indicator('on_time'),
        },
        {
          kind: 'target',
          id: 'III.2b',
          code: '2b',
          // Verbatim fragment; only its first letter is capitalised ("trong đó có trên 60% trả trước hạn").
          label: 'Trong đó có trên 60% trả trước hạn',
          target: percent(60, 'gt'),
          source: indicator('early'),
        },
        {
          kind: 'target',
          id: 'III.3',
          code: '3',
          label:
            'Tăng cường kỷ luật, kỷ cương hành chính trong tiếp nhận giải quyết TTHC, cung cấp dịch vụ công. Thực hiện nghiêm việc báo cáo giải trình của người đứng đầu, xin lỗi người dân, doanh nghiệp và kịp thời khắc phục đối với các trường hợp để xảy ra chậm muộn, tiêu cực trong giải quyết hồ sơ TTHC',
          target: percent(100, 'eq'),
          source: indicator('late_with_apology'),
          bodyNote:
            'Phụ lục không ghi con số; phần nội dung kế hoạch (mục II.7): “100% hồ sơ TTHC chậm, muộn đều phải có báo cáo giải trình lý do với người đứng đầu cơ quan và thực hiện xin lỗi người dân theo đúng quy định tại Nghị định số 61/2018/NĐ-CP.”',
          legalBasis: 'Nghị định số 61/2018/NĐ-CP',
        },
        heading('III.4', '4', 'Đẩy mạnh việc cung cấp dịch vụ công trực tuyến và dịch vụ bưu chính công ích'),
        {
          kind: 'target',
          id: 'III.4.2a',
          code: '4.2a',
          label:
            'Bảo đảm tỷ lệ hồ sơ được xử lý hoàn toàn trực tuyến trên Hệ thống thông tin giải quyết TTHC đạt trên 70%',
          target: percent(70, 'gt'),
          source: indicator('fully_online_received'),
        },
        {
          kind: 'target',
          id: 'III.4.2b',
          code: '4.2b',
          label:
            'Bảo đảm tỷ lệ hồ sơ TTHC tiếp nhận và trả kết quả qua dịch vụ bưu chính công ích đối với cấp tỉnh tối thiểu là 20%',
          target: percent(20, 'gte'),
          source: indicator('postal'),
          note: 'Chỉ tiêu đặt cho cấp tỉnh; ở cấp xã dòng này chỉ để theo dõi.',
        },
        {
          kind: 'target',
          id: 'III.4.3',
          code: '4.3',
          label: 'Tỷ lệ người dân sử dụng dịch vụ công trực tuyến từ xa đạt trên 60%',
          target: percent(60, 'gt'),
          source: indicator('online_received'),
          note: 'Ước tính bằng tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận: một người nộp nhiều hồ sơ được đếm nhiều lần.',
        },
        {
          kind: 'target',
          id: 'III.4.4',
          code: '4.4',
          label:
            '100% người dân và doanh nghiệp sử dụng dịch vụ công trực tuyến được định danh và xác thực thông suốt, hợp nhất trên tất cả các hệ thống của các cấp chính quyền từ trung ương đến địa phương (Đối với 100% các TTHC yêu cầu xác thực thông suốt trên hệ thống cơ sở dữ liệu Quốc gia về Dân cư hoặc các hệ thống thông tin khác)',
          target: percent(100, 'eq'),
          source: manual('percent'),
        },
        heading('III.5', '5', 'Đẩy mạnh thanh toán trực tuyến phí, lệ phí trong giải quyết TTHC'),
        {
          kind: 'target',
          id: 'III.5.1',
          code: '5.1',
          label:
            'Tỷ lệ thanh toán trực tuyến trên Cổng Dịch vụ công quốc gia trên tổng số giao dịch thanh toán của dịch vụ công đạt trên 60%',
          target: percent(60, 'gt'),
          source: indicator('online_payment'),
        },
        {
          kind: 'target',
          id: 'III.5.2',
          code: '5.2',
          label:
            'Tỷ lệ thủ tục hành chính có yêu cầu nghĩa vụ tài chính được thanh toán trực tuyến trên Cổng Dịch vụ công quốc gia đạt trên 70%',
          target: percent(70, 'gt'),
          source: indicator('procedures_paid_online'),
        },
      ],
    },
  ],
};
