// The element documents editors keep in this browser (IndexedDB, one database per person and
// document), and which of them hold changes the server has not saved. Signing out deletes the
// person's drafts, so that the next one to use the browser cannot read them; the registry tells
// the sign-out whether that would lose work. It lives in localStorage: written synchronously,
// so it is right even when the page is closed the moment after an edit.
const registryKey = 'idgov:drafts';
const prefix = 'idgov:';
// A database another tab keeps open is deleted once that tab lets go; sign-out does not wait.
const deleteWaitMs = 3000;

type Registry = Record<string, { readonly unsaved: boolean }>;

export type OpenDraft = { readonly name: string; destroy(): Promise<void> };

const open = new Set<OpenDraft>();
// What this page last wrote for each draft.
const known = new Map<string, boolean>();

export function draftName(userId: string, documentName: string): string {
  return `${prefix}${userId}:${documentName}`;
}

function readRegistry(): Registry {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(registryKey) ?? '{}');
    return typeof parsed === 'object' && parsed !== null ? (parsed as Registry) : {};
  } catch {
    return {};
  }
}

function writeRegistry(registry: Registry): void {
  try {
    localStorage.setItem(registryKey, JSON.stringify(registry));
  } catch {
    // Storage refused (quota, policy): sign-out then falls back on indexedDB.databases().
  }
}

// Called on every change of the connection's state, keystrokes included: written only on a change.
export function noteDraft(name: string, unsaved: boolean): void {
  if (known.get(name) === unsaved) {
    return;
  }
  known.set(name, unsaved);
  const registry = readRegistry();
  if (registry[name]?.unsaved !== unsaved) {
    writeRegistry({ ...registry, [name]: { unsaved } });
  }
}

export function hasUnsavedDrafts(userId: string): boolean {
  const own = draftName(userId, '');
  return Object.entries(readRegistry()).some(([name, d]) => name.startsWith(own) && d.unsaved);
}

// Registered as it opens (for browsers without indexedDB.databases()), keeping an earlier mark.
export function trackOpenDraft(draft: OpenDraft): () => void {
  open.add(draft);
  const registry = readRegistry();
  if (!(draft.name in registry)) {
    writeRegistry({ ...registry, [draft.name]: { unsaved: false } });
  }
  return () => open.delete(draft);
}

async function databaseNames(): Promise<string[]> {
  const names = new Set(Object.keys(readRegistry()));
  // Not in every browser; the registry covers those.
  if (typeof indexedDB.databases === 'function') {
    const listed = await indexedDB.databases().catch(() => []);
    for (const { name } of listed) {
      if (name?.startsWith(prefix)) {
        names.add(name);
      }
    }
  }
  return [...names];
}

function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => resolve();
    setTimeout(resolve, deleteWaitMs);
  });
}

// Deletes every draft of this person's in this browser, open ones included (closed first, so that
// no late write recreates them).
export async function wipeDrafts(userId: string): Promise<void> {
  const own = draftName(userId, '');
  await Promise.all([...open].filter((d) => d.name.startsWith(own)).map((d) => d.destroy()));
  const names = (await databaseNames()).filter((name) => name.startsWith(own));
  await Promise.all(names.map(deleteDatabase));
  const registry = readRegistry();
  for (const name of names) {
    delete registry[name];
    known.delete(name);
  }
  writeRegistry(registry);
}
