import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { importProcedureCsv, procedureCsvTemplate } from '../domain/procedureCsv.ts';
import { STARTER_PROCEDURES } from '../domain/starterProcedures.ts';
import { uuidv7 } from '../domain/uuidv7.ts';
import { SoMotCuaDatabase } from './database.ts';
import { importProcedures, listProcedures } from './procedureStore.ts';

const dbs: SoMotCuaDatabase[] = [];
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

describe('importProcedures', () => {
  it('updates the entry with the same national code instead of adding a twin, and is idempotent', async () => {
    const db = new SoMotCuaDatabase(`proc-${uuidv7()}`);
    dbs.push(db);
    const parsed = importProcedureCsv(procedureCsvTemplate());
    if (!parsed.ok) throw new Error('template must parse');
    await importProcedures(db, parsed.procedures);
    await importProcedures(db, parsed.procedures);
    const all = await listProcedures(db);
    // The template's two rows are both starter entries: birth registration matches by its code
    // 1.001193 (id "khai-sinh"), the marital-status certificate (no code) by field and name.
    expect(all.filter((p) => p.name === 'Đăng ký khai sinh').map((p) => p.id)).toEqual(['khai-sinh']);
    expect(all.filter((p) => p.name === 'Cấp Giấy xác nhận tình trạng hôn nhân').map((p) => p.id)).toEqual(['xac-nhan-tinh-trang-hon-nhan']);
    expect(all).toHaveLength(STARTER_PROCEDURES.length);
  });
});
