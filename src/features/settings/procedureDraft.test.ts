import { describe, expect, it } from 'vitest';
import { STARTER_PROCEDURES } from '../../domain/starterProcedures.ts';
import { draftOf, procedureFromDraft } from './procedureDraft.ts';

const filled = { ...draftOf(), name: 'Đăng ký giám hộ', field: 'Hộ tịch', amount: '3' };

describe('procedure form', () => {
  it('builds a valid procedure; a new one with a code is keyed by it', () => {
    expect(procedureFromDraft({ ...filled, code: '1.000893', cutoff: '15:00' }, null, STARTER_PROCEDURES)).toEqual({
      ok: true,
      procedure: { id: '1.000893', code: '1.000893', name: 'Đăng ký giám hộ', field: 'Hộ tịch', timeLimit: { unit: 'working_days', amount: 3 }, cutoff: '15:00', hasFee: false, paperResult: true, certifiedCopy: false },
    });
  });

  it('round-trips an existing procedure unchanged', () => {
    for (const p of STARTER_PROCEDURES) expect(procedureFromDraft(draftOf(p), p.id, STARTER_PROCEDURES)).toEqual({ ok: true, procedure: p });
  });

  it('explains every problem in Vietnamese, beside its field', () => {
    const result = procedureFromDraft({ ...draftOf(), code: '12345', amount: '0', cutoff: '25:00' }, null, STARTER_PROCEDURES);
    expect(result).toEqual({
      ok: false,
      errors: {
        name: 'Tên thủ tục không được để trống.',
        field: 'Lĩnh vực không được để trống.',
        code: 'Mã TTHC có dạng d.dddddd, ví dụ 1.001193.',
        amount: 'Thời hạn ít nhất là 1 ngày làm việc.',
        cutoff: 'Giờ phải có dạng HH:MM, ví dụ 15:00.',
      },
    });
  });

  it('refuses a second procedure with the same name in a field, or the same code', () => {
    expect(procedureFromDraft({ ...filled, name: ' đăng ký  KHAI SINH ' }, null, STARTER_PROCEDURES)).toMatchObject({ ok: false, errors: { name: 'Lĩnh vực «Hộ tịch» đã có thủ tục «Đăng ký khai sinh».' } });
    expect(procedureFromDraft({ ...filled, code: '1.001193' }, null, STARTER_PROCEDURES)).toMatchObject({ ok: false, errors: { code: 'Mã 1.001193 đã dùng cho thủ tục «Đăng ký khai sinh».' } });
  });
});
