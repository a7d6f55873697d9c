import type { ResultFlags } from '../../domain/dossierLifecycle.ts';
import type { Dossier } from '../../domain/dossier.ts';
import type { Procedure } from '../../domain/procedure.ts';
import { t } from '../../ui/i18n/t.ts';

const RESULT_FLAG_LABELS: Readonly<Record<keyof ResultFlags, () => string>> = {
  digitized: () => t('Đã số hóa hồ sơ, kết quả'),
  electronicResult: () => t('Có kết quả điện tử'),
  reusedData: () => t('Sử dụng lại dữ liệu số hóa'),
  paidOnline: () => t('Đã thanh toán trực tuyến'),
  syncedToPortal: () => t('Đã đồng bộ lên Cổng DVCQG'),
  electronicCertifiedCopy: () => t('Chứng thực bản sao điện tử'),
};

/** The result's yes/no facts in the order the officer reads them. */
export const RESULT_FLAGS = Object.keys(RESULT_FLAG_LABELS) as ReadonlyArray<keyof ResultFlags>;

/** A result fact's label, in the interface language. */
export function resultFlagLabel(flag: keyof ResultFlags): string {
  return RESULT_FLAG_LABELS[flag]();
}

/** The facts that apply to a procedure: online payment only with a fee, e-certified copy only for certified copies. */
export function applicableFlags(procedure: Pick<Procedure, 'hasFee' | 'certifiedCopy'>): ReadonlyArray<keyof ResultFlags> {
  return RESULT_FLAGS.filter((flag) => (flag !== 'paidOnline' || procedure.hasFee) && (flag !== 'electronicCertifiedCopy' || procedure.certifiedCopy));
}

/** No fact recorded yet: what the resolve form starts from. */
export const NO_RESULT_FLAGS: Readonly<ResultFlags> = {
  digitized: false,
  electronicResult: false,
  reusedData: false,
  paidOnline: false,
  syncedToPortal: false,
  electronicCertifiedCopy: false,
};

/** The facts a dossier holds now: what the correction form starts from. */
export function flagsOf(d: Dossier): ResultFlags {
  return {
    digitized: d.digitized,
    electronicResult: d.electronicResult,
    reusedData: d.reusedData,
    paidOnline: d.paidOnline,
    syncedToPortal: d.syncedToPortal,
    electronicCertifiedCopy: d.electronicCertifiedCopy,
  };
}
