import { useQuery, useSubscription } from '@apollo/client/react';
import { useEffect } from 'react';
import { onSubscriptionReconnect } from '../../app/subscription-link';
import type { WorkshopFieldsFragment } from '../../gql/graphql';
import {
  WorkshopAsGuestQuery,
  WorkshopChangedSubscription,
  WorkshopQuery,
} from './workshops.graphql';

export type LiveWorkshop = WorkshopFieldsFragment;
export type LiveWorkshopItem = LiveWorkshop['items'][number];

// Who is looking: a member reads the workshop through the assessment, a guest through their pass.
export type WorkshopViewer =
  | { kind: 'member'; assessmentId: string; workshopId: string }
  | { kind: 'guest'; workshopId: string; guestToken: string };

// The workshop as the viewer may see it, kept current by the workshopChanged subscription: each
// change delivers the whole workshop, which the normalised cache merges into the query's answer.
// After a dropped socket comes back the query is read again, since changes in between were lost.
export function useLiveWorkshop(viewer: WorkshopViewer) {
  const member = viewer.kind === 'member' ? viewer : null;
  const guest = viewer.kind === 'guest' ? viewer : null;
  const memberQuery = useQuery(WorkshopQuery, {
    variables: { assessmentId: member?.assessmentId ?? '', id: viewer.workshopId },
    skip: !member,
  });
  const guestQuery = useQuery(WorkshopAsGuestQuery, {
    variables: { guestToken: guest?.guestToken ?? '' },
    skip: !guest,
  });
  const loaded = member ? memberQuery.data?.workshop : guestQuery.data?.workshopAsGuest;
  const subscription = useSubscription(WorkshopChangedSubscription, {
    variables: { workshopId: viewer.workshopId, guestToken: guest?.guestToken ?? null },
    // Subscribing before the first answer would race it; a closed workshop changes no more.
    skip: !loaded || loaded.status === 'CLOSED',
  });
  const refetch = member ? memberQuery.refetch : guestQuery.refetch;
  useEffect(() => onSubscriptionReconnect(() => void refetch()), [refetch]);

  // Read from the query, not the subscription's last message: mutations (a vote, an outcome)
  // update the cache after that message, and the query answer follows the cache.
  const workshop: LiveWorkshop | null = loaded ?? null;
  const error = member ? memberQuery.error : guestQuery.error;
  return { workshop, error, refetch, subscriptionError: subscription.error };
}

export function currentItemOf(workshop: LiveWorkshop): LiveWorkshopItem | null {
  return workshop.items.find((item) => item.id === workshop.currentItemId) ?? null;
}

export function sortedItems(workshop: LiveWorkshop): LiveWorkshopItem[] {
  return [...workshop.items].sort((a, b) => a.position - b.position);
}
