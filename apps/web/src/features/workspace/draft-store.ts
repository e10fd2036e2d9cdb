import { IndexeddbPersistence, PREFERRED_TRIM_SIZE, storeState } from 'y-indexeddb';
import type * as Y from 'yjs';
import { trackOpenDraft } from './local-drafts';
import type { LocalCopy } from './save-state';

// A stuck or refused IndexedDB (private windows, policies) must not keep the page from connecting.
const loadTimeoutMs = 3000;

// An editor's copy of one element document in this browser: y-indexeddb's database layout and
// loading, with our own writer. y-indexeddb adds each update in a transaction of its own and lets
// it commit by itself, which takes a round trip through the page's event loop; a tab closed right
// after a keystroke, or held in the "leave this page?" dialog (which stops that loop), drops the
// transaction and the last characters typed with it. Ours asks for the commit at once, so the
// browser finishes it without the page, and reports when everything is on disk: only then does
// the page say that changes are saved on this device.
export class DraftStore {
  private readonly persistence: IndexeddbPersistence;
  private readonly untrack: () => void;
  private writing = 0;
  private failed = false;
  private compaction: ReturnType<typeof setTimeout> | null = null;
  private onChange: (local: LocalCopy) => void = () => undefined;

  constructor(
    readonly name: string,
    doc: Y.Doc,
  ) {
    this.persistence = new IndexeddbPersistence(name, doc);
    doc.off('update', this.persistence._storeUpdate);
    // Its destroy() unsubscribes whatever this property holds.
    this.persistence._storeUpdate = this.store;
    doc.on('update', this.store);
    this.untrack = trackOpenDraft(this);
    void this.persistence.whenSynced.then(() => this.report());
  }

  // Told now and on every change.
  watch(onChange: (local: LocalCopy) => void): void {
    this.onChange = onChange;
    this.report();
  }

  // The stored draft is in the document, or the browser took too long to say.
  whenLoaded(): Promise<unknown> {
    return Promise.race([
      this.persistence.whenSynced,
      new Promise((resolve) => setTimeout(resolve, loadTimeoutMs)),
    ]);
  }

  // Changes applied from the stored draft, which are not new edits.
  isOwnOrigin(origin: unknown): boolean {
    return origin === this.persistence;
  }

  async destroy(): Promise<void> {
    this.untrack();
    if (this.compaction !== null) {
      clearTimeout(this.compaction);
    }
    await this.persistence.destroy();
  }

  private report(): void {
    const synced = this.persistence.synced && !this.failed;
    this.onChange(!synced ? 'none' : this.writing > 0 ? 'writing' : 'written');
  }

  private readonly store = (update: Uint8Array, origin: unknown): void => {
    const { db } = this.persistence;
    // Before the database opens, y-indexeddb writes the whole document once it does.
    if (db === null || origin === this.persistence || this.persistence._destroyed) {
      return;
    }
    try {
      const transaction = db.transaction(['updates'], 'readwrite');
      transaction.objectStore('updates').add(update);
      transaction.commit();
      this.writing += 1;
      const settle = (ok: boolean) => () => {
        this.writing -= 1;
        this.failed ||= !ok;
        this.report();
      };
      transaction.oncomplete = settle(true);
      transaction.onabort = settle(false);
    } catch {
      this.failed = true; // the connection closed under us (the draft was deleted) or no space
    }
    this.report();
    this.compactLater();
  };

  // As y-indexeddb does: past a few hundred updates, merge them into one, a second later.
  private compactLater(): void {
    const p = this.persistence;
    if (++p._dbsize < PREFERRED_TRIM_SIZE) {
      return;
    }
    if (this.compaction !== null) {
      clearTimeout(this.compaction);
    }
    this.compaction = setTimeout(() => {
      this.compaction = null;
      storeState(p, false).catch(() => undefined);
    }, p._storeTimeout);
  }
}
