import { createContext, useContext } from 'react';

export type Announce = (message: string) => void;

export const AnnounceContext = createContext<Announce>(() => undefined);

// Tells screen-reader users about the outcome of an action that happened without a page change
// ("Question moved to position 2 of 4.").
export function useAnnounce(): Announce {
  return useContext(AnnounceContext);
}
