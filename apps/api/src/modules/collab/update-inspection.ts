import { rootNames } from '@idgov/assessment-doc';
import * as Y from 'yjs';

export type DecodedUpdate = ReturnType<typeof Y.decodeUpdate>;
type DeleteSet = DecodedUpdate['ds'];
type SharedType = NonNullable<ReturnType<Y.Doc['share']['get']>>;

export interface Inspection {
  writesMeta: boolean;
  // Nothing the document does not already hold (typically the full delete set that every
  // reconnecting client sends back in its sync step 2).
  redundant: boolean;
}

type Place = Y.Item | Y.ID | null;

// Reads a validated update against the document it is about to join: whether it inserts into or
// deletes from the server-owned `meta` map (or anything nested in it), and whether it adds
// anything at all. An item names its parent only when it has no neighbour; otherwise it sits where
// its origin sits, in the document or in this update. An origin found in neither (typically in an
// earlier update of the same client still being stored, which cannot be in meta since it was
// accepted) leaves the item outside meta: Yjs keeps an item whose origin it lacks pending, in no
// type at all, until that origin arrives, and then it joins the origin's type.
export function inspectUpdate(doc: Y.Doc, decoded: DecodedUpdate): Inspection {
  const meta = doc.share.get(rootNames.meta) ?? null;
  const items = decoded.structs.filter((s): s is Y.Item => s instanceof Y.Item);
  const byClient = new Map<number, Y.Item[]>();
  for (const item of items) {
    const list = byClient.get(item.id.client) ?? [];
    list.push(item);
    byClient.set(item.id.client, list);
  }
  const memo = new Map<Y.Item, boolean>();

  const inUpdate = (id: Y.ID): Y.Item | undefined =>
    covering(
      byClient.get(id.client),
      id.clock,
      (item) => item.id.clock,
      (item) => item.length,
    );

  const inDoc = (id: Y.ID): boolean => {
    if (meta === null || id.clock >= Y.getState(doc.store, id.client)) {
      return false;
    }
    const struct = Y.getItem(doc.store, id);
    return struct instanceof Y.Item && Y.isParentOf(meta, struct);
  };

  const inMeta = (start: Y.Item): boolean => {
    const path = new Set<Y.Item>();
    let current: Y.Item | undefined = start;
    let result = false;
    while (current) {
      const known = memo.get(current);
      if (known !== undefined || path.has(current)) {
        result = known ?? false;
        break;
      }
      path.add(current);
      const parent = current.parent as unknown;
      if (typeof parent === 'string') {
        result = parent === rootNames.meta;
        break;
      }
      const next: Place = parent instanceof Y.ID ? parent : (current.origin ?? current.rightOrigin);
      if (!(next instanceof Y.ID)) {
        break;
      }
      current = inUpdate(next);
      if (!current) {
        result = inDoc(next);
      }
    }
    for (const item of path) {
      memo.set(item, result);
    }
    return result;
  };

  return {
    writesMeta: items.some(inMeta) || deletesFromMeta(doc, meta, decoded.ds),
    redundant: structsKnown(doc, decoded) && deletesKnown(doc, decoded.ds),
  };
}

// The entry of a clock-sorted list whose range holds `clock`.
function covering<T>(
  list: readonly T[] | undefined,
  clock: number,
  start: (entry: T) => number,
  length: (entry: T) => number,
): T | undefined {
  let low = 0;
  let high = (list?.length ?? 0) - 1;
  while (list && low <= high) {
    const middle = (low + high) >> 1;
    const entry = list[middle];
    if (entry === undefined) {
      return undefined;
    }
    if (clock < start(entry)) {
      high = middle - 1;
    } else if (clock >= start(entry) + length(entry)) {
      low = middle + 1;
    } else {
      return entry;
    }
  }
  return undefined;
}

function* structsInRange(doc: Y.Doc, client: number, clock: number, length: number) {
  const structs = doc.store.clients.get(client);
  if (!structs || clock >= Y.getState(doc.store, client)) {
    return;
  }
  for (let i = Y.findIndexSS(structs, clock); i < structs.length; i += 1) {
    const struct = structs[i];
    if (!struct || struct.id.clock >= clock + length) {
      return;
    }
    yield struct;
  }
}

function deletesFromMeta(doc: Y.Doc, meta: SharedType | null, ds: DeleteSet): boolean {
  if (meta === null) {
    return false;
  }
  for (const [client, ranges] of ds.clients) {
    for (const range of ranges) {
      for (const struct of structsInRange(doc, client, range.clock, range.len)) {
        if (struct instanceof Y.Item && Y.isParentOf(meta, struct)) {
          return true;
        }
      }
    }
  }
  return false;
}

function structsKnown(doc: Y.Doc, decoded: DecodedUpdate): boolean {
  return decoded.structs.every(
    (s) => s instanceof Y.Skip || s.id.clock + s.length <= Y.getState(doc.store, s.id.client),
  );
}

function deletesKnown(doc: Y.Doc, ds: DeleteSet): boolean {
  for (const [client, ranges] of ds.clients) {
    for (const range of ranges) {
      if (range.clock + range.len > Y.getState(doc.store, client)) {
        return false;
      }
      for (const struct of structsInRange(doc, client, range.clock, range.len)) {
        if (!struct.deleted) {
          return false;
        }
      }
    }
  }
  return true;
}
