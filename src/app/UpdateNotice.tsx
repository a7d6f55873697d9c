import { createSignal, onCleanup, Show } from 'solid-js';
import { outboxCounts, watchOutboxCounts } from '../data/outboxStore.ts';
import { createLiveSignal } from '../ui/createLiveSignal.ts';
import { t } from '../ui/i18n/t.ts';
import { useServices } from './services.ts';
import { acceptUpdate } from './updateConsent.ts';

/**
 * "Có phiên bản mới": shown once a new version waits. It takes over only when the officer
 * taps "Cập nhật", after the outbox is pushed when online; offline the banner says beforehand
 * that the changes not yet sent stay on the phone and the new version sends them.
 */
export function UpdateNotice(props: { activate: () => void }) {
  const { db, sync } = useServices();
  const counts = createLiveSignal(() => watchOutboxCounts(db), { pending: 0, rejected: 0 });
  const [online, setOnline] = createSignal(navigator.onLine);
  const follow = () => setOnline(navigator.onLine);
  window.addEventListener('online', follow);
  window.addEventListener('offline', follow);
  onCleanup(() => {
    window.removeEventListener('online', follow);
    window.removeEventListener('offline', follow);
  });
  const [step, setStep] = createSignal<'ready' | 'pushing' | 'switching'>('ready');
  const accept = async (activate: () => void) => {
    setStep('switching');
    await acceptUpdate({
      pendingChanges: async () => (await outboxCounts(db)).pending,
      online: () => navigator.onLine,
      push: () => sync.syncNow(),
      activate,
      onPushing: () => setStep('pushing'),
    });
    setStep('switching');
  };
  return (
    <div class="notice update" role="alert">
      <p>
        {t('Có phiên bản mới.')}
        <Show when={step() === 'ready' && !online() && counts.value().pending > 0}>
          {' '}
          {t('{count} thay đổi chưa gửi vẫn nằm an toàn trên máy; phiên bản mới sẽ gửi chúng khi có mạng.', { count: counts.value().pending })}
        </Show>
        <Show when={step() === 'pushing'}> {t('Đang gửi các thay đổi lên máy chủ trước khi cập nhật…')}</Show>
        <Show when={step() === 'switching'}> {t('Đang chuyển sang phiên bản mới…')}</Show>
      </p>
      <button type="button" disabled={step() !== 'ready'} onClick={() => void accept(props.activate)}>
        {t('Cập nhật')}
      </button>
    </div>
  );
}
