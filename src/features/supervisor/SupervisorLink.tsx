import { Show } from 'solid-js';
import { navigate, pathOf } from '../../app/router.ts';
import { useServices } from '../../app/services.ts';
import { watchEnrollment } from '../../data/enrollmentStore.ts';
import { createLiveSignal } from '../../ui/createLiveSignal.ts';
import { t } from '../../ui/i18n/t.ts';

/** A "Tổng hợp" link, shown only on a phone enrolled with a supervisor account. */
export function SupervisorLink() {
  const { db } = useServices();
  const enrollment = createLiveSignal(() => watchEnrollment(db), null);
  return (
    <Show when={enrollment.value()?.role === 'supervisor'}>
      <a class="button-link" href={pathOf({ name: 'supervisor' })} onClick={(e) => (e.preventDefault(), navigate('supervisor'))}>
        {t('Tổng hợp')}
      </a>
    </Show>
  );
}
