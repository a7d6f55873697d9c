/** English entries of the "Tổng hợp" screen (see ../en.ts for the conventions). */
export const EN_SUPERVISOR: Readonly<Record<string, string>> = {
  'Tổng hợp': 'Overview',
};
