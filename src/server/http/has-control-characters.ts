/**
 * Whether text holds a C0 control character or DEL. None belongs in a path, a cookie or
 * a redirect target, and NUL cannot even be stored by PostgreSQL.
 */
export function hasControlCharacters(text: string): boolean {
  return /[\u0000-\u001f\u007f]/.test(text);
}
