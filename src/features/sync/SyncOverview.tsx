import { createMutation } from '@tanstack/solid-query';
import { Show } from 'solid-js';
import { navigate, pathOf } from '../../app/router.ts';
import { useServices } from '../../app/services.ts';
import { watchEnrollment } from '../../data/enrollmentStore.ts';
import { watchOutboxCounts } from '../../data/outboxStore.ts';
import { createLiveSignal } from '../../ui/createLiveSignal.ts';
import { formatCount, formatDateTime } from '../../ui/format.ts';
import { t } from '../../ui/i18n/t.ts';
import { createSyncStatus, dataLossOf, isClockSkewed } from '../sync-status/createSyncStatus.ts';
import { phaseText } from '../sync-status/phaseText.ts';
import { syncKeys } from '../sync-status/syncKeys.ts';

/** "Tình trạng": connection, what waits, the last success and error, clock, enrollment; "Đồng bộ ngay". */
export function SyncOverview() {
  const { db, sync } = useServices();
  const status = createSyncStatus(sync);
  const counts = createLiveSignal(() => watchOutboxCounts(db), { pending: 0, rejected: 0 });
  const enrollment = createLiveSignal(() => watchEnrollment(db), null);
  const syncNow = createMutation(() => ({ mutationKey: syncKeys.push(), mutationFn: () => sync.syncNow(), networkMode: 'always' }));

  return (
    <section class="card sync-overview" aria-labelledby="sync-overview-title">
      <h2 id="sync-overview-title">{t('Tình trạng')}</h2>
      <Show when={dataLossOf(status())}>
        {(loss) => (
          <p class="sync-data-loss" role="alert">
            {t(loss())}
          </p>
        )}
      </Show>
      <dl class="indicator-list">
        <div>
          <dt>{t('Kết nối')}</dt>
          <dd>{phaseText(status().phase)}</dd>
        </div>
        <div>
          <dt>{t('Thay đổi chờ gửi')}</dt>
          <dd>{formatCount(counts.value().pending)}</dd>
        </div>
        <div>
          <dt>{t('Đồng bộ thành công lần cuối')}</dt>
          <dd>{status().lastSuccessAt ? formatDateTime(status().lastSuccessAt!) : t('Chưa có')}</dd>
        </div>
        <div>
          <dt>{t('Lỗi gần nhất')}</dt>
          <dd>{status().lastError ? t(status().lastError!) : t('Không có')}</dd>
        </div>
        <div>
          <dt>{t('Thiết bị')}</dt>
          <dd>
            <Show when={enrollment.value()} fallback={t('Chưa đăng ký')}>
              {(e) => t('Đã đăng ký: {unit} · {officer}', { unit: e().unit.name, officer: e().officer.name })}
            </Show>
          </dd>
        </div>
      </dl>
      <Show when={isClockSkewed(status())}>
        <p class="notice error">{t('Đồng hồ của máy lệch hơn 2 phút so với máy chủ. Hãy chỉnh lại giờ để tính hạn cho đúng.')}</p>
      </Show>
      <Show when={enrollment.value() === null}>
        <p>{t('Máy này chưa đăng ký nên chưa gửi gì lên máy chủ; mọi hồ sơ vẫn lưu trên máy.')}</p>
        <a class="button-link" href={pathOf({ name: 'settings' })} onClick={(e) => (e.preventDefault(), navigate('settings'))}>
          {t('Đăng ký thiết bị')}
        </a>
      </Show>
      <button type="button" class="primary" disabled={syncNow.isPending} onClick={() => syncNow.mutate()}>
        {syncNow.isPending ? t('Đang đồng bộ…') : t('Đồng bộ ngay')}
      </button>
    </section>
  );
}
