import { t } from '../../ui/i18n/t.ts';
import { InstallSection } from '../install/InstallSection.tsx';
import { BackupSection } from './BackupSection.tsx';
import { CalendarSection } from './CalendarSection.tsx';
import { CatalogueSection } from './CatalogueSection.tsx';
import { EnrollmentSection } from './EnrollmentSection.tsx';
import { LanguageSection } from './LanguageSection.tsx';
import { OfficerSection } from './OfficerSection.tsx';
import { PlanLinkSection } from './PlanLinkSection.tsx';
import { RegisterImport } from './RegisterImport.tsx';
import { StorageSection } from './StorageSection.tsx';
import { UnitSection } from './UnitSection.tsx';
import { ReportingSection } from './ReportingSection.tsx';

/** "Cài đặt": language, device enrollment, unit and officer, plan, reporting rules, working calendar, procedure catalogue, storage and sync. */
export function SettingsScreen() {
  return (
    <div class="screen settings">
      <h1>{t('Cài đặt')}</h1>
      <p class="subtitle">{t('Lưu trên máy này, dùng được cả khi không có mạng.')}</p>
      <LanguageSection />
      <EnrollmentSection />
      <UnitSection />
      <OfficerSection />
      <PlanLinkSection />
      <ReportingSection />
      <CalendarSection />
      <CatalogueSection />
      <RegisterImport />
      <StorageSection />
      <BackupSection />
      <InstallSection />
    </div>
  );
}
