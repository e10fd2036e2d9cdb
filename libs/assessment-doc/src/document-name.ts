import { AssessmentDocError } from './assessment-doc.error.js';

// The collaboration server authorises a connection from its document name alone, so parsing is
// strict: exactly one spelling per (assessment, element). Lowercase-only uuids matter here — an
// uppercase variant would open a second, separate Y.Doc for the same element.
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const elementKeyPattern = /^[a-z0-9-]{1,64}$/;
const namePattern =
  /^assessment\.([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.element\.([a-z0-9-]{1,64})$/;

export type DocumentAddress = { readonly assessmentId: string; readonly elementKey: string };

export function documentName(assessmentId: string, elementKey: string): string {
  if (!uuidPattern.test(assessmentId)) {
    throw new AssessmentDocError(
      `Invalid assessment id "${assessmentId}": expected a lowercase uuid`,
    );
  }
  if (!elementKeyPattern.test(elementKey)) {
    throw new AssessmentDocError(`Invalid element key "${elementKey}": expected [a-z0-9-]{1,64}`);
  }
  return `assessment.${assessmentId}.element.${elementKey}`;
}

// Returns null for anything that is not exactly a name documentName() would produce.
export function parseDocumentName(name: unknown): DocumentAddress | null {
  if (typeof name !== 'string') {
    return null;
  }
  const match = namePattern.exec(name);
  const [, assessmentId, elementKey] = match ?? [];
  if (assessmentId === undefined || elementKey === undefined) {
    return null;
  }
  return { assessmentId, elementKey };
}
