// A guest's pass lives in sessionStorage, per workshop: a reload keeps the guest (and their vote),
// closing the tab forgets them, and nobody else on a shared phone inherits it for long.
const keyOf = (workshopId: string) => `workshop-guest:${workshopId}`;

type Storage = Pick<globalThis.Storage, 'getItem' | 'setItem' | 'removeItem'>;

function sessionStore(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    // Storage can be refused (private modes, sandboxed frames): the guest then lasts one page.
    return null;
  }
}

export function readGuestToken(workshopId: string, store = sessionStore()): string | null {
  return store?.getItem(keyOf(workshopId)) ?? null;
}

export function saveGuestToken(workshopId: string, token: string, store = sessionStore()): void {
  store?.setItem(keyOf(workshopId), token);
}

export function forgetGuestToken(workshopId: string, store = sessionStore()): void {
  store?.removeItem(keyOf(workshopId));
}
