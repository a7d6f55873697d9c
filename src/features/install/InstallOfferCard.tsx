import { Show } from 'solid-js';
import { useServices } from '../../app/services.ts';
import { watchDossierCount } from '../../data/dossierCount.ts';
import { createLiveSignal } from '../../ui/createLiveSignal.ts';
import { t } from '../../ui/i18n/t.ts';
import { shouldOfferInstall } from './installOfferPolicy.ts';
import { appInstalled, installDismissedAt, promptAvailable, rememberDismissed, showInstallPrompt } from './installPrompt.ts';

/** "Cài Sổ Một Cửa lên màn hình chính…" with "Cài ngay" / "Để sau", once a third dossier is saved. */
export function OfferAfterThirdDossier() {
  const { db } = useServices();
  const count = createLiveSignal(() => watchDossierCount(db), 0);
  const offer = () =>
    shouldOfferInstall({
      promptAvailable: promptAvailable(),
      standalone: appInstalled(),
      savedDossiers: count.value(),
      dismissedAt: installDismissedAt(),
      now: Date.now(),
    });
  return (
    <Show when={offer()}>
      <section class="notice update install-offer" aria-label={t('Cài đặt ứng dụng')}>
        <p>{t('Cài Sổ Một Cửa lên màn hình chính để mở nhanh và dùng cả khi không có mạng.')}</p>
        <div class="row">
          <button type="button" onClick={() => void showInstallPrompt()}>
            {t('Cài ngay')}
          </button>
          <button type="button" class="link" onClick={() => rememberDismissed(Date.now())}>
            {t('Để sau')}
          </button>
        </div>
      </section>
    </Show>
  );
}
