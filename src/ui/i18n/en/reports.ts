/** English entries of the "Báo cáo" screen (see ../en.ts for the conventions). */
export const EN_REPORTS: Readonly<Record<string, string>> = {
  'Báo cáo': 'Reports',
};
