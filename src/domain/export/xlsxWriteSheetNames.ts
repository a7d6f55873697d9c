/** Excel's limit on a sheet name (ECMA-376 §18.2.19 and Excel's own 31-character check). */
export const MAX_SHEET_NAME = 31;

/**
 * Sheet names Excel accepts: at most 31 characters, none of []:*?/\, no leading or trailing
 * apostrophe, not the reserved "History", unique without regard to case. Blank names become
 * "Trang N".
 */
export function sanitizeSheetNames(names: readonly string[]): string[] {
  const used = new Set<string>();
  return names.map((raw, index) => {
    let base = [...raw]
      .map((ch) => (ch.charCodeAt(0) < 0x20 ? ' ' : ch))
      .join('')
      .replace(/[[\]:*?/\\]/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/^'+|'+$/g, '')
      .trim();
    if (base === '') base = `Trang ${index + 1}`;
    if (base.toLowerCase() === 'history') base = `${base} 1`;
    base = [...base].slice(0, MAX_SHEET_NAME).join('').trim();
    let name = base;
    for (let n = 2; used.has(name.toLowerCase()); n += 1) {
      const suffix = ` (${n})`;
      name = [...base].slice(0, MAX_SHEET_NAME - suffix.length).join('').trimEnd() + suffix;
    }
    used.add(name.toLowerCase());
    return name;
  });
}

/** A sheet name quoted for a formula or defined name: 'Sổ theo dõi'!… ('' doubles a quote). */
export function quotedSheetName(name: string): string {
  return `'${name.replaceAll("'", "''")}'`;
}
