import { readFileSync, statSync } from 'node:fs';
import { createVietnamWorkingCalendar } from '../../domain/calendar/vietnamWorkingCalendar.ts';
import { checkRegisterFileSize, RegisterFileError } from '../../domain/import/decodeRegisterFile.ts';
import { describeProblems } from '../../domain/import/importProblems.ts';
import { planRegisterImport } from '../../domain/import/planRegisterImport.ts';
import { STARTER_PROCEDURES } from '../../domain/starterProcedures.ts';
import { MAX_PULL_PAGE } from '../../sync/protocol.ts';
import { AccessError } from '../store/accessStore.ts';
import type { ValidatedChange } from '../store/syncStore.ts';
import { validateChange } from '../validateChange.ts';
import type { AdminAction, AdminContext } from './adminContext.ts';
import { expectPositionals, parseArgs, UsageError } from './cliArgs.ts';
import { fileDigest, importChangesFor, importDeviceId } from './importChanges.ts';

/** "1.250", as Vietnamese write counts. */
const count = (n: number) => n.toLocaleString('vi-VN');

const USAGE = 'import <mã đơn vị> <tệp.csv|tệp.xlsx> [--officer <mã cán bộ>]';

/** A register file refused: its problems by line; nothing was written (exit code 1). */
export class ImportRefusedError extends Error {
  override readonly name = 'ImportRefusedError';
}

/**
 * `import <unitId> <file> [--officer <officerId>]`: adds the dossiers of a register file
 * (docs/IMPORT.md) to a unit, through the same store path as a phone's push, so phones pull
 * them. The server has no phone's catalogue: rows are matched against the starter catalogue,
 * or use the file's Lĩnh vực and Thời hạn columns; days are counted with the default calendar.
 */
export function importCommand(unitId: string | undefined, args: readonly string[]): AdminAction {
  const parsed = parseArgs(args, ['officer']);
  if (unitId === undefined || unitId.startsWith('--')) throw new UsageError(`Thiếu <mã đơn vị>. Cách dùng: npm run admin -- ${USAGE}`);
  const [path = ''] = expectPositionals(parsed, ['<tệp>'], USAGE);
  const officerId = parsed.options.get('officer');
  let bytes: Uint8Array;
  try {
    // The size is checked before the file is read: a 50 MB file is refused without loading it.
    checkRegisterFileSize(statSync(path).size);
    bytes = readFileSync(path);
  } catch (error) {
    if (error instanceof RegisterFileError) throw new ImportRefusedError(error.message);
    throw new UsageError(`Không đọc được tệp "${path}": ${error instanceof Error ? error.message : String(error)}`);
  }
  return (context) => runImport(context, unitId, bytes, officerId);
}

async function runImport({ access, sync, now, out }: AdminContext, unitId: string, bytes: Uint8Array, officerId: string | undefined): Promise<void> {
  const units = await access.listUnits();
  if (!units.some((u) => u.id === unitId)) throw new AccessError(`Không có đơn vị "${unitId}". Xem danh sách bằng: npm run admin -- unit list`);
  if (officerId !== undefined && !(await access.listOfficers(unitId)).some((o) => o.officerId === officerId)) {
    throw new AccessError(`Đơn vị ${unitId} không có cán bộ "${officerId}". Xem danh sách bằng: npm run admin -- officer list ${unitId}`);
  }
  const at = now();
  const plan = await planRegisterImport(bytes, {
    catalogue: STARTER_PROCEDURES,
    calendar: createVietnamWorkingCalendar(),
    now: at,
    ...(officerId !== undefined ? { officerId } : {}),
  });
  if (!plan.ok) {
    const lines = describeProblems(plan.problems);
    throw new ImportRefusedError(`Tệp có ${count(plan.problems.length)} lỗi, chưa nhập hồ sơ nào:\n${lines.join('\n')}`);
  }
  const present = await storedDossierIds(sync, unitId);
  const fresh = plan.rows.map((row) => row.dossier).filter((d) => !present.has(d.id));
  const skipped = plan.rows.length - fresh.length;
  if (fresh.length === 0) {
    out(`Không có hồ sơ mới: cả ${count(plan.rows.length)} hồ sơ trong tệp đã có ở đơn vị ${unitId} (bỏ qua).`);
    return;
  }
  const deviceId = await importDeviceId(unitId, await fileDigest(bytes), fresh);
  const changes = await importChangesFor(deviceId, fresh);
  // The same edge check as a push (POST /api/sync): the store only ever sees validated changes.
  const validated: ValidatedChange[] = [];
  for (const change of changes) {
    const checked = await validateChange(change, deviceId, at);
    if (!checked.ok) throw new ImportRefusedError(`Hồ sơ ${change.entityId} không hợp lệ: ${checked.reason}. Chưa nhập hồ sơ nào.`);
    validated.push(checked.change);
  }
  // The audit trail records the import under the officer it is written for (none when not named).
  const receipts = await sync.applyChanges(unitId, validated, at.toISOString(), officerId !== undefined ? { officerId } : undefined);
  const accepted = receipts.filter((r) => r.status === 'accepted').length;
  const duplicates = receipts.filter((r) => r.status === 'duplicate').length;
  const rejected = receipts.filter((r) => r.status === 'rejected');
  out(
    [
      `Đã nhập ${count(accepted)} hồ sơ vào đơn vị ${unitId}${officerId !== undefined ? `, ghi cho cán bộ ${officerId}` : ''}.`,
      `${count(skipped + duplicates)} hồ sơ đã có, bỏ qua.`,
      ...(rejected.length > 0 ? [`${count(rejected.length)} hồ sơ bị từ chối: ${rejected.map((r) => r.reason ?? '').join('; ')}`] : []),
      `Mã thiết bị nhập: ${deviceId}. Điện thoại của đơn vị sẽ nhận các hồ sơ này ở lần đồng bộ tới.`,
    ].join('\n'),
  );
}

/** Ids of the unit's dossiers already on the server, read page by page through the pull path. */
async function storedDossierIds(sync: AdminContext['sync'], unitId: string): Promise<Set<string>> {
  const ids = new Set<string>();
  let cursor = 0;
  for (;;) {
    const page = await sync.pullSince(unitId, cursor, MAX_PULL_PAGE);
    for (const record of page.records) if (record.entity === 'dossier') ids.add(record.id);
    if (!page.more) return ids;
    cursor = page.cursor;
  }
}
