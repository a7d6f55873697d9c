import { createMemo, createResource, createSignal, onCleanup, Show } from 'solid-js';
import { navigate, pathOf } from '../../app/router.ts';
import { localStore } from '../../data/localStore.ts';
import { watchOutboxCounts } from '../../data/outboxStore.ts';
import { assessStorage, recalledLastSync } from '../../data/storageHealth.ts';
import { useServices } from '../../app/services.ts';
import { formatBytes } from '../storage/formatBytes.ts';
import '../storage/storage.css';
import { INITIAL_SYNC_STATUS } from '../../sync/client/syncStatus.ts';
import { createLiveSignal } from '../../ui/createLiveSignal.ts';
import { formatCount, formatDateTime, formatPercent } from '../../ui/format.ts';
import { t } from '../../ui/i18n/t.ts';

/**
 * "Lưu trữ và đồng bộ", the storage health card (issue 7, item 2): space used of the quota,
 * whether the browser keeps the data for good, how long since the last sync, what waits to be
 * sent and what the server refused; the card turns to a warning when the phone is more than
 * 80 % full, or changes have waited more than 3 days since the last successful sync.
 */
export function StorageSection() {
  const { db, sync } = useServices();
  const [status, setStatus] = createSignal(INITIAL_SYNC_STATUS);
  onCleanup(sync.subscribe(setStatus));
  const counts = createLiveSignal(() => watchOutboxCounts(db), { pending: 0, rejected: 0 });
  const [storage] = createResource(async () => {
    const estimate = await navigator.storage?.estimate?.().catch(() => undefined);
    const persisted = await navigator.storage?.persisted?.().catch(() => false);
    return { usage: estimate?.usage ?? null, quota: estimate?.quota ?? null, persisted: persisted ?? false };
  });
  const lastSuccessAt = () => status().lastSuccessAt ?? recalledLastSync(localStore());
  const health = createMemo(() =>
    assessStorage({ usage: storage()?.usage ?? null, quota: storage()?.quota ?? null, pending: counts.value().pending, lastSuccessAt: lastSuccessAt() }, new Date()),
  );
  const warned = () => health().nearlyFull || health().syncOverdue;
  return (
    <section class="card storage-health" classList={{ 'storage-health-warning': warned() }} aria-labelledby="storage-title">
      <h2 id="storage-title">{t('Lưu trữ và đồng bộ')}</h2>
      <Show when={health().nearlyFull}>
        <p class="warning-text">{t('Bộ nhớ gần đầy: hãy xóa bớt ảnh, video hoặc ứng dụng không dùng, và tải bản sao lưu.')}</p>
      </Show>
      <Show when={health().syncOverdue}>
        <p class="warning-text">{t('Có thay đổi chưa gửi đã hơn 3 ngày: hãy kết nối mạng và đồng bộ.')}</p>
      </Show>
      <dl class="indicator-list">
        <Show when={storage()}>
          {(s) => (
            <>
              <div>
                <dt>{t('Dung lượng đã dùng')}</dt>
                <dd>
                  {s().usage === null || s().quota === null
                    ? t('Không rõ')
                    : `${formatBytes(s().usage!)} / ${formatBytes(s().quota!)} (${formatPercent((health().usedShare ?? 0) * 100)})`}
                </dd>
              </div>
              <div>
                <dt>{t('Trình duyệt giữ dữ liệu lâu dài')}</dt>
                <dd>{s().persisted ? t('Có') : t('Chưa: trình duyệt có thể xóa khi máy thiếu bộ nhớ')}</dd>
              </div>
            </>
          )}
        </Show>
        <div>
          <dt>{t('Thay đổi chờ gửi')}</dt>
          <dd>{formatCount(counts.value().pending)}</dd>
        </div>
        <div>
          <dt>{t('Thay đổi bị máy chủ từ chối')}</dt>
          <dd>{formatCount(counts.value().rejected)}</dd>
        </div>
        <div>
          <dt>{t('Đồng bộ thành công lần cuối')}</dt>
          <dd>
            {lastSuccessAt() === null
              ? t('Chưa có')
              : t('{time} ({count} ngày trước)', { time: formatDateTime(lastSuccessAt()!), count: health().daysSinceSync ?? 0 })}
          </dd>
        </div>
      </dl>
      <div class="row wrap">
        <button type="button" onClick={() => void sync.syncNow()}>
          {t('Đồng bộ ngay')}
        </button>
        <a class="button-link" href={pathOf({ name: 'sync' })} onClick={(e) => (e.preventDefault(), navigate('sync'))}>
          {t('Chi tiết đồng bộ')}
        </a>
      </div>
    </section>
  );
}
