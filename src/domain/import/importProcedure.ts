import { foldVietnamese } from '../csv/normalizeHeader.ts';
import type { Procedure } from '../procedure.ts';
import type { Read } from './importValues.ts';

/** What a row says about its procedure. */
export interface ProcedureCells {
  readonly code: string;
  readonly name: string;
  readonly field: string;
  /** Working days from "Thời hạn (ngày làm việc)", 0 for same day; undefined when blank. */
  readonly workingDays: number | undefined;
}

/** Finds a row's procedure in a catalogue, by national code first, then by name (and field when given). */
export class ProcedureLookup {
  private readonly byCode = new Map<string, Procedure>();
  private readonly byName = new Map<string, Procedure[]>();

  constructor(catalogue: readonly Procedure[]) {
    for (const procedure of catalogue) {
      if (procedure.code !== undefined && !this.byCode.has(procedure.code)) this.byCode.set(procedure.code, procedure);
      const key = foldVietnamese(procedure.name);
      this.byName.set(key, [...(this.byName.get(key) ?? []), procedure]);
    }
  }

  /**
   * The catalogue's procedure; otherwise one built from the row when it gives a name, a field
   * and a time limit (no fee, paper result: the catalogue's defaults for a new entry).
   */
  resolve(cells: ProcedureCells): Read<Procedure> {
    if (cells.code !== '' && !/^\d\.\d{6}$/.test(cells.code)) {
      return { ok: false, message: `«Mã TTHC» có dạng d.dddddd, ví dụ 1.001193 (đang là "${cells.code}")` };
    }
    const byCode = cells.code === '' ? undefined : this.byCode.get(cells.code);
    if (byCode) return { ok: true, value: byCode };
    if (cells.name !== '') {
      const named = this.byName.get(foldVietnamese(cells.name)) ?? [];
      const inField = cells.field === '' ? named : named.filter((p) => foldVietnamese(p.field) === foldVietnamese(cells.field));
      const found = inField[0] ?? named[0];
      if (found) return { ok: true, value: found };
    }
    if (cells.name === '') {
      return {
        ok: false,
        message: `Mã TTHC "${cells.code}" không có trong danh mục thủ tục; hãy ghi thêm «Tên thủ tục», «Lĩnh vực» và «Thời hạn (ngày làm việc)»`,
      };
    }
    if (cells.field === '' || cells.workingDays === undefined) {
      return {
        ok: false,
        message: `thủ tục "${cells.name}" không có trong danh mục; hãy thêm vào danh mục (Cài đặt) hoặc ghi «Lĩnh vực» và «Thời hạn (ngày làm việc)»`,
      };
    }
    const procedure: Procedure = {
      id: cells.code !== '' ? cells.code : slugOf(cells.name),
      ...(cells.code !== '' ? { code: cells.code } : {}),
      name: cells.name.trim().slice(0, 300),
      field: cells.field.trim().slice(0, 120),
      timeLimit: cells.workingDays === 0 ? { unit: 'same_day' } : { unit: 'working_days', amount: cells.workingDays },
      hasFee: false,
      paperResult: true,
      certifiedCopy: false,
    };
    return { ok: true, value: procedure };
  }
}

function slugOf(name: string): string {
  return foldVietnamese(name).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 64) || 'thu-tuc';
}
