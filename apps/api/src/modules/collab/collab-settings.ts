export const COLLAB_SETTINGS = Symbol('COLLAB_SETTINGS');

// The collaboration server's limits and timings. Not environment variables: the defaults are the
// design, and tests shorten a few of them (createApp's `collab` option).
export interface CollabSettings {
  // A connection ticket's lifetime.
  tokenTtlMs: number;
  // Frames over this are refused by ws with close 1009 before they are buffered whole.
  maxPayloadBytes: number;
  // An awareness message larger than this closes the connection with 1009.
  maxAwarenessBytes: number;
  // Awareness client ids one connection may hold (a tab holds one).
  maxAwarenessClients: number;
  // Bytes a socket may have waiting to be sent before it is dropped as too slow (it resyncs).
  maxBufferedBytes: number;
  // Per connection: sustained rate and burst, for messages and for bytes.
  messagesPerSecond: number;
  messageBurst: number;
  bytesPerSecond: number;
  byteBurst: number;
  // Bytes received but not yet stored, per connection; more closes it (1008).
  maxQueuedBytes: number;
  // Validation of one update in a worker; longer is treated as hostile (yjs issue 479).
  validateTimeoutMs: number;
  validatorWorkers: number;
  // Awareness changes are coalesced per room over this window.
  awarenessFlushMs: number;
  // Every connection hears something at least this often (the client gives up after 30 s).
  keepAliveMs: number;
  // How often connected people's access is re-read from the database.
  sweepIntervalMs: number;
  // A room without connections is unloaded after this.
  unloadDelayMs: number;
  // The log is folded into the snapshot past this many rows or bytes.
  compactRows: number;
  compactBytes: number;
  // At most this many rows in one group commit.
  maxBatchRows: number;
}

export const defaultCollabSettings: CollabSettings = {
  tokenTtlMs: 60_000,
  maxPayloadBytes: 2 * 1024 * 1024,
  maxAwarenessBytes: 64 * 1024,
  maxAwarenessClients: 8,
  maxBufferedBytes: 4 * 1024 * 1024,
  messagesPerSecond: 200,
  messageBurst: 400,
  bytesPerSecond: 2 * 1024 * 1024,
  byteBurst: 8 * 1024 * 1024,
  maxQueuedBytes: 8 * 1024 * 1024,
  validateTimeoutMs: 2_000,
  validatorWorkers: 2,
  awarenessFlushMs: 50,
  keepAliveMs: 15_000,
  sweepIntervalMs: 2_000,
  unloadDelayMs: 10_000,
  compactRows: 500,
  compactBytes: 1024 * 1024,
  maxBatchRows: 1_000,
};
