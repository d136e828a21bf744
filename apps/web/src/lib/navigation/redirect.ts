/**
 * A same-site path to return to after signing in, or null. Refuses absolute URLs, protocol-relative `//host`
 * and backslash tricks, so the login form cannot be used to send people elsewhere.
 */
export function safeRedirectPath(value: string | null | undefined): string | null {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.includes('\\')) return null;
  if ([...value].some((c) => c.charCodeAt(0) < 0x20)) return null; // control characters U+0000–U+001F
  try {
    const url = new URL(value, 'http://x.invalid');
    if (url.origin !== 'http://x.invalid') return null;
    return url.pathname + url.search;
  } catch {
    return null;
  }
}

/** Where a person lands after signing in: home, or the page they were sent away from. */
export function afterSignIn(value: string | null | undefined): string {
  const path = safeRedirectPath(value);
  if (!path || path === '/' || path.startsWith('/login') || path.startsWith('/register') || path.startsWith('/logout')) return '/home';
  return path;
}
