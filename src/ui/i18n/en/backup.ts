/** English entries of the backup screens (see ../en.ts for the conventions). */
export const EN_BACKUP: Readonly<Record<string, string>> = {};
