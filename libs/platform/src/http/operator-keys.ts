/**
 * Finds a key that MongoDB would read as an operator or a path (`$ne`, `a.b`) anywhere in a value.
 * Schemas reject unknown keys too; this is the second lock on the same door.
 */
export function findOperatorKey(value: unknown, depth = 0): string | undefined {
  if (depth > 32 || value === null || typeof value !== 'object') return undefined;
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = findOperatorKey(item, depth + 1);
      if (found) return found;
    }
    return undefined;
  }
  for (const [key, child] of Object.entries(value)) {
    if (key.startsWith('$') || key.includes('.') || key.includes('[')) return key;
    const found = findOperatorKey(child, depth + 1);
    if (found) return found;
  }
  return undefined;
}
