import type { PossibleDuplicate } from '../../data/duplicateCheck.ts';
import { formatDateTime } from '../../ui/format.ts';

/** "Có thể trùng hồ sơ: …", saying which stored dossier and why. */
export function describeDuplicate({ dossier, reason }: PossibleDuplicate): string {
  const when = formatDateTime(dossier.receivedAt);
  return reason === 'same_code'
    ? `Có thể trùng hồ sơ: mã ${dossier.code ?? ''} đã có (${dossier.procedure.name}, nhận lúc ${when}).`
    : `Có thể trùng hồ sơ: ${dossier.applicant?.name ?? ''} đã nộp ${dossier.procedure.name} lúc ${when}.`;
}
