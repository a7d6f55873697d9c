import { writeFile } from 'node:fs/promises';
import { formatEnrollmentCode } from '../access/enrollmentCode.ts';
import { DEFAULT_CODE_DAYS } from '../store/accessStore.ts';
import type { AdminAction } from './adminContext.ts';
import { expectPositionals, parseArgs, UsageError } from './cliArgs.ts';
import { enrollmentLink, svgQr, terminalQr } from './enrollmentLink.ts';
import { vietnamDateTime } from './vietnamDateTime.ts';

const ISSUE_USAGE = 'code issue <mã đơn vị> <mã cán bộ> [--days 7] [--url http://máy-chủ:8080] [--svg tệp.svg]';

/** `code issue <unitId> <officerId> [--days N] [--url URL] [--svg FILE]`. */
export function codeCommand(action: string | undefined, args: readonly string[]): AdminAction {
  if (action !== 'issue') throw new UsageError(`Lệnh "code" cần issue. Cách dùng: npm run admin -- ${ISSUE_USAGE}`);
  const parsed = parseArgs(args, ['days', 'url', 'svg']);
  const [unitId = '', officerId = ''] = expectPositionals(parsed, ['<mã đơn vị>', '<mã cán bộ>'], ISSUE_USAGE);
  const daysText = parsed.options.get('days');
  if (daysText !== undefined && !/^\d{1,3}$/.test(daysText)) throw new UsageError(`--days phải là một số ngày nguyên (đang là "${daysText}").`);
  const days = daysText === undefined ? DEFAULT_CODE_DAYS : Number(daysText);
  const url = parsed.options.get('url');
  if (url !== undefined && !/^https?:\/\/[^\s/?#]+/.test(url)) throw new UsageError(`--url phải là địa chỉ http:// hoặc https:// (đang là "${url}").`);
  const svgFile = parsed.options.get('svg');

  return async ({ access, config, now, out }) => {
    const issued = await access.issueEnrollmentCode(unitId, officerId, now(), days);
    const officer = (await access.listOfficers(unitId)).find((o) => o.officerId === officerId);
    const unit = (await access.listUnits()).find((u) => u.id === unitId);
    const link = enrollmentLink(url ?? config.publicUrl ?? `http://localhost:${config.port}`, issued.code);
    out(`Mã đăng ký cho ${officer?.name ?? officerId} (${officerId}), ${unit?.name ?? unitId}:`);
    out('');
    out(`    ${formatEnrollmentCode(issued.code)}`);
    out('');
    out(`Hết hạn lúc ${vietnamDateTime(issued.expiresAt)} (giờ Việt Nam). Mã chỉ dùng được một lần, cho một điện thoại.`);
    out(`Trên điện thoại, mở: ${link}`);
    out('hoặc quét mã QR:');
    out(await terminalQr(link));
    if (svgFile !== undefined) {
      await writeFile(svgFile, await svgQr(link), 'utf8');
      out(`Đã lưu mã QR vào tệp ${svgFile}.`);
    }
  };
}
