import { UNIT_KINDS, type UnitKind } from '../store/accessStore.ts';
import type { AdminAction } from './adminContext.ts';
import { choiceOption, expectPositionals, parseArgs, requiredOption, UsageError } from './cliArgs.ts';
import { KIND_LABELS } from './labels.ts';
import { textTable } from './textTable.ts';

const ADD_USAGE = 'unit add <mã đơn vị> --name "UBND xã An Bình" [--kind commune|ward|district|office] [--parent <mã đơn vị>]';

/** `unit add …` and `unit list`. */
export function unitCommand(action: string | undefined, args: readonly string[]): AdminAction {
  switch (action) {
    case 'add': {
      const parsed = parseArgs(args, ['name', 'kind', 'parent']);
      const [id = ''] = expectPositionals(parsed, ['<mã đơn vị>'], ADD_USAGE);
      const name = requiredOption(parsed, 'name', ADD_USAGE);
      const kind = choiceOption<UnitKind>(parsed, 'kind', UNIT_KINDS, 'commune');
      const parentId = parsed.options.get('parent') ?? null;
      return async ({ access, out }) => {
        const unit = await access.createUnit({ id, name, kind, parentId });
        const parent = unit.parentId === null ? '' : `, trực thuộc ${unit.parentId}`;
        out(`Đã thêm đơn vị ${unit.id}: ${unit.name} (${KIND_LABELS[unit.kind]}${parent}).`);
      };
    }
    case 'list': {
      expectPositionals(parseArgs(args, []), [], 'unit list');
      return async ({ access, out }) => {
        const units = await access.listUnits();
        out(textTable(['Mã', 'Tên', 'Loại', 'Cấp trên'], units.map((u) => [u.id, u.name, KIND_LABELS[u.kind], u.parentId ?? ''])));
      };
    }
    default:
      throw new UsageError(`Lệnh "unit" cần add hoặc list. Xem: npm run admin -- help`);
  }
}
