import { useEffect, useRef, useState } from 'react';

// A Yjs shared type, or anything else that reports deep changes the same way.
type Observed = {
  observeDeep(listener: () => void): void;
  unobserveDeep(listener: () => void): void;
};

// Reads a value out of the document and reads it again whenever the observed type (or anything
// nested in it) changes, local or remote. `equal` keeps the previous value (and skips a render)
// when what the component shows has not changed.
export function useYValue<T>(
  type: Observed | null,
  read: () => T,
  equal: (a: T, b: T) => boolean = Object.is,
): T {
  const [value, setValue] = useState(read);
  const latest = useRef({ read, equal });
  useEffect(() => {
    latest.current = { read, equal };
  });
  useEffect(() => {
    if (type === null) {
      return;
    }
    const update = () =>
      setValue((previous) => {
        const next = latest.current.read();
        return latest.current.equal(previous, next) ? previous : next;
      });
    update();
    type.observeDeep(update);
    return () => type.unobserveDeep(update);
  }, [type]);
  return value;
}

// A top-level type by name, or null when a misbehaving client stored another kind of type under
// that name (Yjs throws on the mismatch); the workspace then shows nothing for it.
export function safeRoot<T>(get: () => T): T | null {
  try {
    return get();
  } catch {
    return null;
  }
}

export const sameJson = <T>(a: T, b: T): boolean => JSON.stringify(a) === JSON.stringify(b);
