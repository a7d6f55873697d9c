/** English entries of the importRegister screens (see ../en.ts for the conventions). */
export const EN_IMPORT_REGISTER: Readonly<Record<string, string>> = {};
