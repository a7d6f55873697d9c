import * as v from 'valibot';
import type { Channel } from '../channel.ts';
import { DOSSIER_SCHEMA_VERSION, DossierSchema, NO_FACTS_YET, type Dossier } from '../dossier.ts';
import type { Procedure } from '../procedure.ts';

/**
 * Test fixture of the report builders (used only by their tests): October 2026 at one
 * commune desk, three fields, written out fact by fact so the expected tables can be worked
 * out by hand. Every time is Hà Nội time (+07:00). Due dates are given, not computed: the
 * deadline rules are tested elsewhere.
 */
export const OCTOBER = { start: '2026-10-01', end: '2026-10-31' } as const;

const KHAI_SINH: Procedure = { id: 'dkks', name: 'Đăng ký khai sinh', field: 'Hộ tịch', timeLimit: { unit: 'same_day' }, cutoff: '15:00', hasFee: false, paperResult: true, certifiedCopy: false };
const HON_NHAN: Procedure = { id: 'xntthn', name: 'Cấp Giấy xác nhận tình trạng hôn nhân', field: 'Hộ tịch', timeLimit: { unit: 'working_days', amount: 3 }, hasFee: true, paperResult: true, certifiedCopy: false };
const CHUNG_THUC: Procedure = { id: 'cttb', name: 'Chứng thực bản sao từ bản chính', field: 'Chứng thực', timeLimit: { unit: 'same_day' }, cutoff: '15:00', hasFee: true, paperResult: true, certifiedCopy: true };
const BIEN_DONG: Procedure = { id: 'bddd', name: 'Đăng ký biến động đất đai', field: 'Đất đai', timeLimit: { unit: 'working_days', amount: 10 }, hasFee: true, paperResult: true, certifiedCopy: false };

const vn = (local: string) => `${local.replace(' ', 'T')}:00+07:00`;
let serial = 0;

function dossier(code: string, procedure: Procedure, channel: Channel, receivedAt: string, dueDate: string, rest: Partial<Dossier> = {}): Dossier {
  serial += 1;
  const id = `0190a000-0000-7000-8000-${String(serial).padStart(12, '0')}`;
  return v.parse(DossierSchema, {
    schemaVersion: DOSSIER_SCHEMA_VERSION,
    id,
    code,
    procedure,
    channel,
    officerId: 'lan',
    receivedAt: vn(receivedAt),
    dueDate,
    appointmentDate: dueDate,
    status: 'received',
    supplementRequests: [],
    digitized: false,
    electronicResult: false,
    ...NO_FACTS_YET,
    updatedAt: vn(receivedAt),
    ...rest,
  });
}

const resolved = (at: string, returned?: string): Partial<Dossier> =>
  returned === undefined ? { status: 'resolved', resolvedAt: vn(at) } : { status: 'returned', resolvedAt: vn(at), returnedAt: vn(returned) };

/** The thirteen dossiers; the comment of each says where it belongs in October. */
export function octoberDossiers(): Dossier[] {
  serial = 0;
  return [
    // HT-01 Hộ tịch: received and finished in September: outside October entirely.
    dossier('HT-01', KHAI_SINH, 'in_person', '2026-09-28 08:00', '2026-10-01', resolved('2026-09-30 10:00', '2026-09-30 15:00')),
    // HT-02 Hộ tịch: received 29/09, resolved 01/10 for a 02/10 due date: carried over, early.
    dossier('HT-02', HON_NHAN, 'in_person', '2026-09-29 09:00', '2026-10-02', resolved('2026-10-01 09:00', '2026-10-02 10:00')),
    // HT-03 Hộ tịch: fully online 05/10, resolved on its due day: received online, on time.
    dossier('HT-03', KHAI_SINH, 'online_full', '2026-10-05 08:30', '2026-10-05', {
      ...resolved('2026-10-05 16:00', '2026-10-06 08:00'),
      applicant: { name: 'Nguyễn Văn An', address: 'Thôn Trung, xã Cam Thịnh Tây', phone: '0912 345 678' },
    }),
    // HT-04 Hộ tịch: by post 07/10, due 09/10; apology with a new date 14/10; resolved 13/10:
    // late (judged by the legal due date); result returned by post.
    dossier('HT-04', HON_NHAN, 'postal', '2026-10-07 14:00', '2026-10-09', {
      ...resolved('2026-10-13 09:00', '2026-10-13 15:00'),
      appointmentDate: '2026-10-14',
      apology: { issuedAt: vn('2026-10-09 16:00'), newDate: '2026-10-14', reason: 'Chờ xác minh' },
      returnedByPost: true,
      applicant: { name: 'Trần Thị Bích' },
    }),
    // HT-05 Hộ tịch: in person 31/10 23:30 (still 31/10 in Hà Nội), due 03/11: received, pending within.
    dossier('HT-05', KHAI_SINH, 'in_person', '2026-10-31 23:30', '2026-11-03'),
    // CT-01 Chứng thực: in person 12/10, resolved the same day (its due day): on time, not yet returned.
    dossier('CT-01', CHUNG_THUC, 'in_person', '2026-10-12 09:00', '2026-10-12', resolved('2026-10-12 10:00')),
    // CT-02 Chứng thực: partly online 20/10, due 22/10, still open on 31/10: pending, overdue.
    dossier('CT-02', CHUNG_THUC, 'online_partial', '2026-10-20 08:00', '2026-10-22'),
    // CT-03 Chứng thực: in person 26/10, due 28/10, documents asked 27/10 and not back: clock stopped, pending within.
    dossier('CT-03', CHUNG_THUC, 'in_person', '2026-10-26 08:00', '2026-10-28', { supplementRequests: [{ requestedAt: vn('2026-10-27 09:00') }] }),
    // CT-04 Chứng thực: entered by mistake and voided: counted nowhere, not in the register.
    dossier('CT-04', CHUNG_THUC, 'in_person', '2026-10-15 08:00', '2026-10-15', { voidedAt: vn('2026-10-15 08:02') }),
    // DD-01 Đất đai: received 25/09, due 20/10, rejected 21/10: carried over, finished late.
    dossier('DD-01', BIEN_DONG, 'in_person', '2026-09-25 08:00', '2026-10-20', { status: 'rejected', endedAt: vn('2026-10-21 10:00'), endReason: 'Hồ sơ không đủ điều kiện' }),
    // DD-02 Đất đai: fully online 02/10; documents asked 05/10, back 08/10 (due moved to 19/10);
    // resolved 19/10, returned 20/10: received online, on time.
    dossier('DD-02', BIEN_DONG, 'online_full', '2026-10-02 08:00', '2026-10-19', {
      ...resolved('2026-10-19 10:00', '2026-10-20 09:00'),
      supplementRequests: [{ requestedAt: vn('2026-10-05 09:00'), returnedAt: vn('2026-10-08 09:00') }],
    }),
    // DD-03 Đất đai: received 30/09, due 30/10, still open on 31/10: carried over, pending overdue.
    dossier('DD-03', BIEN_DONG, 'in_person', '2026-09-30 08:00', '2026-10-30'),
    // DD-04 Đất đai: received 02/11: after October.
    dossier('DD-04', BIEN_DONG, 'in_person', '2026-11-02 08:00', '2026-11-16'),
  ];
}
