import { useCallback, useEffect, useRef } from 'react';
import { useSearchParams } from 'react-router';

// The address parameter naming a thread to open, as the mentions inbox links to it.
export const threadParam = 'thread';

// Opens the threads drawer on the thread named by `?thread=<id>` once the element's threads have
// loaded, once per id (a refetch must not reopen a drawer the person closed). `clear` drops the
// parameter when the drawer closes, so reloading the page does not open it again.
export function useLinkedThread<T extends { id: string }>(
  threads: readonly T[],
  open: (thread: T) => void,
): { clear: () => void } {
  const [params, setParams] = useSearchParams();
  const wanted = params.get(threadParam);
  const opened = useRef<string | null>(null);

  useEffect(() => {
    if (wanted === null) {
      opened.current = null;
      return;
    }
    const thread = threads.find((t) => t.id === wanted);
    if (thread && opened.current !== wanted) {
      opened.current = wanted;
      open(thread);
    }
  }, [wanted, threads, open]);

  const clear = useCallback(() => {
    if (wanted === null) {
      return;
    }
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        next.delete(threadParam);
        return next;
      },
      { replace: true },
    );
  }, [wanted, setParams]);

  return { clear };
}
