import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { workshopFields, type WorkshopResult } from '../factories/workshop.factory.js';

export interface Subscriber {
  states: WorkshopResult[];
  errors: { message: string; extensions?: { code?: string } }[];
  completed: boolean;
  latest(): WorkshopResult | undefined;
  close(): Promise<void>;
}

const subscription = `subscription($w: ID!, $g: String) {
  workshopChanged(workshopId: $w, guestToken: $g) { ${workshopFields} } }`;

// A graphql-ws client on /graphql, as a member (bearer token) or a guest (guestToken), keeping
// every state it receives.
export function subscribeWorkshop(
  url: string,
  workshopId: string,
  who: { token?: string | null; guestToken?: string },
): Subscriber {
  const client: Client = createClient({
    url,
    webSocketImpl: WebSocket,
    lazy: false,
    retryAttempts: 0,
    connectionParams: who.token ? { authorization: `Bearer ${who.token}` } : {},
  });
  const sub: Subscriber = {
    states: [],
    errors: [],
    completed: false,
    latest: () => sub.states.at(-1),
    close: async () => {
      await client.dispose();
    },
  };
  client.subscribe<{ workshopChanged: WorkshopResult }>(
    { query: subscription, variables: { w: workshopId, g: who.guestToken ?? null } },
    {
      next: (result) => {
        if (result.data?.workshopChanged) {
          sub.states.push(result.data.workshopChanged);
        }
        for (const error of result.errors ?? []) {
          sub.errors.push(error);
        }
      },
      error: (error) => {
        sub.errors.push({ message: String(error) });
      },
      complete: () => {
        sub.completed = true;
      },
    },
  );
  return sub;
}

export async function until(check: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) {
      throw new Error(`timed out waiting for ${what}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
