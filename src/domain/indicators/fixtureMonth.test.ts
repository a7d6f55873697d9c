import { describe, expect, it } from 'vitest';
import type { Dossier } from '../dossier.ts';
import { apologize, endDossier, rateSatisfaction, receiveDossier, requestSupplement, resolveDossier, returnDossier, supplementReturned, updateFacts } from '../dossierLifecycle.ts';
import { handleFeedback, receiveFeedback } from '../feedback.ts';
import type { Channel } from '../channel.ts';
import type { Procedure } from '../procedure.ts';
import { periodRange } from '../periods/period.ts';
import { uuidv7 } from '../uuidv7.ts';
import { weekendOnlyCalendar as cal } from '../workingDays.ts';
import { indicatorsOf } from '../../../test/helpers/inMemoryIndicators.ts';

/**
 * A realistic November 2026 at one commune desk, worked out by hand. Weekends are the only
 * days off here (the holiday calendar is tested on its own). All times below are Hà Nội time.
 */
const vn = (local: string) => new Date(`${local.replace(' ', 'T')}:00+07:00`);

const A: Procedure = { id: 'cttb', name: 'Chứng thực bản sao từ bản chính', field: 'Chứng thực', timeLimit: { unit: 'same_day' }, cutoff: '15:00', hasFee: true, paperResult: true, certifiedCopy: true };
const B: Procedure = { id: 'xntthn', name: 'Cấp Giấy xác nhận tình trạng hôn nhân', field: 'Hộ tịch', timeLimit: { unit: 'working_days', amount: 3 }, hasFee: true, paperResult: true, certifiedCopy: false };
const C: Procedure = { id: 'dkks', name: 'Đăng ký khai sinh', field: 'Hộ tịch', timeLimit: { unit: 'same_day' }, cutoff: '15:00', hasFee: false, paperResult: true, certifiedCopy: false };
const D: Procedure = { id: 'trxh', name: 'Trợ giúp xã hội thường xuyên', field: 'Bảo trợ xã hội', timeLimit: { unit: 'working_days', amount: 7 }, hasFee: false, paperResult: true, certifiedCopy: false };

const receive = (procedure: Procedure, channel: Channel, at: string, officerId = 'lan') =>
  receiveDossier({ id: uuidv7(vn(at).getTime()), procedure, channel, receivedAt: vn(at), officerId }, cal);

function novemberDossiers(): Dossier[] {
  const all: Dossier[] = [];
  // #1 A in person Mon 02/11 08:00 (due 02/11), resolved 10:00: on time. Digitized, e-result,
  //    e-certified copy, synced; fee paid at the desk. Very satisfied.
  let d = resolveDossier(receive(A, 'in_person', '2026-11-02 08:00'), vn('2026-11-02 10:00'), { digitized: true, electronicResult: true, electronicCertifiedCopy: true, syncedToPortal: true });
  all.push(rateSatisfaction(d, vn('2026-11-02 10:05'), 'very_satisfied'));
  // #2 A fully online Mon 02/11 16:00, after the 15:00 cut-off: due Tue 03/11; resolved 03/11 09:00: on time.
  //    Digitized, reused data, paid online, e-result, e-certified copy, synced. Satisfied.
  d = resolveDossier(receive(A, 'online_full', '2026-11-02 16:00'), vn('2026-11-03 09:00'), { digitized: true, reusedData: true, paidOnline: true, electronicResult: true, electronicCertifiedCopy: true, syncedToPortal: true });
  all.push(rateSatisfaction(d, vn('2026-11-03 09:05'), 'satisfied'));
  // #3 A partly online Wed 04/11 09:00 (due 04/11), resolved Thu 05/11: late. Digitized only. Dissatisfied.
  d = resolveDossier(receive(A, 'online_partial', '2026-11-04 09:00'), vn('2026-11-05 09:00'), { digitized: true });
  all.push(rateSatisfaction(d, vn('2026-11-05 09:05'), 'dissatisfied'));
  // #4 B in person Thu 05/11 (due Fri 6, Mon 9, Tue 10 → 10/11), resolved Mon 09/11: early.
  //    Digitized, reused, e-result, synced; fee paid at the desk.
  all.push(resolveDossier(receive(B, 'in_person', '2026-11-05 09:00'), vn('2026-11-09 09:00'), { digitized: true, reusedData: true, electronicResult: true, syncedToPortal: true }));
  // #5 B fully online Mon 09/11 (due Thu 12/11); documents asked Tue 10/11, back Thu 12/11
  //    (paused Wed 11 + Thu 12 = 2 working days → due Mon 16/11); resolved Mon 16/11: on time.
  //    Paid online, digitized, e-result, synced; the citizen lodged a complaint.
  d = receive(B, 'online_full', '2026-11-09 09:00');
  d = supplementReturned(requestSupplement(d, vn('2026-11-10 09:00')), vn('2026-11-12 09:00'), cal);
  d = resolveDossier(d, vn('2026-11-16 09:00'), { paidOnline: true, digitized: true, electronicResult: true, syncedToPortal: true });
  all.push(updateFacts(d, vn('2026-11-16 10:00'), { complaint: true }));
  // #6 B by post Tue 10/11 (due Fri 13/11); apology on 13/11 with new date 18/11; resolved Tue 17/11:
  //    late (judged by the legal due date); synced; result returned by post.
  d = apologize(receive(B, 'postal', '2026-11-10 09:00'), vn('2026-11-13 16:00'), '2026-11-18', 'Chờ xác minh');
  all.push(returnDossier(resolveDossier(d, vn('2026-11-17 09:00'), { syncedToPortal: true }), vn('2026-11-17 10:00'), { byPost: true }));
  // #7 C in person Wed 11/11 (due 11/11), resolved same day: on time. Digitized, e-result, synced; no fee. Acceptable.
  d = resolveDossier(receive(C, 'in_person', '2026-11-11 09:00'), vn('2026-11-11 11:00'), { digitized: true, electronicResult: true, syncedToPortal: true });
  all.push(rateSatisfaction(d, vn('2026-11-11 11:05'), 'acceptable'));
  // #8 C fully online Fri 13/11 (due 13/11), rejected 13/11 14:00: on time (ended on the due day).
  all.push(endDossier(receive(C, 'online_full', '2026-11-13 09:00'), 'rejected', vn('2026-11-13 14:00'), 'Không thuộc thẩm quyền'));
  // #9 D in person Mon 23/11 (due Wed 02/12): still in progress at the end of November.
  all.push(receive(D, 'in_person', '2026-11-23 09:00', 'minh'));
  // #10 C in person Fri 20/11 (due 20/11), withdrawn Mon 23/11: late.
  all.push(endDossier(receive(C, 'in_person', '2026-11-20 09:00', 'minh'), 'withdrawn', vn('2026-11-23 09:00'), 'Công dân rút hồ sơ'));
  // #11 A in person Fri 30/10 (due 30/10): received in October; resolved Mon 02/11: late, e-result, synced.
  all.push(resolveDossier(receive(A, 'in_person', '2026-10-30 09:00'), vn('2026-11-02 09:00'), { electronicResult: true, syncedToPortal: true }));
  // #12 B in person Mon 30/11 23:30 (still 30/11 in Hà Nội): received in November, in progress.
  all.push(receive(B, 'in_person', '2026-11-30 23:30'));
  // #13 A in person Tue 01/12 00:10: December, outside the month.
  all.push(receive(A, 'in_person', '2026-12-01 00:10'));
  return all;
}

function novemberFeedback() {
  // F1 received Mon 02/11, 10 working days → due Mon 16/11; handled Tue 10/11: on time.
  const f1 = handleFeedback(receiveFeedback({ id: uuidv7(), receivedAt: vn('2026-11-02 09:00'), subject: 'Niêm yết TTHC chưa đầy đủ' }, cal), vn('2026-11-10 09:00'));
  // F2 received Tue 03/11 → due Tue 17/11; handled Fri 20/11: late.
  const f2 = handleFeedback(receiveFeedback({ id: uuidv7(), receivedAt: vn('2026-11-03 09:00'), subject: 'Thời gian chờ lâu' }, cal), vn('2026-11-20 09:00'));
  // F3 received Wed 25/11, not handled yet: not counted.
  const f3 = receiveFeedback({ id: uuidv7(), receivedAt: vn('2026-11-25 09:00'), subject: 'Góp ý biểu mẫu' }, cal);
  return [f1, f2, f3];
}

// Through the same daily buckets and half-month roll-ups the device keeps (both months are read
// from the roll-up, the custom ranges of the property tests also from daily buckets).
const indicators = indicatorsOf(novemberDossiers(), novemberFeedback());
const november = periodRange({ kind: 'month', year: 2026, month: 11 }, 'calendar');

describe('a hand-worked November 2026 (calendar month 01/11–30/11)', () => {
  const values = indicators(november);

  it.each([
    // Received in November: #1–#10 and #12 = 11 (#11 is October's, #13 December's).
    ['online_received', 4, 11], // #2, #3, #5, #8
    ['fully_online_received', 3, 11], // #2, #5, #8
    ['digitized', 6, 11], // #1, #2, #3, #4, #5, #7
    ['reused_data', 2, 11], // #2, #4
    ['postal', 1, 11], // #6
    ['online_payment', 2, 7], // paid online #2, #5 of fee dossiers #1–#6 and #12
    ['procedures_paid_online', 2, 2], // A (#2) and B (#5) of A and B
    ['electronic_certified_copy', 2, 3], // #1, #2 of certified copies #1–#3
    // Resolved in November: #1–#7 and #11 = 8.
    ['electronic_result', 6, 8], // #1, #2, #4, #5, #7, #11
    ['portal_synced', 7, 8], // all but #3
    // Finished in November: #1–#8, #10, #11 = 10; early #4; on time #1, #2, #5, #7, #8; late #3, #6, #10, #11.
    ['on_time', 6, 10],
    ['early', 1, 10],
    ['late_with_apology', 1, 4], // #6
    ['satisfaction_rated', 2, 4], // very satisfied #1, satisfied #2 of rated #1, #2, #3, #7
    ['satisfaction_766', 5, 10], // grievances: late #3, #6, #10, #11 and complaint #5
    ['feedback_on_time', 1, 2], // F1 on time, F2 late
  ] as const)('%s = %i / %i', (id, numerator, denominator) => {
    expect(values[id]).toEqual({ numerator, denominator });
  });

  it('filters by channel, field and officer', () => {
    // In person and received in November: #1, #4, #7, #9, #10, #12 = 6; none online.
    expect(indicators(november, { channels: ['in_person'] }).online_received).toEqual({ numerator: 0, denominator: 6 });
    // Chứng thực received in November: #1, #2, #3; online #2, #3.
    expect(indicators(november, { fields: ['Chứng thực'] }).online_received).toEqual({ numerator: 2, denominator: 3 });
    // Officer Minh: #9 (in progress) and #10 (withdrawn late) → finished 1, on time 0.
    expect(indicators(november, { officerIds: ['minh'] }).on_time).toEqual({ numerator: 0, denominator: 1 });
  });

  it('follows the 15th–14th rule: "November" is 15/10–14/11', () => {
    const values15 = indicators(periodRange({ kind: 'month', year: 2026, month: 11 }, 'fifteenth'));
    // Received 15/10–14/11: #11 (30/10), #1–#8 = 9; online #2, #3, #5, #8.
    expect(values15.online_received).toEqual({ numerator: 4, denominator: 9 });
    // Finished 15/10–14/11: #1, #2, #3, #4, #7, #8, #11 = 7; early or on time: #1, #2, #4, #7, #8 = 5.
    expect(values15.on_time).toEqual({ numerator: 5, denominator: 7 });
  });

  it('reports 0 of 0 for a month with nothing in it', () => {
    const empty = indicators(periodRange({ kind: 'month', year: 2026, month: 6 }, 'calendar'));
    expect(empty.on_time).toEqual({ numerator: 0, denominator: 0 });
  });
});
