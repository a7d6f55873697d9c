import { t } from '../../ui/i18n/t.ts';
import { QuarantineSection } from './QuarantineSection.tsx';
import { SyncOverview } from './SyncOverview.tsx';
import './sync.css';

/** "Đồng bộ": where sync stands, and the changes the server rejected, each fixable. */
export function SyncScreen() {
  return (
    <div class="screen sync">
      <h1>{t('Đồng bộ')}</h1>
      <p class="subtitle">{t('Hồ sơ luôn lưu trên máy trước, rồi được gửi lên máy chủ của đơn vị khi có mạng.')}</p>
      <SyncOverview />
      <QuarantineSection />
    </div>
  );
}
