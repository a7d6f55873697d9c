import { watchActivePlan } from '../../data/planStore.ts';
import { navigate } from '../../app/router.ts';
import { useServices } from '../../app/services.ts';
import { createLiveSignal } from '../../ui/createLiveSignal.ts';
import { t } from '../../ui/i18n/t.ts';

/** "Kế hoạch, chỉ tiêu": which plan is followed; choosing, editing targets and manual figures live on Chỉ tiêu. */
export function PlanLinkSection() {
  const { db } = useServices();
  const plan = createLiveSignal(() => watchActivePlan(db), null);
  return (
    <section class="card" aria-labelledby="plan-link-title">
      <h2 id="plan-link-title">{t('Kế hoạch, chỉ tiêu')}</h2>
      <p>{plan.value()?.name ?? t('Chưa chọn kế hoạch.')}</p>
      <button type="button" onClick={() => navigate('indicators')}>
        {t('Chọn, sửa kế hoạch và nhập số liệu')}
      </button>
    </section>
  );
}
