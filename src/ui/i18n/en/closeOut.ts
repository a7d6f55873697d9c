/** English entries of the closeOut screens (see ../en.ts for the conventions). */
export const EN_CLOSE_OUT: Readonly<Record<string, string>> = {};
