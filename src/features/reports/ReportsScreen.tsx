import { t } from '../../ui/i18n/t.ts';

/** "Báo cáo": the register (Mẫu 07), Biểu 06 and the plan report for a period. Being built (issue 6). */
export function ReportsScreen() {
  return <h1>{t('Báo cáo')}</h1>;
}
