import { notFound } from './app-error.js';

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

// An id that cannot exist is answered exactly like one that does not: NOT_FOUND, never a SQL error.
export function parseId(value: string, what: string, field = 'id'): string {
  if (!uuidPattern.test(value)) {
    throw notFound(what, field);
  }
  return value.toLowerCase();
}
