/**
 * Unit and officer ids as an operator types them: letters, digits, dot, dash or underscore,
 * starting with a letter or digit, at most 64 characters (e.g. `xa-an-binh`, `nguyenvana`).
 */
const ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

/** True when `id` is acceptable as a unit or officer id. */
export function isAccessId(id: string): boolean {
  return ID.test(id);
}
