// For log lines: the message only (stack traces of client-caused failures are noise).
export function describeError(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
