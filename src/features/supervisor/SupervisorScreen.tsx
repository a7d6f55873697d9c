import { t } from '../../ui/i18n/t.ts';

/** "Tổng hợp": a supervisor's view of its officers or units. Being built (issue 6). */
export function SupervisorScreen() {
  return <h1>{t('Tổng hợp')}</h1>;
}
