import { t } from '../../ui/i18n/t.ts';
import { CalendarSection } from './CalendarSection.tsx';
import { CatalogueSection } from './CatalogueSection.tsx';
import { LanguageSection } from './LanguageSection.tsx';
import { OfficerSection } from './OfficerSection.tsx';
import { ReportingSection } from './ReportingSection.tsx';

/** "Cài đặt": the language, the officer, reporting rules, the working calendar and the procedure catalogue, all on the device. */
export function SettingsScreen() {
  return (
    <div class="screen settings">
      <h1>{t('Cài đặt')}</h1>
      <p class="subtitle">{t('Lưu trên máy này, dùng được cả khi không có mạng.')}</p>
      <LanguageSection />
      <OfficerSection />
      <ReportingSection />
      <CalendarSection />
      <CatalogueSection />
    </div>
  );
}
