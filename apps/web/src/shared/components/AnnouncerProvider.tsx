import { VisuallyHidden } from '@mantine/core';
import { useCallback, useState, type ReactNode } from 'react';
import { AnnounceContext } from '../hooks/use-announce';

// One polite live region for the whole app. Re-announcing the same text works because each
// message gets a new key, which replaces the node.
export function AnnouncerProvider({ children }: { children: ReactNode }) {
  const [message, setMessage] = useState<{ text: string; id: number }>({ text: '', id: 0 });
  const announce = useCallback((text: string) => {
    setMessage((m) => ({ text, id: m.id + 1 }));
  }, []);
  return (
    <AnnounceContext.Provider value={announce}>
      {children}
      <VisuallyHidden role="status" aria-live="polite" data-testid="announcer">
        <span key={message.id}>{message.text}</span>
      </VisuallyHidden>
    </AnnounceContext.Provider>
  );
}
