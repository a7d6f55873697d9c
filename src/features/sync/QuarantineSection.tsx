import { createSignal, For, Show } from 'solid-js';
import { syncAfterSave } from '../../app/backgroundSync.ts';
import { useServices } from '../../app/services.ts';
import { discardRejected, retryRejected, watchRejected } from '../../data/quarantineStore.ts';
import { createLiveSignal } from '../../ui/createLiveSignal.ts';
import { t } from '../../ui/i18n/t.ts';
import { RejectedChangeItem } from './RejectedChangeItem.tsx';

/**
 * "Thay đổi bị máy chủ từ chối": the quarantine. Each change waits here, never blocking the
 * queue, until the officer sends it again, discards it, or fixes the record (a new save makes
 * a new change).
 */
export function QuarantineSection() {
  const { db, sync } = useServices();
  const rejected = createLiveSignal(() => watchRejected(db), []);
  const [busy, setBusy] = createSignal(false);
  const [done, setDone] = createSignal('');
  const [failed, setFailed] = createSignal('');

  const act = async (action: () => Promise<boolean>, success: string) => {
    setBusy(true);
    setDone('');
    setFailed('');
    try {
      setDone((await action()) ? success : t('Thay đổi này đã được xử lý trước đó.'));
    } catch (error) {
      setFailed(t('Chưa làm được: {reason}', { reason: error instanceof Error ? t(error.message) : String(error) }));
    } finally {
      setBusy(false);
    }
  };

  const retry = (seq: number) =>
    act(async () => {
      const queued = await retryRejected(db, seq);
      if (queued) syncAfterSave(sync);
      return queued;
    }, t('Đã đưa thay đổi vào hàng chờ và đang gửi lại.'));

  const discard = (seq: number) => act(() => discardRejected(db, seq), t('Đã bỏ thay đổi. Nó sẽ không được gửi lên máy chủ.'));

  return (
    <section class="card quarantine" aria-labelledby="quarantine-title">
      <h2 id="quarantine-title">{t('Thay đổi bị máy chủ từ chối')}</h2>
      <Show when={rejected.value().length > 0} fallback={<p>{t('Không có thay đổi nào bị từ chối.')}</p>}>
        <p>
          {t('{count} thay đổi bị từ chối. Chúng không chặn các thay đổi khác. Mở hồ sơ để sửa (lưu lại sẽ tạo thay đổi mới), gửi lại, hoặc bỏ.', {
            count: rejected.value().length,
          })}
        </p>
        <ul class="rejected-list">
          <For each={rejected.value()}>
            {(change) => <RejectedChangeItem change={change} busy={busy()} onRetry={() => void retry(change.seq)} onDiscard={() => discard(change.seq)} />}
          </For>
        </ul>
      </Show>
      <p class="notice ok" role="status" hidden={done() === ''}>
        {done()}
      </p>
      <p class="notice error" role="alert" hidden={failed() === ''}>
        {failed()}
      </p>
      <Show when={rejected.error()}>
        <p class="notice error">{t('Không đọc được danh sách thay đổi bị từ chối.')}</p>
      </Show>
    </section>
  );
}
