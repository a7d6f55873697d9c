/**
 * The EN key of a message given in a context (gettext's msgctxt): for a Vietnamese text that
 * needs two English renderings, e.g. the tab "Tiếp nhận" ("Receive") beside the fact "Tiếp nhận"
 * ("Received"). The separator is gettext's own (U+0004), which no message contains.
 */
export function contextKey(context: string, vietnamese: string): string {
  return `${context}\u0004${vietnamese}`;
}
