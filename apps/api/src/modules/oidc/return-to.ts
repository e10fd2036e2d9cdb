const maxLength = 2048;

// Where to send someone after single sign-on: only a path of this web app. Anything else
// (`//evil.example`, `https://evil.example`, `/\evil.example`, control characters) would turn
// the sign-in into an open redirect, so it becomes the home page.
export function safeReturnTo(raw: unknown): string {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > maxLength) {
    return '/';
  }
  if (!raw.startsWith('/') || raw.startsWith('//') || /[\\\s]/.test(raw) || hasControl(raw)) {
    return '/';
  }
  // The parser is the final judge: the path must stay on the origin it is resolved against.
  const base = 'http://return-to.invalid';
  const resolved = new URL(raw, base);
  if (resolved.origin !== base) {
    return '/';
  }
  const path = resolved.pathname;
  // Coming back to the sign-in page after signing in would look like a failure.
  if (path === '/sign-in' || path.startsWith('/sign-in/')) {
    return '/';
  }
  const target = `${path}${resolved.search}${resolved.hash}`;
  // Percent-encoding can lengthen it; it must still fit where it is kept.
  return target.length <= maxLength ? target : '/';
}

function hasControl(text: string): boolean {
  return [...text].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f);
}
