// Where to go after signing in. Only paths inside this app are accepted, so that a crafted link
// (`/sign-in?next=https://evil.example`) cannot send someone elsewhere after they sign in.
export function safeRedirectPath(next: string | null | undefined): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.includes('\\')) {
    return '/';
  }
  const path = next.split(/[?#]/)[0] ?? '';
  if (path === '/sign-in' || path.startsWith('/sign-in/')) {
    return '/';
  }
  return next;
}

// The sign-in address that brings the person back to `location` afterwards.
export function signInPath(location: { pathname: string; search: string; hash: string }): string {
  const here = `${location.pathname}${location.search}${location.hash}`;
  return here === '/' ? '/sign-in' : `/sign-in?next=${encodeURIComponent(here)}`;
}

// A single sign-on button's address: the provider's start route, told where to come back to. The
// API checks `returnTo` again, since anyone can craft this address.
export function ssoStartHref(startUrl: string, next: string): string {
  if (next === '/') {
    return startUrl;
  }
  const separator = startUrl.includes('?') ? '&' : '?';
  return `${startUrl}${separator}returnTo=${encodeURIComponent(next)}`;
}
