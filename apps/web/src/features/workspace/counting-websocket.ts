type WebSocketClass = typeof WebSocket;

// A WebSocket class that reports every frame the provider sends on an open socket. y-websocket
// creates its sockets from the class it is given (`WebSocketPolyfill`), so this sees exactly what
// goes out on each connection: updates, and the answer to the server's sync step 1.
export function countingWebSocket(
  Base: WebSocketClass,
  onFrame: (frame: Uint8Array) => void,
): WebSocketClass {
  return class CountingWebSocket extends Base {
    override send(data: Parameters<WebSocket['send']>[0]): void {
      if (this.readyState === Base.OPEN && data instanceof Uint8Array) {
        onFrame(data);
      }
      super.send(data);
    }
  };
}
