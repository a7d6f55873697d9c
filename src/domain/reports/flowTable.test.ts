import { describe, expect, it } from 'vitest';
import { CHANNELS } from '../channel.ts';
import { DOSSIER_STATUSES, type Dossier } from '../dossier.ts';
import { flowReport, type FlowCounts, type FlowReport } from './flowReport.ts';
import { flowProblems, flowTable, reconcileFlow, type NamedFlowDossier } from './flowTable.ts';
import { OCTOBER, octoberDossiers } from './octoberFixture.ts';

describe('flowTable: Biểu 06 of October 2026 (worked by hand from octoberFixture.ts)', () => {
  const table = flowTable(flowReport(octoberDossiers(), OCTOBER), { unitName: 'UBND xã Cam Thịnh Tây', periodLabel: 'Tháng 10/2026' });

  it('has the three header rows of Biểu 06 and the title lines', () => {
    expect(table.title).toEqual(['UBND xã Cam Thịnh Tây', 'Biểu 06/VPCP/KSTT', 'TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH', 'Kỳ báo cáo: Tháng 10/2026']);
    expect(table.header).toHaveLength(3);
    // 13 columns: STT, Lĩnh vực, 4 received, 4 finished, 3 pending.
    for (const row of table.header) expect(row).toHaveLength(13);
    expect(table.header[0]?.[2]).toBe('Số hồ sơ nhận giải quyết');
    expect(table.header[1]?.slice(2, 6)).toEqual(['Tổng số', 'Trong kỳ', null, 'Từ kỳ trước']);
    expect(table.header[2]?.slice(3, 5)).toEqual(['Trực tuyến', 'Trực tiếp, dịch vụ bưu chính']);
  });

  it('counts every field by hand, in Vietnamese order (Chứng thực, Đất đai, Hộ tịch), then the total', () => {
    // Columns: STT, field, total received (= in period + carried), online, in person/post, carried,
    //          finished, early, on time, late, pending, within, overdue.
    expect(table.rows).toEqual([
      // Chứng thực: CT-01 (desk), CT-02 (partly online), CT-03 (desk) received; CT-04 voided.
      //   finished: CT-01 on its due day → on time. pending: CT-02 due 22/10 → overdue;
      //   CT-03 waiting for documents → within. 3 + 0 = 1 + 2.
      [1, 'Chứng thực', 3, 1, 2, 0, 1, 0, 1, 0, 2, 1, 1],
      // Đất đai: DD-02 received online; DD-01, DD-03 from September; DD-04 is November.
      //   finished: DD-01 rejected 21/10 > due 20/10 → late; DD-02 19/10 = due → on time.
      //   pending: DD-03 due 30/10 < 31/10 → overdue. 1 + 2 = 2 + 1.
      [2, 'Đất đai', 3, 1, 0, 2, 2, 0, 1, 1, 1, 0, 1],
      // Hộ tịch: HT-03 online, HT-04 post, HT-05 desk (31/10 23:30 Hà Nội) received; HT-02 carried;
      //   HT-01 ended in September (outside). finished: HT-02 early, HT-03 on time, HT-04 late
      //   (13/10 > due 09/10; the apology's date does not count). pending: HT-05 within. 3 + 1 = 3 + 1.
      [3, 'Hộ tịch', 4, 1, 2, 1, 3, 1, 1, 1, 1, 1, 0],
      // Total: received 3+1+3 = 7 (online 1+1+1 = 3, desk/post 2+0+2 = 4), carried 0+2+1 = 3 → 10;
      //   finished 1+2+3 = 6 (early 1, on time 1+1+1 = 3, late 0+1+1 = 2); pending 2+1+1 = 4 (within 2, overdue 2).
      ['', 'Tổng cộng', 10, 3, 4, 3, 6, 1, 3, 2, 4, 2, 2],
    ]);
  });

  it('finds the report reconciled and the fixture without problems', () => {
    expect(reconcileFlow(flowReport(octoberDossiers(), OCTOBER))).toEqual({ ok: true, broken: [] });
    expect(flowProblems(octoberDossiers(), OCTOBER)).toEqual([]);
  });
});

describe('reconcileFlow', () => {
  const row = (c: Partial<FlowCounts>): FlowCounts => ({ received: 0, receivedOnline: 0, receivedOffline: 0, carriedOver: 0, finished: 0, early: 0, onTime: 0, late: 0, pending: 0, pendingWithinDeadline: 0, pendingOverdue: 0, ...c });

  it('names the row and the identity that breaks', () => {
    // 2 received + 1 carried = 3, but 1 finished + 1 pending = 2.
    const bad = row({ received: 2, receivedOnline: 1, receivedOffline: 1, carriedOver: 1, finished: 1, onTime: 1, pending: 1, pendingOverdue: 1 });
    const report: FlowReport = { byField: new Map([['Hộ tịch', bad]]), total: bad };
    const result = reconcileFlow(report);
    expect(result.ok).toBe(false);
    expect(result.broken).toEqual([
      { field: 'Hộ tịch', what: 'nhận trong kỳ + kỳ trước chuyển sang (3) ≠ đã giải quyết + đang giải quyết (2)' },
      { field: 'Tổng cộng', what: 'nhận trong kỳ + kỳ trước chuyển sang (3) ≠ đã giải quyết + đang giải quyết (2)' },
    ]);
  });

  it('catches a total that is not the sum of its rows', () => {
    const one = row({ received: 1, receivedOnline: 1, finished: 1, early: 1 });
    const two = row({ received: 2, receivedOnline: 2, finished: 2, early: 2 });
    const result = reconcileFlow({ byField: new Map([['Hộ tịch', one]]), total: two });
    expect(result.broken.map((b) => b.what)).toEqual(['tổng cộng khác tổng các lĩnh vực ở cột: nhận trong kỳ, trực tuyến, đã giải quyết, trước hạn']);
  });

  it('holds for any dossiers flowReport counts (property: 300 random sets)', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
    const day = (offset: number) => new Date(Date.UTC(2026, 9, 1) + offset * 86_400_000).toISOString().slice(0, 10);
    const instant = (offset: number) => new Date(Date.UTC(2026, 9, 1) + offset * 3_600_000 * 24 + Math.floor(random() * 86_400_000) - 7 * 3_600_000).toISOString();
    for (let run = 0; run < 300; run += 1) {
      const dossiers: NamedFlowDossier[] = [];
      for (let i = 0, n = Math.floor(random() * 40); i < n; i += 1) {
        const received = Math.floor(random() * 90) - 30;
        const status = pick(DOSSIER_STATUSES);
        const end = instant(received + Math.floor(random() * 40) - 3); // sometimes before receipt: a broken record
        const finished = status !== 'received';
        const d: NamedFlowDossier = {
          id: `d${i}`,
          procedure: { field: pick(['Hộ tịch', 'Chứng thực', 'Đất đai', '']), name: 'Thủ tục' },
          channel: pick(CHANNELS),
          receivedAt: instant(received),
          dueDate: day(received + Math.floor(random() * 10)),
          status,
          supplementRequests: random() < 0.2 ? [{ requestedAt: instant(received + 1) }] : [],
          // Sometimes inconsistent on purpose (an end time on an open dossier, or none on a finished one).
          ...(random() < 0.9 === finished ? (status === 'resolved' || status === 'returned' || status === 'received' ? { resolvedAt: end } : { endedAt: end }) : {}),
          ...(random() < 0.05 ? { voidedAt: instant(received) } : {}),
        } as NamedFlowDossier;
        dossiers.push(d);
      }
      const range = { start: day(Math.floor(random() * 20)), end: day(20 + Math.floor(random() * 40)) };
      expect(reconcileFlow(flowReport(dossiers, range)).ok, `run ${run}`).toBe(true);
    }
  });
});

describe('flowProblems', () => {
  const base = octoberDossiers();
  const ct01 = base.find((d) => d.code === 'CT-01')!;
  const ct02 = base.find((d) => d.code === 'CT-02')!;

  it('names dossiers Biểu 06 would misplace', () => {
    const endedBefore = { ...ct01, code: 'X-1', resolvedAt: '2026-10-12T01:00:00Z' }; // 08:00 Hà Nội, received 09:00
    const noEnd = { ...ct01, code: 'X-2', status: 'resolved', resolvedAt: undefined } as unknown as Dossier;
    const endWhileOpen = { ...ct02, code: 'X-3', resolvedAt: '2026-10-21T03:00:00Z' };
    const noField = { ...ct02, code: 'X-4', procedure: { ...ct02.procedure, field: ' ' } };
    const problems = flowProblems([...base, endedBefore, noEnd, endWhileOpen, noField], OCTOBER);
    expect(problems.map((p) => [p.code, p.problem, p.procedure])).toEqual([
      ['X-1', 'ended_before_received', 'Chứng thực bản sao từ bản chính'],
      ['X-2', 'finished_without_end', 'Chứng thực bản sao từ bản chính'],
      ['X-3', 'end_while_in_progress', 'Chứng thực bản sao từ bản chính'],
      ['X-4', 'no_field', 'Chứng thực bản sao từ bản chính'],
    ]);
    expect(problems[0]?.what).toBe('thời điểm kết thúc trước thời điểm tiếp nhận');
  });

  it('leaves out voided dossiers and those wholly outside the period', () => {
    const voided = { ...ct01, resolvedAt: '2026-10-12T01:00:00Z', voidedAt: '2026-10-12T02:00:00Z' };
    const september = { ...ct01, receivedAt: '2026-09-10T02:00:00Z', resolvedAt: '2026-09-09T02:00:00Z' };
    const november = { ...ct02, receivedAt: '2026-11-10T02:00:00Z', resolvedAt: '2026-11-11T02:00:00Z' };
    expect(flowProblems([voided, september, november], OCTOBER)).toEqual([]);
  });
});
