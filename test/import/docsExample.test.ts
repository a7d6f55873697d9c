import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createVietnamWorkingCalendar } from '../../src/domain/calendar/vietnamWorkingCalendar.ts';
import { describeProblems } from '../../src/domain/import/importProblems.ts';
import { planRegisterImport } from '../../src/domain/import/planRegisterImport.ts';
import { STARTER_PROCEDURES } from '../../src/domain/starterProcedures.ts';

const doc = readFileSync(new URL('../../docs/IMPORT.md', import.meta.url), 'utf-8');
const example = /```csv\n([\s\S]*?)```/.exec(doc)?.[1] ?? '';
const context = { catalogue: STARTER_PROCEDURES, calendar: createVietnamWorkingCalendar(), now: new Date('2026-11-26T03:00:00Z') };
const bytes = (text: string) => new TextEncoder().encode(text);

describe('the example of docs/IMPORT.md', () => {
  it('is refused on line 4 only, as the text says', async () => {
    expect(example.split('\n')[0]).toMatch(/^Mã hồ sơ,/);
    const plan = await planRegisterImport(bytes(example), context);
    expect(plan.ok ? [] : describeProblems(plan.problems)).toEqual([
      'Dòng 4: thủ tục "Cấp phép đào đường" không có trong danh mục; hãy thêm vào danh mục (Cài đặt) hoặc ghi «Lĩnh vực» và «Thời hạn (ngày làm việc)»',
    ]);
  });

  it('imports once the two columns are added, with the dates the text gives', async () => {
    const lines = example.trimEnd().split('\n');
    const fixed = [`${lines[0]},Lĩnh vực,Thời hạn (ngày làm việc)`, `${lines[1]},,`, `${lines[2]},,`, `${lines[3]},Giao thông,5`].join('\n');
    const plan = await planRegisterImport(bytes(fixed), context);
    if (!plan.ok) throw new Error(describeProblems(plan.problems).join('\n'));
    // HS-002: Monday 05/01/2026 15:20, after the 15:00 cut-off of chứng thực → due Tuesday 06/01/2026.
    expect(plan.rows[1]!.dossier).toMatchObject({ code: 'HS-002', dueDate: '2026-01-06', status: 'returned' });
    // HS-001: "x" in Số hóa.
    expect(plan.rows[0]!.dossier).toMatchObject({ code: 'HS-001', digitized: true, status: 'returned' });
    expect(plan.rows[2]!.dossier).toMatchObject({ code: 'HS-003', channel: 'online_partial', digitized: true, status: 'received' });
  });
});
