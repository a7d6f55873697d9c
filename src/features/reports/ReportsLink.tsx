import { navigate, pathOf } from '../../app/router.ts';
import { t } from '../../ui/i18n/t.ts';

/** "Báo cáo": the way from the register and the targets to the printable reports. */
export function ReportsLink() {
  return (
    <p class="reports-link">
      <a class="button-link" href={pathOf({ name: 'reports' })} onClick={(e) => (e.preventDefault(), navigate('reports'))}>
        {t('Báo cáo')}
      </a>
    </p>
  );
}
