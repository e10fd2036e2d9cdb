// One error type for every refusal of this library, so callers (GraphQL resolvers, the collab
// server) can map it to a bad-input answer without parsing messages.
export class AssessmentDocError extends Error {
  override readonly name: string = 'AssessmentDocError';
}

// Raised by migrateDoc when a document was written by a newer schema than this build knows:
// touching it could destroy fields we cannot see, so the caller must refuse to serve it.
export class UnsupportedSchemaVersionError extends AssessmentDocError {
  override readonly name = 'UnsupportedSchemaVersionError';

  constructor(
    readonly foundVersion: number,
    readonly supportedVersion: number,
  ) {
    super(
      `Assessment document has schema version ${foundVersion}; this build understands up to ${supportedVersion}`,
    );
  }
}
