import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Dossier } from '../../src/domain/dossier.ts';
import { resolveDossier } from '../../src/domain/dossierLifecycle.ts';
import type { Feedback } from '../../src/domain/feedback.ts';
import { parseCsv } from '../../src/domain/csv/parseCsv.ts';
import { indicatorsOver } from '../../src/domain/indicators/indicatorsOver.ts';
import { findPreset } from '../../src/domain/plans/presets/index.ts';
import { emptyFlowCounts, flowReport } from '../../src/domain/reports/flowReport.ts';
import { KS, novemberAtOneCommune, receive, vn } from '../../src/domain/reports/supervisorFixture.testData.ts';
import { PROTOCOL_VERSION } from '../../src/sync/protocol.ts';
import type { FlowReportJson, OfficersReportJson, PlanReportJson, RankingReportJson, RegisterReportJson, ReportJson } from '../../src/sync/reportWire.ts';
import { appPerTest } from '../helpers/appUnderTest.ts';
import { authHeaders, enrolledDevice, type EnrolledDevice } from '../helpers/enrolledDevice.ts';
import { STORE_KINDS } from '../helpers/storesUnderTest.ts';
import { dossierChange, feedbackChange, pushTo } from '../helpers/syncFixtures.ts';

const NOW = new Date('2026-12-01T02:00:00.000Z');
const NOVEMBER = { start: '2026-11-01', end: '2026-11-30' };
const Q = `protocol=${PROTOCOL_VERSION}&period=month:2026-11`;

/**
 * xã Hai, November 2026: two birth registrations, received and resolved the same day (on time):
 * H1 by hoa, in person on Mon 09/11, with the applicant's name and phone; H2 by hoa, online in full on Tue 10/11.
 */
function novemberAtXaHai(): Dossier[] {
  const h1 = { ...receive(KS, 'in_person', '2026-11-09 09:00', 'hoa'), applicant: { name: 'Phạm Thị Hoa', phone: '0912 000 111' } };
  return [resolveDossier(h1, vn('2026-11-09 10:00'), {}), resolveDossier(receive(KS, 'online_full', '2026-11-10 09:00', 'hoa'), vn('2026-11-10 10:00'), { digitized: true })];
}

describe.each(STORE_KINDS)('GET /api/reports on $name (issue 6, supervisor view)', (kind) => {
  const current = appPerTest(kind, { now: () => NOW });

  const get = (path: string, token?: string) => current().app.request(path, { headers: token === undefined ? {} : authHeaders(token) });
  const json = async <T extends ReportJson>(path: string, token: string): Promise<T> => {
    const res = await get(path, token);
    expect(res.status, await res.clone().text()).toBe(200);
    return (await res.json()) as T;
  };

  async function push(device: EnrolledDevice, dossiers: readonly Dossier[], feedback: readonly Feedback[] = []) {
    const changes = [];
    for (const d of dossiers) changes.push(await dossierChange(d, { deviceId: device.deviceId, seq: changes.length + 1 }));
    for (const f of feedback) changes.push(await feedbackChange(f, { deviceId: device.deviceId, seq: changes.length + 1 }));
    const pushed = await pushTo(current().app, device.deviceId, changes, device.token);
    expect(pushed.receipts.every((r) => r.status === 'accepted')).toBe(true);
  }

  /** Huyện A over xã Một (the fixture month), xã Hai and xã Bốn (nothing recorded); huyện B over xã Ba. */
  async function district() {
    const { access } = current().db.stores;
    await access.createUnit({ id: 'huyen-a', name: 'UBND huyện A', kind: 'district', parentId: null });
    await access.createUnit({ id: 'huyen-b', name: 'UBND huyện B', kind: 'district', parentId: null });
    await access.createUnit({ id: 'xa-mot', name: 'UBND xã Một', kind: 'commune', parentId: 'huyen-a' });
    await access.createUnit({ id: 'xa-bon', name: 'UBND xã Bốn', kind: 'commune', parentId: 'huyen-a' });
    await access.createOfficer({ unitId: 'xa-mot', officerId: 'lan', name: 'Nguyễn Thị Lan', role: 'officer' }, NOW);
    await access.createOfficer({ unitId: 'xa-mot', officerId: 'minh', name: 'Trần Văn Minh', role: 'officer' }, NOW);
    const lan = await enrolledDevice(access, { unitId: 'xa-mot', officerId: 'lan' });
    const hoa = await enrolledDevice(access, { unitId: 'xa-hai', unit: { name: 'UBND xã Hai', parentId: 'huyen-a' }, officerId: 'hoa' });
    const ba = await enrolledDevice(access, { unitId: 'xa-ba', unit: { name: 'UBND xã Ba', parentId: 'huyen-b' }, officerId: 'ba' });
    const supervisor = await enrolledDevice(access, { unitId: 'huyen-a', officerId: 'thong-ke', role: 'supervisor' });
    const fixture = novemberAtOneCommune();
    await push(lan, fixture.dossiers, fixture.feedback);
    const xaHai = novemberAtXaHai();
    await push(hoa, xaHai);
    return { lan, hoa, ba, supervisor, fixture, xaHai };
  }

  it('refuses what the token may not read (403), a bad query (400), an unknown kind (404), an old app (426), no token (401)', async () => {
    const { lan, hoa, supervisor } = await district();
    const forbidden: Array<[string, string]> = [
      [hoa.token, 'xa-mot'],
      [lan.token, 'huyen-a'],
      [supervisor.token, 'xa-ba'],
      [supervisor.token, 'huyen-b'],
    ];
    for (const [token, unit] of forbidden) {
      const res = await get(`/api/reports/flow?${Q}&unit=${unit}`, token);
      expect(res.status).toBe(403);
      expect(await res.json()).toEqual({ error: 'Không có quyền xem dữ liệu của đơn vị này.' });
    }
    const bad: Array<[string, string]> = [
      [`/api/reports/flow?protocol=2&period=month:2026-13`, 'kỳ báo cáo (period) không hợp lệ'],
      [`/api/reports/flow?protocol=2`, 'period'],
      [`/api/reports/flow?${Q}&rule=weekly`, 'cách tính kỳ (rule) phải là calendar hoặc fifteenth'],
      [`/api/reports/flow?${Q}&format=pdf`, 'định dạng (format) phải là json, csv hoặc xlsx'],
      [`/api/reports/flow?${Q}&channel=fax`, 'kênh (channel)'],
      [`/api/reports/plan?${Q}`, 'thiếu kế hoạch (plan)'],
      [`/api/reports/plan?${Q}&plan=khong-co`, 'không có kế hoạch mẫu "khong-co"'],
      [`/api/reports/ranking?${Q}`, 'không có đơn vị cấp dưới'],
      [`/api/reports/ranking?${Q}&unit=huyen-a&format=csv`, 'chọn một chỉ tiêu'],
    ];
    for (const [path, words] of bad) {
      const token = path.includes('unit=huyen-a') ? supervisor.token : lan.token;
      const res = await get(path, token);
      expect(res.status, path).toBe(400);
      const body = (await res.json()) as { error: string };
      expect(body.error).toMatch(/^Yêu cầu báo cáo không đúng: /);
      expect(body.error).toContain(words);
    }
    expect((await get(`/api/reports/doanh-thu?${Q}`, lan.token)).status).toBe(404);
    expect((await get(`/api/reports/flow?protocol=1&period=month:2026-11`, lan.token)).status).toBe(426);
    expect((await get(`/api/reports/flow?${Q}`)).status).toBe(401);
    // Reading is allowed: an officer their unit, the supervisor the district and its communes.
    expect((await get(`/api/reports/flow?${Q}`, lan.token)).status).toBe(200);
    expect((await get(`/api/reports/flow?${Q}&unit=xa-mot`, supervisor.token)).status).toBe(200);
    expect((await get(`/api/reports/flow?${Q}`, supervisor.token)).status).toBe(200);
  });

  it('gives Biểu 06 of a commune as worked by hand and as the domain counts it, and of the district as the sum', async () => {
    const { lan, supervisor, fixture, xaHai } = await district();
    const unit = await json<FlowReportJson>(`/api/reports/flow?${Q}`, lan.token);
    // Worked out in supervisorFixture.testData.ts: received L1, L2, L3, M1, M2, M3 (online L1, M2);
    // carried over O1; finished L2 early, L1 and M3 on time, L3 and O1 late; pending M1 (overdue), M2.
    expect(unit.total).toEqual({ received: 6, receivedOnline: 2, receivedOffline: 4, carriedOver: 1, finished: 5, early: 1, onTime: 2, late: 2, pending: 2, pendingWithinDeadline: 1, pendingOverdue: 1 });
    expect(unit.byField.map((f) => [f.field, f.counts.received + f.counts.carriedOver])).toEqual([
      ['Chứng thực', 1],
      ['Hộ tịch', 6],
    ]);
    const domain = flowReport(fixture.dossiers, NOVEMBER);
    expect(unit.total).toEqual(domain.total);
    expect(new Map(unit.byField.map((f) => [f.field, f.counts]))).toEqual(domain.byField);
    expect(unit.reconciliation).toEqual({ ok: true, broken: [] });
    expect(unit).toMatchObject({ unit: { id: 'xa-mot', name: 'UBND xã Một' }, period: { param: 'month:2026-11', label: 'Tháng 11/2026', start: '2026-11-01', end: '2026-11-30' }, rule: 'calendar' });

    // The district: xã Một + xã Hai (2 received in person / online, both finished on time).
    const whole = await json<FlowReportJson>(`/api/reports/flow?${Q}`, supervisor.token);
    expect(whole.total).toEqual({ ...unit.total, received: 8, receivedOnline: 3, receivedOffline: 5, finished: 7, onTime: 4 });
    expect(whole.total).toEqual(flowReport([...fixture.dossiers, ...xaHai], NOVEMBER).total);
    expect(whole.units.map((u) => u.id)).toEqual(['huyen-a', 'xa-bon', 'xa-hai', 'xa-mot']);

    // Filtered by officer: minh's M1, M2, M3 only (counted from the whole dossiers).
    const minh = await json<FlowReportJson>(`/api/reports/flow?${Q}&officer=minh`, lan.token);
    expect(minh.total).toEqual({ ...emptyFlowCounts(), received: 3, receivedOnline: 1, receivedOffline: 2, finished: 1, onTime: 1, pending: 2, pendingWithinDeadline: 1, pendingOverdue: 1 });
    // The 15th rule, 15/10 – 14/11: received L1, L2, L3, M3 and O1 (26/10), all finished by 14/11;
    // "Before" ended on 05/10, M1 and M2 came later.
    const fifteenth = await json<FlowReportJson>(`/api/reports/flow?${Q}&rule=fifteenth`, lan.token);
    expect(fifteenth.period).toMatchObject({ start: '2026-10-15', end: '2026-11-14' });
    expect(fifteenth.total).toMatchObject({ received: 5, carriedOver: 0, finished: 5, pending: 0 });
  });

  it('breaks a commune down per officer, named from the access store', async () => {
    const { lan, supervisor } = await district();
    const report = await json<OfficersReportJson>(`/api/reports/officers?${Q}`, lan.token);
    expect(report.officers.map((o) => [o.officerName, o.flow.received, o.flow.finished, o.flow.early, o.flow.onTime, o.flow.late, o.flow.pending, o.flow.pendingOverdue])).toEqual([
      ['Nguyễn Thị Lan', 3, 3, 1, 1, 1, 0, 0],
      ['Trần Văn Minh', 3, 1, 0, 1, 0, 2, 1],
      ['Chưa ghi cán bộ', 0, 1, 0, 0, 1, 0, 0],
    ]);
    expect(report.officers[0]?.indicators['on_time']).toEqual({ numerator: 2, denominator: 3 });
    expect(report.officers[1]?.indicators['online_received']).toEqual({ numerator: 1, denominator: 3 });
    // The table: STT, name, then counts, then the main indicators in % (2 of 3 on time → 66,7).
    expect(report.tables[0]?.rows[0]?.slice(0, 12)).toEqual([1, 'Nguyễn Thị Lan', 3, 0, 3, 1, 1, 1, 0, 0, 66.7, 33.3]);
    // The supervisor reads the same for xã Một, and the district lists each commune's officers (never the supervisor).
    expect((await json<OfficersReportJson>(`/api/reports/officers?${Q}&unit=xa-mot`, supervisor.token)).officers).toEqual(report.officers);
    const all = await json<OfficersReportJson>(`/api/reports/officers?${Q}`, supervisor.token);
    expect(all.officers.map((o) => `${o.unitId}/${o.officerId}`)).toEqual(['xa-hai/hoa', 'xa-mot/lan', 'xa-mot/minh', 'xa-mot/']);
  });

  it('ranks the district’s communes on each indicator, ties sharing a rank, units without data last', async () => {
    const { supervisor } = await district();
    const report = await json<RankingReportJson>(`/api/reports/ranking?${Q}`, supervisor.token);
    // On time: xã Hai 2 of 2 (100%), xã Một 3 of 5 (60%), xã Bốn nothing.
    expect(report.rankings['on_time']?.map((r) => [r.rank, r.unitName, r.numerator, r.denominator])).toEqual([
      [1, 'UBND xã Hai', 2, 2],
      [2, 'UBND xã Một', 3, 5],
      [null, 'UBND xã Bốn', 0, 0],
    ]);
    // Online received: xã Hai 1 of 2 (50%), xã Một 2 of 6 (33%).
    expect(report.rankings['online_received']?.map((r) => [r.rank, r.unitId])).toEqual([
      [1, 'xa-hai'],
      [2, 'xa-mot'],
      [null, 'xa-bon'],
    ]);
    // Satisfaction rated: nobody rated anything; all unranked, by name.
    expect(report.rankings['satisfaction_rated']?.map((r) => r.rank)).toEqual([null, null, null]);
    expect(report.tables).toHaveLength(16);
    const one = await json<RankingReportJson>(`/api/reports/ranking?${Q}&indicator=on_time`, supervisor.token);
    expect(one.tables.map((t) => t.rows)).toEqual([
      [
        [1, 'UBND xã Hai', 100, 2, 2],
        [2, 'UBND xã Một', 60, 3, 5],
        ['', 'UBND xã Bốn', 'Chưa có số liệu', 0, 0],
      ],
    ]);
  });

  it('gives the register without personal data unless asked', async () => {
    const { hoa, supervisor } = await district();
    const plain = await json<RegisterReportJson>(`/api/reports/register?${Q}`, hoa.token);
    expect(plain.entries).toBe(2);
    expect(plain.includePersonal).toBe(false);
    expect(JSON.stringify(plain)).not.toContain('Phạm Thị Hoa');
    const personal = await json<RegisterReportJson>(`/api/reports/register?${Q}&personal=1`, hoa.token);
    // Columns: TT, Mã, Tên TTHC, Số lượng, Tên tổ chức cá nhân, Địa chỉ số điện thoại, …
    expect(personal.tables[0]?.rows[0]?.slice(2, 6)).toEqual(['Đăng ký khai sinh', 1, 'Phạm Thị Hoa', '0912 000 111']);
    // The district's register holds every commune's entries received in the month: 6 + 2.
    expect((await json<RegisterReportJson>(`/api/reports/register?${Q}`, supervisor.token)).entries).toBe(8);
  });

  it('gives a plan preset’s annex with the indicators the domain computes, and manual rows without data', async () => {
    const { lan, fixture } = await district();
    const plan = findPreset('preset-000-cam-thinh-tay-2024');
    const report = await json<PlanReportJson>(`/api/reports/plan?${Q}&plan=preset-000-cam-thinh-tay-2024`, lan.token);
    expect(report.plan).toEqual({ id: plan?.id, name: plan?.name });
    const values = indicatorsOver(fixture.dossiers, fixture.feedback, NOVEMBER);
    const rows = plan?.sections.flatMap((s) => s.rows).flatMap((r) => (r.kind === 'target' ? [r] : [])) ?? [];
    expect(report.rows).toHaveLength(rows.length);
    for (const [i, row] of rows.entries()) {
      const got = report.rows[i];
      if (row.source.kind === 'manual') expect(got?.status, row.label).toBe('no_data');
      else if (row.source.filter === undefined) expect([got?.numerator, got?.denominator], row.label).toEqual([values[row.source.indicatorId].numerator, values[row.source.indicatorId].denominator]);
    }
    // Hand check: online received (and digitized) are 2 of the 6 received in November = 33,3%.
    expect(report.rows.find((r) => r.numerator === 2 && r.denominator === 6)?.achieved).toBe('33,3%');
    expect(report.tables[0]?.rows.some((r) => r.includes('Chưa có số liệu'))).toBe(true);
  });

  it('writes CSV (UTF-8 BOM) and .xlsx that read back as the JSON’s tables', async () => {
    const { lan, supervisor } = await district();
    for (const [path, token] of [
      [`/api/reports/flow?${Q}`, lan.token],
      [`/api/reports/officers?${Q}`, lan.token],
      [`/api/reports/register?${Q}`, lan.token],
      [`/api/reports/ranking?${Q}&indicator=on_time`, supervisor.token],
    ] as const) {
      const report = await json<ReportJson>(path, token);
      const [table] = report.tables;
      if (table === undefined) throw new Error('no table');
      const asText = (cell: string | number | null) => (cell === null ? '' : String(cell));

      const csv = await get(`${path}&format=csv`, token);
      expect(csv.status).toBe(200);
      expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect(csv.headers.get('content-disposition')).toMatch(/^attachment; filename="[A-Za-z0-9_.-]+\.csv"$/);
      const bytes = new Uint8Array(await csv.arrayBuffer());
      expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const rows = parseCsv(new TextDecoder().decode(bytes)).map((r) => r.cells);
      expect(rows).toEqual([...table.header, ...table.rows].map((r) => r.map(asText)));

      const xlsx = await get(`${path}&format=xlsx`, token);
      expect(xlsx.status).toBe(200);
      expect(xlsx.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(Buffer.from(await xlsx.arrayBuffer()) as unknown as ExcelJS.Buffer);
      const sheet = workbook.getWorksheet(1);
      if (sheet === undefined) throw new Error('no sheet');
      // Layout of the writer: title lines, a blank row, the header rows, then the body.
      const firstBody = table.title.length + 1 + table.header.length + 1;
      expect(sheet.getCell(1, 1).value).toBe(table.title[0]);
      const body = table.rows.map((_, r) => table.rows[r]!.map((_, c) => sheet.getCell(firstBody + r, c + 1).value ?? null));
      expect(body).toEqual(table.rows);
    }
  });
});
