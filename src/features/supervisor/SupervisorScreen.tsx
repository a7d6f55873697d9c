import { Match, Switch } from 'solid-js';
import './supervisor.css';
import { navigate, pathOf } from '../../app/router.ts';
import { useServices } from '../../app/services.ts';
import { watchEnrollment } from '../../data/enrollmentStore.ts';
import { createLiveSignal } from '../../ui/createLiveSignal.ts';
import { t } from '../../ui/i18n/t.ts';
import { SupervisorReports } from './SupervisorReports.tsx';

/** "Tổng hợp": a supervisor's view of its unit's officers, or of its district's units. */
export function SupervisorScreen() {
  const { db } = useServices();
  const enrollment = createLiveSignal(() => watchEnrollment(db), undefined);
  const toSettings = (
    <a class="button-link" href={pathOf({ name: 'settings' })} onClick={(e) => (e.preventDefault(), navigate('settings'))}>
      {t('Mở Cài đặt')}
    </a>
  );
  return (
    <div class="screen supervisor">
      <h1>{t('Tổng hợp')}</h1>
      <Switch>
        <Match when={enrollment.value() === null}>
          <p>{t('Màn hình này dành cho tài khoản giám sát (Văn phòng – Thống kê của xã hoặc huyện). Hãy đăng ký máy bằng mã của tài khoản giám sát trong Cài đặt.')}</p>
          {toSettings}
        </Match>
        <Match when={enrollment.value()?.role === 'officer' ? enrollment.value() : null}>
          {(e) => (
            <>
              <p>{t('Màn hình này cần máy đăng ký bằng tài khoản giám sát. Máy này đang đăng ký cho cán bộ {officer} ({unit}).', { officer: e().officer.name, unit: e().unit.name })}</p>
              {toSettings}
            </>
          )}
        </Match>
        <Match when={enrollment.value()?.role === 'supervisor' ? enrollment.value() : null}>{(e) => <SupervisorReports enrollment={e()} />}</Match>
      </Switch>
    </div>
  );
}
