import { GraphQLError } from 'graphql';

// Stable codes that clients may branch on; messages are for people and may change.
export type AppErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'INVALID_PHASE_TRANSITION'
  | 'ASSESSMENT_ARCHIVED'
  | 'CUSTOMISATION_LOCKED'
  | 'CONFLICT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'RATE_LIMITED';

export class AppError extends GraphQLError {
  constructor(code: AppErrorCode, message: string, field?: string) {
    super(message, { extensions: field ? { code, field } : { code } });
  }
}

export const badInput = (field: string, message: string): AppError =>
  new AppError('BAD_USER_INPUT', message, field);

export const notFound = (what: string, field = 'id'): AppError =>
  new AppError('NOT_FOUND', `${what} not found`, field);
