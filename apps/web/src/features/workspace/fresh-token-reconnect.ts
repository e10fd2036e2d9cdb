import type { WebsocketProvider } from 'y-websocket';
import { reconnectDelay, reconnectMaxMs } from './reconnect-delay';

// Thrown by `fetchToken` when the server will not let this person in at all (removed from the
// assessment, signed out): the connection then stops instead of retrying.
export class CollabAccessDenied extends Error {
  constructor() {
    super('Access to the document was refused');
    this.name = 'CollabAccessDenied';
  }
}

export type ReconnectOptions = {
  // A fresh single-use token (valid 60 s) for each connection attempt.
  readonly fetchToken: () => Promise<string>;
  // 'failed': no token this time (network), retried; 'denied': refused for good.
  readonly report: (event: 'connecting' | 'failed' | 'denied') => void;
  readonly random?: () => number;
};

// Opens the provider's connections, each with a new token. The server accepts a token once,
// within 60 s. y-websocket reconnects by itself after a close, reading `provider.params` as it
// opens the next socket, and would reuse the spent token; so the provider is created with
// `connect: false`, and on every close (server close, network loss, y-websocket's 30 s silence
// watchdog) the owner sets `provider.shouldConnect = false` (turning the provider's own scheduled
// retry into a no-op) and calls `retry`, which waits a jittered backoff, fetches a new token,
// stores it in `provider.params` and only then calls `provider.connect()`.
export class FreshTokenReconnect {
  private attempt = 0;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private fetching = false;
  private stopped = false;

  constructor(
    private readonly provider: WebsocketProvider,
    private readonly options: ReconnectOptions,
  ) {}

  start(): void {
    if (typeof window !== 'undefined') {
      window.addEventListener('online', this.onOnline);
      window.addEventListener('offline', this.onOffline);
    }
    void this.connect();
  }

  stop(): void {
    this.stopped = true;
    this.clearRetry();
    if (typeof window !== 'undefined') {
      window.removeEventListener('online', this.onOnline);
      window.removeEventListener('offline', this.onOffline);
    }
  }

  // The connection synced: the next failure starts again from the shortest delay.
  succeeded(): void {
    this.attempt = 0;
  }

  // After a close. `now` skips the backoff, for a close that asks to come straight back; still
  // not synchronously, since the provider holds the closing socket while it reports the close.
  retry(now = false): void {
    this.clearRetry();
    if (now) {
      this.attempt = 0;
    }
    const offline = typeof navigator !== 'undefined' && navigator.onLine === false;
    // Offline, the `online` event reconnects at once; the slow retry covers a wrong onLine.
    const delay = offline
      ? reconnectMaxMs
      : now
        ? 0
        : reconnectDelay(this.attempt, this.options.random ?? Math.random);
    this.attempt += 1;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      void this.connect();
    }, delay);
  }

  private readonly onOnline = () => {
    this.clearRetry();
    this.attempt = 0;
    void this.connect();
  };

  // The socket of a machine that went offline may take 30 s to notice; show it at once.
  private readonly onOffline = () => {
    if (this.provider.ws !== null) {
      this.provider.disconnect();
    }
  };

  private clearRetry(): void {
    if (this.retryTimer !== null) {
      clearTimeout(this.retryTimer);
      this.retryTimer = null;
    }
  }

  private async connect(): Promise<void> {
    if (this.stopped || this.fetching || this.provider.ws !== null) {
      return;
    }
    this.fetching = true;
    this.options.report('connecting');
    let token: string;
    try {
      token = await this.options.fetchToken();
    } catch (error) {
      if (this.stopped) {
        return;
      }
      const denied = error instanceof CollabAccessDenied;
      this.options.report(denied ? 'denied' : 'failed');
      if (!denied) {
        this.retry();
      }
      return;
    } finally {
      this.fetching = false;
    }
    if (this.stopped || this.provider.ws !== null) {
      return;
    }
    this.provider.params = { token };
    this.provider.connect();
  }
}
