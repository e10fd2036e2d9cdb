import type { z } from 'zod';
import { badInput } from './app-error.js';

// Validates a resolver's input and reports the first problem with the path of the offending field,
// so that a form can show the message beside it.
export function parseInput<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) {
    return result.data;
  }
  const issue = result.error.issues[0];
  const field = issue?.path.map(String).join('.') || 'input';
  throw badInput(field, issue?.message ?? 'invalid input');
}
