import { AccessError } from '../store/accessStore.ts';
import type { AdminAction } from './adminContext.ts';
import { expectPositionals, parseArgs, UsageError } from './cliArgs.ts';
import { textTable } from './textTable.ts';
import { vietnamDateTime } from './vietnamDateTime.ts';

/** `device list <unitId>` and `device revoke <unitId> <deviceId>`. */
export function deviceCommand(action: string | undefined, args: readonly string[]): AdminAction {
  switch (action) {
    case 'list': {
      const [unitId = ''] = expectPositionals(parseArgs(args, []), ['<mã đơn vị>'], 'device list <mã đơn vị>');
      return async ({ access, sync, out }) => {
        const devices = await access.listDevices(unitId);
        if (devices.length === 0) {
          out(`Đơn vị ${unitId} chưa có thiết bị nào đăng ký.`);
          return;
        }
        const rows = await Promise.all(
          devices.map(async (d) => [
            `${d.officerName} (${d.officerId})`,
            d.deviceId,
            vietnamDateTime(d.enrolledAt),
            d.lastSeenAt === null ? 'chưa gửi' : vietnamDateTime(d.lastSeenAt),
            d.maxSeq === null ? '-' : String(d.maxSeq),
            missingText((await sync.deviceState(unitId, d.deviceId)).missing),
            d.revokedAt === null ? 'đang dùng' : `đã thu hồi ${vietnamDateTime(d.revokedAt)}`,
          ]),
        );
        out(textTable(['Cán bộ', 'Mã thiết bị', 'Đăng ký lúc', 'Lần gửi cuối', 'Số thứ tự cao nhất', 'Số thứ tự chưa nhận', 'Trạng thái'], rows));
      };
    }
    case 'revoke': {
      const usage = 'device revoke <mã đơn vị> <mã thiết bị>';
      const [unitId = '', deviceId = ''] = expectPositionals(parseArgs(args, []), ['<mã đơn vị>', '<mã thiết bị>'], usage);
      return async ({ access, now, out }) => {
        const revoked = await access.revokeDevice(unitId, deviceId, now());
        if (revoked === 0) {
          throw new AccessError(`Đơn vị ${unitId} không có thiết bị ${deviceId} đang dùng (chưa đăng ký, hoặc đã bị thu hồi). Xem: npm run admin -- device list ${unitId}`);
        }
        out(`Đã thu hồi quyền truy cập của thiết bị ${deviceId} ở đơn vị ${unitId}. Muốn dùng lại, điện thoại đó phải đăng ký bằng mã mới.`);
      };
    }
    default:
      throw new UsageError(`Lệnh "device" cần list hoặc revoke. Xem: npm run admin -- help`);
  }
}

/** The sequence numbers a device skipped (data-loss detection), as the operator reads them. */
function missingText(missing: readonly (readonly [number, number])[]): string {
  if (missing.length === 0) return 'không thiếu';
  return missing.map(([from, to]) => (from === to ? `${from}` : `${from}–${to}`)).join(', ');
}
