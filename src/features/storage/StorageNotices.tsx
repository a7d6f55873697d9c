import { createResource, createSignal, onCleanup, Show } from 'solid-js';
import { useServices } from '../../app/services.ts';
import { readEnrollment } from '../../data/enrollmentStore.ts';
import { localStore } from '../../data/localStore.ts';
import { rememberLastSync } from '../../data/storageHealth.ts';
import { acknowledgeStorageWipe, findStorageWipe } from '../../data/storageMarker.ts';
import { dismissPersistenceRefusal, onPersistenceAnswer, persistenceRefusalPending } from '../../data/storagePersistence.ts';
import { DEVICE_WIPED_LEAD } from '../../sync/client/dataLoss.ts';
import { formatDateTime } from '../../ui/format.ts';
import { t } from '../../ui/i18n/t.ts';
import { goToSettingsSection } from './goToSettingsSection.ts';
import './storage.css';

/**
 * Messages about the phone's storage, shown above every screen (issue 7, items 1 and 3):
 * the browser deleted the data (found by the phone's own mark, or by the server knowing more
 * changes from this device than it remembers), and the browser refused to keep data for good.
 */
export function StorageNotices() {
  const { db, sync } = useServices();
  const [serverSaysWiped, setServerSaysWiped] = createSignal(false);
  onCleanup(
    sync.subscribe((status) => {
      if (status.lastSuccessAt !== null) rememberLastSync(status.lastSuccessAt, localStore());
      setServerSaysWiped(status.dataLoss?.includes(DEVICE_WIPED_LEAD) ?? false);
    }),
  );
  const [wipe, { mutate: setWipe }] = createResource(() => findStorageWipe(db).catch(() => null));
  const [refused, setRefused] = createSignal(persistenceRefusalPending());
  onCleanup(onPersistenceAnswer(() => setRefused(persistenceRefusalPending())));
  const [reloadNote, setReloadNote] = createSignal<string | null>(null);

  const reloadFromServer = async () => {
    if ((await readEnrollment(db)) !== null) {
      setReloadNote(t('Đang tải lại hồ sơ của đơn vị từ máy chủ…'));
      await sync.syncNow();
      setReloadNote(t('Đã tải lại những gì máy chủ có. Hãy kiểm tra những hồ sơ ghi sau lần đồng bộ cuối.'));
    } else {
      // The token was kept in the deleted database: only a new enrollment can fetch the unit's records.
      setReloadNote(t('Mã đăng ký cũ đã mất cùng dữ liệu. Hãy xin người quản trị một mã đăng ký mới và đăng ký lại máy: hồ sơ đơn vị đã nhận trên máy chủ sẽ được tải về.'));
      goToSettingsSection('enrollment-title');
    }
  };

  return (
    <>
      <Show when={wipe() ?? (serverSaysWiped() ? { firstRecordAt: null } : null)}>
        {(found) => (
          <section class="notice error storage-wiped" role="alert" aria-labelledby="storage-wiped-title">
            <h2 id="storage-wiped-title">{t('Dữ liệu trên máy đã bị xóa')}</h2>
            <p>
              {found().firstRecordAt === null
                ? t('Máy chủ có nhiều thay đổi từ máy này hơn những gì máy còn giữ: trình duyệt đã xóa dữ liệu hoặc máy đã quay về bản cũ.')
                : t('Trình duyệt đã xóa dữ liệu của Sổ Một Cửa trên máy này (máy có hồ sơ từ {time}), thường là khi bộ nhớ gần đầy.', { time: formatDateTime(found().firstRecordAt!) })}{' '}
              {t('Hồ sơ đã đồng bộ vẫn còn trên máy chủ; thay đổi chưa gửi chỉ còn trong bản sao lưu đã tải.')}
            </p>
            <div class="row wrap">
              <button type="button" onClick={() => goToSettingsSection('backup-title')}>
                {t('Khôi phục từ bản sao lưu')}
              </button>
              <button type="button" onClick={() => void reloadFromServer()}>
                {t('Tải lại từ máy chủ')}
              </button>
              <Show when={wipe()}>
                <button type="button" onClick={() => void acknowledgeStorageWipe(db).then(() => setWipe(null))}>
                  {t('Đã hiểu')}
                </button>
              </Show>
            </div>
            <Show when={reloadNote()}>{(note) => <p role="status">{note()}</p>}</Show>
          </section>
        )}
      </Show>
      <Show when={refused()}>
        <section class="notice storage-not-kept" aria-labelledby="storage-not-kept-title">
          <h2 id="storage-not-kept-title">{t('Trình duyệt chưa cam kết giữ dữ liệu')}</h2>
          <p>{t('Khi bộ nhớ của máy gần đầy, trình duyệt có thể tự xóa dữ liệu của ứng dụng, kể cả hồ sơ chưa gửi.')}</p>
          <p>{t('Để an toàn: cài ứng dụng vào màn hình chính, đồng bộ thường xuyên và tải bản sao lưu định kỳ (Cài đặt › Sao lưu và khôi phục).')}</p>
          <button type="button" onClick={() => (dismissPersistenceRefusal(), setRefused(false))}>
            {t('Đã hiểu')}
          </button>
        </section>
      </Show>
    </>
  );
}
