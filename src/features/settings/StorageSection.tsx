import { createResource, createSignal, onCleanup, Show } from 'solid-js';
import { navigate, pathOf } from '../../app/router.ts';
import { watchOutboxCounts } from '../../data/outboxStore.ts';
import { useServices } from '../../app/services.ts';
import { INITIAL_SYNC_STATUS } from '../../sync/client/syncStatus.ts';
import { createLiveSignal } from '../../ui/createLiveSignal.ts';
import { formatCount, formatDateTime } from '../../ui/format.ts';
import { t } from '../../ui/i18n/t.ts';

const megabytes = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

/** "Lưu trữ và đồng bộ": space used on the phone, whether the browser keeps it, and what waits to be sent. */
export function StorageSection() {
  const { db, sync } = useServices();
  const [status, setStatus] = createSignal(INITIAL_SYNC_STATUS);
  onCleanup(sync.subscribe(setStatus));
  const counts = createLiveSignal(() => watchOutboxCounts(db), { pending: 0, rejected: 0 });
  const [storage] = createResource(async () => {
    const estimate = await navigator.storage?.estimate?.();
    const persisted = await navigator.storage?.persisted?.();
    return { used: estimate?.usage ?? null, quota: estimate?.quota ?? null, persisted: persisted ?? false };
  });
  return (
    <section class="card" aria-labelledby="storage-title">
      <h2 id="storage-title">{t('Lưu trữ và đồng bộ')}</h2>
      <dl class="indicator-list">
        <Show when={storage()}>
          {(s) => (
            <>
              <div>
                <dt>{t('Dung lượng đã dùng')}</dt>
                <dd>{s().used === null || s().quota === null ? t('Không rõ') : `${megabytes(s().used!)} MB / ${megabytes(s().quota!)} MB`}</dd>
              </div>
              <div>
                <dt>{t('Trình duyệt giữ dữ liệu lâu dài')}</dt>
                <dd>{s().persisted ? t('Có') : t('Chưa')}</dd>
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
          <dd>{status().lastSuccessAt ? formatDateTime(status().lastSuccessAt!) : t('Chưa có')}</dd>
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
