import type { Dossier } from '../dossier.ts';
import { endDossier, receiveDossier, resolveDossier, voidDossier } from '../dossierLifecycle.ts';
import { handleFeedback, receiveFeedback, type Feedback } from '../feedback.ts';
import type { Channel } from '../channel.ts';
import type { Procedure } from '../procedure.ts';
import { uuidv7 } from '../uuidv7.ts';
import { weekendOnlyCalendar as cal } from '../workingDays.ts';

/** Hà Nội time. */
export const vn = (local: string) => new Date(`${local.replace(' ', 'T')}:00+07:00`);

/** Same-day birth registration (cut-off 15:00), no fee. */
export const KS: Procedure = { id: 'dkks', name: 'Đăng ký khai sinh', field: 'Hộ tịch', timeLimit: { unit: 'same_day' }, cutoff: '15:00', hasFee: false, paperResult: true, certifiedCopy: false };
/** Three working days, with a fee. */
export const HN: Procedure = { id: 'xntthn', name: 'Cấp Giấy xác nhận tình trạng hôn nhân', field: 'Hộ tịch', timeLimit: { unit: 'working_days', amount: 3 }, hasFee: true, paperResult: true, certifiedCopy: false };
/** Same-day certified copy, with a fee. */
export const CT: Procedure = { id: 'cttb', name: 'Chứng thực bản sao từ bản chính', field: 'Chứng thực', timeLimit: { unit: 'same_day' }, cutoff: '15:00', hasFee: true, paperResult: true, certifiedCopy: true };

export const receive = (procedure: Procedure, channel: Channel, at: string, officerId?: string): Dossier =>
  receiveDossier({ id: uuidv7(vn(at).getTime()), procedure, channel, receivedAt: vn(at), ...(officerId === undefined ? {} : { officerId }) }, cal);

/**
 * November 2026 at one commune, worked by hand (weekends the only days off):
 * - L1 lan: KS online_full Mon 02/11 09:00 (due 02/11), resolved 02/11 10:00 → on time; digitized, e-result.
 * - L2 lan: HN in person Mon 02/11 09:00 (due Thu 05/11), resolved Tue 03/11 → early; fee paid online.
 * - L3 lan: CT in person Wed 04/11 09:00 (due 04/11), resolved Thu 05/11 → late.
 * - M1 minh: KS in person Fri 27/11 09:00 (due 27/11), still open on 30/11 → pending, overdue.
 * - M2 minh: HN online_partial Mon 30/11 09:00 (due Thu 03/12), open → pending within deadline; digitized.
 * - M3 minh: KS in person Tue 03/11, withdrawn Tue 03/11 11:00 → finished on time (ended on its due day).
 * - O1 no officer: KS in person Mon 26/10 09:00 (due 26/10), resolved Mon 02/11 → carried over, late.
 * - Before: KS lan received and resolved Mon 05/10: out of November.
 * - Voided: KS lan Tue 10/11, undone: counted nowhere.
 * - Feedback: lan, received Mon 02/11 (due 16/11), handled Fri 13/11 → handled on time.
 */
export function novemberAtOneCommune(): { dossiers: Dossier[]; feedback: Feedback[] } {
  const dossiers = [
    resolveDossier(receive(KS, 'online_full', '2026-11-02 09:00', 'lan'), vn('2026-11-02 10:00'), { digitized: true, electronicResult: true }),
    resolveDossier(receive(HN, 'in_person', '2026-11-02 09:00', 'lan'), vn('2026-11-03 09:00'), { paidOnline: true }),
    resolveDossier(receive(CT, 'in_person', '2026-11-04 09:00', 'lan'), vn('2026-11-05 09:00'), {}),
    receive(KS, 'in_person', '2026-11-27 09:00', 'minh'),
    { ...receive(HN, 'online_partial', '2026-11-30 09:00', 'minh'), digitized: true },
    endDossier(receive(KS, 'in_person', '2026-11-03 09:00', 'minh'), 'withdrawn', vn('2026-11-03 11:00'), 'Công dân rút hồ sơ'),
    resolveDossier(receive(KS, 'in_person', '2026-10-26 09:00'), vn('2026-11-02 09:00'), {}),
    resolveDossier(receive(KS, 'in_person', '2026-10-05 09:00', 'lan'), vn('2026-10-05 10:00'), {}),
    voidDossier(receive(KS, 'in_person', '2026-11-10 09:00', 'lan'), vn('2026-11-10 09:05')),
  ];
  const feedback = [handleFeedback(receiveFeedback({ id: uuidv7(vn('2026-11-02 09:00').getTime()), receivedAt: vn('2026-11-02 09:00'), subject: 'Niêm yết', field: 'Hộ tịch', officerId: 'lan' }, cal), vn('2026-11-13 09:00'))];
  return { dossiers, feedback };
}
