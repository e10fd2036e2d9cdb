import { GraphQLError } from 'graphql';

// Stable codes that clients may branch on; messages are for people and may change.
export type AppErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'INVALID_PHASE_TRANSITION'
  | 'PHASE_CHECKS_UNMET'
  | 'ASSESSMENT_ARCHIVED'
  | 'CUSTOMISATION_LOCKED'
  | 'CONFLICT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'RATE_LIMITED'
  | 'MAIL_FAILED'
  | 'COLLAB_UNAVAILABLE'
  | 'FILE_TOO_LARGE'
  | 'FILE_TYPE_REFUSED'
  | 'FILE_INVALID';

// How each code answers on plain HTTP routes (exports, uploads).
const httpStatusOf: Readonly<Record<AppErrorCode, number>> = {
  BAD_USER_INPUT: 400,
  NOT_FOUND: 404,
  INVALID_PHASE_TRANSITION: 409,
  PHASE_CHECKS_UNMET: 409,
  ASSESSMENT_ARCHIVED: 409,
  CUSTOMISATION_LOCKED: 409,
  CONFLICT: 409,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  RATE_LIMITED: 429,
  MAIL_FAILED: 502,
  COLLAB_UNAVAILABLE: 503,
  FILE_TOO_LARGE: 413,
  FILE_TYPE_REFUSED: 415,
  // Empty, broken, or not what its name or declared type says.
  FILE_INVALID: 422,
};

export class AppError extends GraphQLError {
  readonly code: AppErrorCode;
  readonly field: string | undefined;

  // `details` adds what a client needs to act on the error (e.g. the unmet checks' keys).
  constructor(
    code: AppErrorCode,
    message: string,
    field?: string,
    details: Record<string, unknown> = {},
  ) {
    super(message, { extensions: { ...details, ...(field ? { code, field } : { code }) } });
    this.code = code;
    this.field = field;
  }

  get httpStatus(): number {
    return httpStatusOf[this.code];
  }
}

export const badInput = (field: string, message: string): AppError =>
  new AppError('BAD_USER_INPUT', message, field);

export const notFound = (what: string, field = 'id'): AppError =>
  new AppError('NOT_FOUND', `${what} not found`, field);
