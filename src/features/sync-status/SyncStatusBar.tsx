import { createMutation } from '@tanstack/solid-query';
import { createSignal, onCleanup, Show } from 'solid-js';
import { watchOutboxCounts } from '../../data/outboxStore.ts';
import { useServices } from '../../app/services.ts';
import { CLOCK_SKEW_WARNING_MS, INITIAL_SYNC_STATUS } from '../../sync/client/syncStatus.ts';
import { createLiveSignal } from '../../ui/createLiveSignal.ts';
import { formatDateTime } from '../../ui/format.ts';
import { t } from '../../ui/i18n/t.ts';
import { syncKeys } from './syncKeys.ts';

/** Always-visible sync state: connection, changes waiting, last success, last error. */
export function SyncStatusBar() {
  const { db, sync } = useServices();
  const [status, setStatus] = createSignal(INITIAL_SYNC_STATUS);
  onCleanup(sync.subscribe(setStatus));
  const counts = createLiveSignal(() => watchOutboxCounts(db), { pending: 0, rejected: 0 });
  const syncNow = createMutation(() => ({ mutationKey: syncKeys.push(), mutationFn: () => sync.syncNow(), networkMode: 'always' }));

  const skewed = () => {
    const skew = status().clockSkewMs;
    return skew !== null && Math.abs(skew) > CLOCK_SKEW_WARNING_MS;
  };

  return (
    <section class="sync-bar" aria-label={t('Trạng thái đồng bộ')}>
      <p role="status">
        <Show when={status().phase !== 'offline'} fallback={<strong class="offline">{t('Ngoại tuyến')}</strong>}>
          <span>{status().phase === 'syncing' ? t('Đang đồng bộ…') : t('Trực tuyến')}</span>
        </Show>
        {' · '}
        <Show when={counts.value().pending > 0} fallback={t('Đã gửi hết')}>
          {t('{count} thay đổi chờ gửi', { count: counts.value().pending })}
        </Show>
        <Show when={counts.value().rejected > 0}>{` · ${t('{count} bị từ chối', { count: counts.value().rejected })}`}</Show>
        <Show when={status().lastSuccessAt}>{(at) => <>{` · ${t('Lần cuối: {time}', { time: formatDateTime(at()) })}`}</>}</Show>
      </p>
      <Show when={status().lastError}>{(e) => <p class="sync-error">{t(e())}</p>}</Show>
      <Show when={skewed()}>
        <p class="sync-error">{t('Đồng hồ của máy lệch hơn 2 phút so với máy chủ. Hãy chỉnh lại giờ để tính hạn cho đúng.')}</p>
      </Show>
      <button type="button" class="link" disabled={syncNow.isPending} onClick={() => syncNow.mutate()}>
        {t('Đồng bộ ngay')}
      </button>
    </section>
  );
}
