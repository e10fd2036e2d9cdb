export const reconnectBaseMs = 250;
export const reconnectMaxMs = 10_000;

// Exponential backoff with jitter: after a server restart, clients come back spread over the
// window instead of all at once (y-websocket's own backoff has no jitter and tops out at 2.5 s).
export function reconnectDelay(attempt: number, random: () => number = Math.random): number {
  const ceiling = Math.min(
    reconnectMaxMs,
    reconnectBaseMs * 2 ** Math.min(Math.max(attempt, 0), 16),
  );
  return Math.round(ceiling * (0.5 + random() * 0.5));
}
