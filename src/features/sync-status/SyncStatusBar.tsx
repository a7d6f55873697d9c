import { createMutation } from '@tanstack/solid-query';
import { createSignal, onCleanup, Show } from 'solid-js';
import { watchOutboxCounts } from '../../data/outboxStore.ts';
import { useServices } from '../../app/services.ts';
import { CLOCK_SKEW_WARNING_MS, INITIAL_SYNC_STATUS } from '../../sync/client/syncStatus.ts';
import { createLiveSignal } from '../../ui/createLiveSignal.ts';
import { formatCount, formatDateTime } from '../../ui/format.ts';
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
    <section class="sync-bar" aria-label="Trạng thái đồng bộ">
      <p role="status">
        <Show when={status().phase !== 'offline'} fallback={<strong class="offline">Ngoại tuyến</strong>}>
          <span>{status().phase === 'syncing' ? 'Đang đồng bộ…' : 'Trực tuyến'}</span>
        </Show>
        {' · '}
        <Show when={counts.value().pending > 0} fallback="Đã gửi hết">
          {`${formatCount(counts.value().pending)} thay đổi chờ gửi`}
        </Show>
        <Show when={counts.value().rejected > 0}>{` · ${formatCount(counts.value().rejected)} bị từ chối`}</Show>
        <Show when={status().lastSuccessAt}>{(at) => ` · Lần cuối: ${formatDateTime(at())}`}</Show>
      </p>
      <Show when={status().lastError}>{(e) => <p class="sync-error">{e()}</p>}</Show>
      <Show when={skewed()}>
        <p class="sync-error">Đồng hồ của máy lệch hơn 2 phút so với máy chủ. Hãy chỉnh lại giờ để tính hạn cho đúng.</p>
      </Show>
      <button type="button" class="link" disabled={syncNow.isPending} onClick={() => syncNow.mutate()}>
        Đồng bộ ngay
      </button>
    </section>
  );
}
