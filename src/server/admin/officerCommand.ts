import { ROLES, type Role } from '../../sync/protocol.ts';
import type { AdminAction } from './adminContext.ts';
import { choiceOption, expectPositionals, parseArgs, requiredOption, UsageError } from './cliArgs.ts';
import { ROLE_LABELS } from './labels.ts';
import { textTable } from './textTable.ts';
import { vietnamDateTime } from './vietnamDateTime.ts';

const ADD_USAGE = 'officer add <mã đơn vị> <mã cán bộ> --name "Nguyễn Văn A" [--role officer|supervisor]';

/** `officer add …` and `officer list <unitId>`. */
export function officerCommand(action: string | undefined, args: readonly string[]): AdminAction {
  switch (action) {
    case 'add': {
      const parsed = parseArgs(args, ['name', 'role']);
      const [unitId = '', officerId = ''] = expectPositionals(parsed, ['<mã đơn vị>', '<mã cán bộ>'], ADD_USAGE);
      const name = requiredOption(parsed, 'name', ADD_USAGE);
      const role = choiceOption<Role>(parsed, 'role', ROLES, 'officer');
      return async ({ access, now, out }) => {
        const officer = await access.createOfficer({ unitId, officerId, name, role }, now());
        out(`Đã thêm cán bộ ${officer.officerId} (${officer.name}, vai trò: ${ROLE_LABELS[officer.role]}) vào đơn vị ${officer.unitId}.`);
      };
    }
    case 'list': {
      const [unitId = ''] = expectPositionals(parseArgs(args, []), ['<mã đơn vị>'], 'officer list <mã đơn vị>');
      return async ({ access, out }) => {
        const officers = await access.listOfficers(unitId);
        if (officers.length === 0) {
          out(`Đơn vị ${unitId} chưa có cán bộ nào.`);
          return;
        }
        out(textTable(['Mã', 'Tên', 'Vai trò', 'Thêm lúc'], officers.map((o) => [o.officerId, o.name, ROLE_LABELS[o.role], vietnamDateTime(o.createdAt)])));
      };
    }
    default:
      throw new UsageError(`Lệnh "officer" cần add hoặc list. Xem: npm run admin -- help`);
  }
}
