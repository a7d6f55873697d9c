import { onCleanup } from 'solid-js';
import { procedureCsvTemplate } from '../../domain/procedureCsv.ts';

/** File name of the downloadable catalogue template. */
export const TEMPLATE_FILE_NAME = 'mau-danh-muc-thu-tuc.csv';

/** An object URL holding the CSV template (UTF-8 with BOM, so Excel shows the diacritics), freed with the owner. */
export function createTemplateUrl(): string {
  const url = URL.createObjectURL(new Blob([procedureCsvTemplate()], { type: 'text/csv;charset=utf-8' }));
  onCleanup(() => URL.revokeObjectURL(url));
  return url;
}
