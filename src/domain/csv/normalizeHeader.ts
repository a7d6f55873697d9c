/**
 * Folds a header or search text to lower case ASCII without Vietnamese diacritics (đ → d),
 * so "Tên thủ tục", "ten thu tuc" and "TEN_THU_TUC" all match.
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[_\s]+/g, ' ')
    .trim();
}
