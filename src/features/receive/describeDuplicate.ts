import type { PossibleDuplicate } from '../../data/duplicateCheck.ts';
import { formatDateTime } from '../../ui/format.ts';
import { t } from '../../ui/i18n/t.ts';

/** "Có thể trùng hồ sơ: …", saying which stored dossier and why. */
export function describeDuplicate({ dossier, reason }: PossibleDuplicate): string {
  const when = formatDateTime(dossier.receivedAt);
  const procedure = dossier.procedure.name;
  return reason === 'same_code'
    ? t('Có thể trùng hồ sơ: mã {code} đã có ({procedure}, nhận lúc {time}).', { code: dossier.code ?? '', procedure, time: when })
    : t('Có thể trùng hồ sơ: {applicant} đã nộp {procedure} lúc {time}.', { applicant: dossier.applicant?.name ?? '', procedure, time: when });
}
