import { CombinedGraphQLErrors, ServerError, ServerParseError } from '@apollo/client/errors';

// Codes the API sends in `extensions.code`, plus two for failures that never reached it.
export const knownErrorCodes = [
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'INVALID_PHASE_TRANSITION',
  'PHASE_CHECKS_UNMET',
  'ASSESSMENT_ARCHIVED',
  'CUSTOMISATION_LOCKED',
  'CONFLICT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'RATE_LIMITED',
  'MAIL_FAILED',
  'COLLAB_UNAVAILABLE',
  'FILE_TOO_LARGE',
  'FILE_TYPE_REFUSED',
  'FILE_INVALID',
  'INTERNAL_SERVER_ERROR',
  'NETWORK',
  'UNKNOWN',
] as const;

export type AppErrorCode = (typeof knownErrorCodes)[number];

export interface AppErrorInfo {
  code: AppErrorCode;
  // Top-level input field the error is about (e.g. "nationalUseCases" for "nationalUseCases.2").
  field: string | null;
  message: string;
}

const isKnownCode = (value: unknown): value is AppErrorCode =>
  typeof value === 'string' && (knownErrorCodes as readonly string[]).includes(value);

// Flattens whatever Apollo reports into coded errors that the interface can translate.
export function toAppErrors(error: unknown): AppErrorInfo[] {
  if (!error) {
    return [];
  }
  if (CombinedGraphQLErrors.is(error)) {
    return error.errors.map((e) => {
      const code = e.extensions?.['code'];
      const field = e.extensions?.['field'];
      return {
        code: isKnownCode(code) ? code : 'UNKNOWN',
        field: typeof field === 'string' ? (field.split('.')[0] ?? null) : null,
        message: e.message,
      };
    });
  }
  if (ServerError.is(error) && error.statusCode >= 500) {
    return [{ code: 'INTERNAL_SERVER_ERROR', field: null, message: error.message }];
  }
  if (ServerError.is(error) || ServerParseError.is(error) || error instanceof TypeError) {
    // fetch() throws TypeError when the network is down.
    return [{ code: 'NETWORK', field: null, message: error.message }];
  }
  const message = error instanceof Error ? error.message : typeof error === 'string' ? error : '';
  return [{ code: 'UNKNOWN', field: null, message }];
}

export interface SplitErrors<F extends string> {
  fields: Partial<Record<F, AppErrorInfo>>;
  general: AppErrorInfo[];
}

// Separates errors a form can show beside one of its fields from the rest.
export function splitErrors<F extends string>(
  errors: readonly AppErrorInfo[],
  formFields: readonly F[],
): SplitErrors<F> {
  const fields: Partial<Record<F, AppErrorInfo>> = {};
  const general: AppErrorInfo[] = [];
  for (const e of errors) {
    const field = e.code === 'BAD_USER_INPUT' ? formFields.find((f) => f === e.field) : undefined;
    if (field) {
      fields[field] ??= e;
    } else {
      general.push(e);
    }
  }
  return { fields, general };
}

export const hasErrorCode = (errors: readonly AppErrorInfo[], code: AppErrorCode): boolean =>
  errors.some((e) => e.code === code);
