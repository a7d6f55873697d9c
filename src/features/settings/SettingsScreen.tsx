import { CalendarSection } from './CalendarSection.tsx';
import { CatalogueSection } from './CatalogueSection.tsx';
import { OfficerSection } from './OfficerSection.tsx';
import { ReportingSection } from './ReportingSection.tsx';

/** "Cài đặt": the officer, reporting rules, the working calendar and the procedure catalogue, all on the device. */
export function SettingsScreen() {
  return (
    <div class="screen settings">
      <h1>Cài đặt</h1>
      <p class="subtitle">Lưu trên máy này, dùng được cả khi không có mạng.</p>
      <OfficerSection />
      <ReportingSection />
      <CalendarSection />
      <CatalogueSection />
    </div>
  );
}
