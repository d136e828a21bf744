/** Short random id for idempotent posting (the API keeps the first post with the same clientPostId). */
export function clientPostId(): string {
  const bytes = new Uint8Array(12);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
