/** One stored setting (see settings.ts for the typed keys and their defaults). */
export interface SettingRecord {
  key: string;
  value: unknown;
}
