import { createSignal, Match, Switch } from 'solid-js';
import { appVersion } from '../../app/appVersion.ts';
import { t } from '../../ui/i18n/t.ts';
import { appInstalled, isIos, promptAvailable, showInstallPrompt } from './installPrompt.ts';

/**
 * "Ứng dụng" in Cài đặt: the version this phone runs and how to put the app on the home
 * screen: Chromium's own dialog when it offered one, the steps by hand on iPhone Safari
 * (which has no prompt), the browser menu elsewhere.
 */
export function InstallSection() {
  const [declined, setDeclined] = createSignal(false);
  const install = async () => setDeclined((await showInstallPrompt()) === 'dismissed');
  return (
    <section class="card" aria-labelledby="app-install-title">
      <h2 id="app-install-title">{t('Ứng dụng')}</h2>
      <p>{t('Phiên bản {version}', { version: appVersion() })}</p>
      <Switch
        fallback={
          <p>
            {declined()
              ? t('Chưa cài. Khi cần, mở menu của trình duyệt và chọn «Cài đặt ứng dụng» hoặc «Thêm vào màn hình chính».')
              : t('Để cài lên màn hình chính, mở menu của trình duyệt và chọn «Cài đặt ứng dụng» hoặc «Thêm vào màn hình chính».')}
          </p>
        }
      >
        <Match when={appInstalled()}>
          <p role="status">{t('Ứng dụng đã được cài trên máy này.')}</p>
        </Match>
        <Match when={promptAvailable()}>
          <p>{t('Cài lên màn hình chính để mở nhanh như một ứng dụng và dùng cả khi không có mạng.')}</p>
          <button type="button" class="primary" onClick={() => void install()}>
            {t('Cài đặt ứng dụng lên màn hình chính')}
          </button>
        </Match>
        <Match when={isIos()}>
          <ol aria-label={t('Cài trên iPhone')}>
            <li>{t('Mở trang này bằng Safari.')}</li>
            <li>{t('Bấm nút Chia sẻ (hình vuông có mũi tên lên).')}</li>
            <li>{t('Chọn «Thêm vào Màn hình chính», rồi bấm «Thêm».')}</li>
          </ol>
        </Match>
      </Switch>
    </section>
  );
}
