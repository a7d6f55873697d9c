/**
 * Each year's arrangements announced under Labour Code 2019 art. 112(3) (Bộ luật Lao động
 * 2019, Điều 112 khoản 3): the Prime Minister fixes the Tết and Quốc khánh days, and the
 * Ministry (formerly of Labour, Invalids and Social Affairs; of Home Affairs from 2025)
 * announces swapped days for civil servants (a weekday off, a Saturday worked in exchange).
 * Entries marked `toVerify` are recollections to check against the published text.
 */
import { addCalendarDays, type DateKey } from '../vietnamTime.ts';
import type { DatedNote } from './dayOff.ts';
import type { HolidayGroup } from './publicHolidays.ts';

/** One announced arrangement for one holiday of one year. */
export interface AnnouncedArrangement {
  readonly year: number;
  readonly holiday: HolidayGroup;
  /** When true the default days of `holiday` (and their compensatory days) are replaced by `daysOff`. */
  readonly replacesDefault: boolean;
  readonly daysOff: ReadonlyArray<DatedNote>;
  /** Weekend days worked in exchange for a swapped day off (ngày làm bù). */
  readonly workingDays: ReadonlyArray<DatedNote>;
  readonly source: string;
  readonly toVerify: boolean;
}

function span(from: DateKey, to: DateKey, note: string): DatedNote[] {
  const days: DatedNote[] = [];
  for (let day = from; day <= to; day = addCalendarDays(day, 1)) days.push({ day, note });
  return days;
}

const PM_RULE = 'Bộ luật Lao động 2019, Điều 112 khoản 3';

// Sources: the official notices as reported by government and press sites (address of the
// report in each `source`); document numbers are given where the report names them.

/** Announced arrangements, 2020–2026, in date order. */
export const ANNOUNCED_ARRANGEMENTS: ReadonlyArray<AnnouncedArrangement> = [
  {
    year: 2020,
    holiday: 'tet',
    replacesDefault: true,
    daysOff: span('2020-01-23', '2020-01-29', 'Nghỉ Tết Nguyên đán Canh Tý (29 tháng Chạp đến mùng 5)'),
    workingDays: [],
    source: `Thông báo nghỉ Tết Âm lịch 2020 (${PM_RULE}); đăng lại tại socongthuong.daklak.gov.vn ngày 07/01/2020`,
    toVerify: false,
  },
  {
    year: 2021,
    holiday: 'tet',
    replacesDefault: true,
    daysOff: span('2021-02-10', '2021-02-16', 'Nghỉ Tết Nguyên đán Tân Sửu (29 tháng Chạp đến mùng 5)'),
    workingDays: [],
    source: `Thông báo 4875/TB-LĐTBXH về nghỉ Tết Nguyên đán Tân Sửu và Quốc khánh năm 2021 (${PM_RULE})`,
    toVerify: false,
  },
  {
    year: 2021,
    holiday: 'nationalDay',
    replacesDefault: true,
    daysOff: [
      { day: '2021-09-02', note: 'Quốc khánh (2/9)' },
      { day: '2021-09-03', note: 'Nghỉ Quốc khánh (ngày liền kề sau 2/9)' },
    ],
    workingDays: [],
    source: `Thông báo 4875/TB-LĐTBXH về nghỉ Tết Nguyên đán Tân Sửu và Quốc khánh năm 2021 (${PM_RULE})`,
    toVerify: false,
  },
  {
    year: 2022,
    holiday: 'tet',
    replacesDefault: true,
    daysOff: span('2022-01-29', '2022-02-06', 'Nghỉ Tết Nguyên đán Nhâm Dần (27 tháng Chạp đến mùng 6)'),
    workingDays: [],
    source: `Công văn số 245 của Văn phòng Chính phủ ngày 11/01/2022 về nghỉ Tết Nhâm Dần (${PM_RULE})`,
    toVerify: false,
  },
  {
    year: 2022,
    holiday: 'nationalDay',
    replacesDefault: true,
    daysOff: [
      { day: '2022-09-01', note: 'Nghỉ Quốc khánh (ngày liền kề trước 2/9)' },
      { day: '2022-09-02', note: 'Quốc khánh (2/9)' },
    ],
    workingDays: [],
    source: `Phương án nghỉ Quốc khánh 2022 của Bộ Lao động – Thương binh và Xã hội (${PM_RULE}); chưa thấy văn bản chính thức`,
    toVerify: true,
  },
  {
    year: 2023,
    holiday: 'tet',
    replacesDefault: true,
    daysOff: span('2023-01-20', '2023-01-26', 'Nghỉ Tết Nguyên đán Quý Mão (29 tháng Chạp đến mùng 5)'),
    workingDays: [],
    source: `Văn bản 8056/VPCP-KGVX ngày 01/12/2022 về nghỉ Tết Quý Mão và Quốc khánh 2023 (${PM_RULE})`,
    toVerify: false,
  },
  {
    year: 2023,
    holiday: 'nationalDay',
    replacesDefault: true,
    daysOff: [
      { day: '2023-09-01', note: 'Nghỉ Quốc khánh (ngày liền kề trước 2/9)' },
      { day: '2023-09-02', note: 'Quốc khánh (2/9)' },
      { day: '2023-09-04', note: 'Nghỉ bù Quốc khánh (2/9 trùng Thứ Bảy)' },
    ],
    workingDays: [],
    source: `Văn bản 8056/VPCP-KGVX ngày 01/12/2022 về nghỉ Tết Quý Mão và Quốc khánh 2023 (${PM_RULE})`,
    toVerify: false,
  },
  {
    year: 2024,
    holiday: 'tet',
    replacesDefault: true,
    daysOff: span('2024-02-08', '2024-02-14', 'Nghỉ Tết Nguyên đán Giáp Thìn (29 tháng Chạp đến mùng 5)'),
    workingDays: [],
    source: `Thông báo nghỉ Tết Giáp Thìn 2024 theo quyết định của Thủ tướng (${PM_RULE})`,
    toVerify: false,
  },
  {
    year: 2024,
    holiday: 'victoryDay',
    replacesDefault: false,
    daysOff: [{ day: '2024-04-29', note: 'Nghỉ hoán đổi dịp 30/4–1/5 (làm bù Thứ Bảy 04/05/2024)' }],
    workingDays: [{ day: '2024-05-04', note: 'Làm bù cho ngày nghỉ hoán đổi 29/04/2024' }],
    source: 'Công văn 2450/VPCP-KGVX ngày 12/4/2024: hoán đổi ngày làm việc dịp 30/4–1/5/2024',
    toVerify: false,
  },
  {
    year: 2024,
    holiday: 'nationalDay',
    replacesDefault: true,
    daysOff: [
      { day: '2024-09-02', note: 'Quốc khánh (2/9)' },
      { day: '2024-09-03', note: 'Nghỉ Quốc khánh (ngày liền kề sau 2/9)' },
    ],
    workingDays: [],
    source: `Thông báo nghỉ Quốc khánh 2024 theo quyết định của Thủ tướng (${PM_RULE})`,
    toVerify: false,
  },
  {
    year: 2025,
    holiday: 'tet',
    replacesDefault: true,
    daysOff: span('2025-01-25', '2025-02-02', 'Nghỉ Tết Nguyên đán Ất Tỵ (26 tháng Chạp đến mùng 5)'),
    workingDays: [],
    source: `Thông báo nghỉ Tết Ất Tỵ 2025 theo quyết định của Thủ tướng (${PM_RULE})`,
    toVerify: false,
  },
  {
    year: 2025,
    holiday: 'victoryDay',
    replacesDefault: false,
    daysOff: [{ day: '2025-05-02', note: 'Nghỉ hoán đổi dịp 30/4–1/5 (làm bù Thứ Bảy 26/04/2025)' }],
    workingDays: [{ day: '2025-04-26', note: 'Làm bù cho ngày nghỉ hoán đổi 02/05/2025' }],
    source: 'Thông báo hoán đổi ngày làm việc dịp 30/4–1/5/2025 đối với cán bộ, công chức, viên chức',
    toVerify: false,
  },
  {
    year: 2025,
    holiday: 'nationalDay',
    replacesDefault: true,
    daysOff: [
      { day: '2025-09-01', note: 'Nghỉ Quốc khánh (ngày liền kề trước 2/9)' },
      { day: '2025-09-02', note: 'Quốc khánh (2/9)' },
    ],
    workingDays: [],
    source: `Thông báo nghỉ Quốc khánh 2025 theo quyết định của Thủ tướng (${PM_RULE})`,
    toVerify: false,
  },
  {
    year: 2026,
    holiday: 'newYear',
    replacesDefault: false,
    daysOff: [{ day: '2026-01-02', note: 'Nghỉ hoán đổi dịp Tết Dương lịch (làm bù Thứ Bảy 10/01/2026)' }],
    workingDays: [{ day: '2026-01-10', note: 'Làm bù cho ngày nghỉ hoán đổi 02/01/2026' }],
    source: 'Văn bản 12729/VPCP-KGVX ngày 25/12/2025: nghỉ Tết Dương lịch 2026 từ 1/1 đến 4/1, hoán đổi 2/1 sang Thứ Bảy 10/1',
    toVerify: false,
  },
  {
    year: 2026,
    holiday: 'tet',
    replacesDefault: true,
    daysOff: span('2026-02-14', '2026-02-22', 'Nghỉ Tết Nguyên đán Bính Ngọ (27 tháng Chạp đến mùng 6)'),
    workingDays: [],
    source: `Văn phòng Chính phủ truyền đạt ý kiến Thủ tướng về nghỉ Tết Âm lịch và Quốc khánh 2026 (tháng 10/2025; ${PM_RULE})`,
    toVerify: false,
  },
  {
    year: 2026,
    holiday: 'nationalDay',
    replacesDefault: true,
    daysOff: [
      { day: '2026-08-31', note: 'Nghỉ hoán đổi dịp Quốc khánh (làm bù Thứ Bảy 22/08/2026)' },
      { day: '2026-09-01', note: 'Nghỉ Quốc khánh (ngày liền kề trước 2/9)' },
      { day: '2026-09-02', note: 'Quốc khánh (2/9)' },
    ],
    workingDays: [{ day: '2026-08-22', note: 'Làm bù cho ngày nghỉ hoán đổi 31/08/2026' }],
    source: `Ý kiến Thủ tướng về nghỉ Quốc khánh 2026 (nghỉ 29/8–2/9), theo kienthuc.net.vn ngày 13/10/2025 (${PM_RULE})`,
    toVerify: true,
  },
];

/** The announced arrangements for one solar year. */
export function announcementsFor(year: number): AnnouncedArrangement[] {
  return ANNOUNCED_ARRANGEMENTS.filter((a) => a.year === year);
}
