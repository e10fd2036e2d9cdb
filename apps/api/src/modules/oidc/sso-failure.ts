// Why a single sign-on attempt was refused. The reason goes to the server log only: the person
// is told no more than that it did not work, which tells someone probing accounts nothing.
export class SsoFailure extends Error {
  override name = 'SsoFailure';
}

// One log line for any failure, without tokens, codes or personal data: the error's name, the
// provider's or the network's error code (ECONNREFUSED), and the library's message; never a
// response body.
export function describeFailure(error: unknown): string {
  if (!(error instanceof Error)) {
    return 'unknown failure';
  }
  const details = error as Error & { code?: unknown; error?: unknown; cause?: { code?: unknown } };
  const codes = [details.code, details.error, details.cause?.code].filter(
    (c): c is string => typeof c === 'string',
  );
  return `${error.name}${codes.length ? ` (${codes.join(', ')})` : ''}: ${error.message}`;
}
