import { procedureCsvTemplate } from '../../domain/procedureCsv.ts';
import { createCsvUrl } from '../../ui/download.ts';

/** File name of the downloadable catalogue template. */
export const TEMPLATE_FILE_NAME = 'mau-danh-muc-thu-tuc.csv';

/** An object URL holding the CSV template (UTF-8 with BOM, so Excel shows the diacritics), freed with the owner. */
export function createTemplateUrl(): string {
  return createCsvUrl(procedureCsvTemplate());
}
