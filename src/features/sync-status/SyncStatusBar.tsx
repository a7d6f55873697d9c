import { createSignal, Show } from 'solid-js';
import { navigate, pathOf } from '../../app/router.ts';
import { useServices } from '../../app/services.ts';
import { watchOutboxCounts } from '../../data/outboxStore.ts';
import { createLiveSignal } from '../../ui/createLiveSignal.ts';
import { formatDateTime } from '../../ui/format.ts';
import { t } from '../../ui/i18n/t.ts';
import { createSyncStatus, dataLossOf, isClockSkewed } from './createSyncStatus.ts';
import { phaseText } from './phaseText.ts';
import './syncStatusBar.css';

/** Always-visible sync state: connection, changes waiting or rejected, last success, last error; opens "Đồng bộ". */
export function SyncStatusBar() {
  const { db, sync } = useServices();
  const status = createSyncStatus(sync);
  const counts = createLiveSignal(() => watchOutboxCounts(db), { pending: 0, rejected: 0 });
  // A plain signal, not a query mutation: the header is on the first paint, @tanstack/solid-query is not.
  const [syncing, setSyncing] = createSignal(false);
  const syncNow = () => {
    setSyncing(true);
    void sync.syncNow().finally(() => setSyncing(false));
  };

  return (
    <section class="sync-bar" aria-label={t('Trạng thái đồng bộ')}>
      <p role="status">
        <Show when={status().phase !== 'offline'} fallback={<strong class="offline">{t('Ngoại tuyến')}</strong>}>
          <span>{phaseText(status().phase)}</span>
        </Show>
        {' · '}
        <Show when={counts.value().pending > 0} fallback={t('Đã gửi hết')}>
          {t('{count} thay đổi chờ gửi', { count: counts.value().pending })}
        </Show>
        <Show when={counts.value().rejected > 0}>
          {' '}
          <span class="sync-badge">{t('{count} bị từ chối', { count: counts.value().rejected })}</span>
        </Show>
        <Show when={status().lastSuccessAt}>{(at) => <>{` · ${t('Lần cuối: {time}', { time: formatDateTime(at()) })}`}</>}</Show>
      </p>
      <Show when={dataLossOf(status())}>{(loss) => <p class="sync-error sync-data-loss">{t(loss())}</p>}</Show>
      <Show when={status().lastError}>{(e) => <p class="sync-error">{t(e())}</p>}</Show>
      <Show when={isClockSkewed(status())}>
        <p class="sync-error">{t('Đồng hồ của máy lệch hơn 2 phút so với máy chủ. Hãy chỉnh lại giờ để tính hạn cho đúng.')}</p>
      </Show>
      <div class="sync-actions">
        <button type="button" class="link" disabled={syncing()} onClick={syncNow}>
          {t('Đồng bộ ngay')}
        </button>
        <a class="sync-details" href={pathOf({ name: 'sync' })} onClick={(e) => (e.preventDefault(), navigate('sync'))}>
          {t('Chi tiết đồng bộ')}
        </a>
      </div>
    </section>
  );
}
