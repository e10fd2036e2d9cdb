import type { AppErrorInfo } from '../../shared/errors/app-errors';

// Mirrors the API's password rule (apps/api users/password.ts), so that the form can say so
// before sending; the API checks again.
export const minPasswordLength = 12;
export const maxPasswordLength = 256;
export const maxDisplayNameLength = 120;

export interface AcceptFormValues {
  displayName: string;
  password: string;
  confirm: string;
}

export type AcceptFormField = keyof AcceptFormValues;

export type AcceptFormProblem =
  | 'displayNameRequired'
  | 'passwordRequired'
  | 'passwordTooShort'
  | 'passwordTooLong'
  | 'passwordMismatch';

// A new account needs a name and a password typed twice; an existing one only its password.
export function checkAcceptForm(
  values: AcceptFormValues,
  accountExists: boolean,
): Partial<Record<AcceptFormField, AcceptFormProblem>> {
  const problems: Partial<Record<AcceptFormField, AcceptFormProblem>> = {};
  if (accountExists) {
    if (!values.password) {
      problems.password = 'passwordRequired';
    }
    return problems;
  }
  if (!values.displayName.trim()) {
    problems.displayName = 'displayNameRequired';
  }
  if (values.password.length < minPasswordLength) {
    problems.password = 'passwordTooShort';
  } else if (values.password.length > maxPasswordLength) {
    problems.password = 'passwordTooLong';
  } else if (values.confirm !== values.password) {
    problems.confirm = 'passwordMismatch';
  }
  return problems;
}

export type AcceptOutcome = 'invalid' | 'alreadyMember';

// What an API refusal means for the person holding the link: a link that no longer opens
// anything (one answer for unknown, expired, revoked and used), a membership they already have,
// a wrong password for their existing account, or something to show as it is.
export function classifyAcceptErrors(errors: readonly AppErrorInfo[]): {
  outcome: AcceptOutcome | null;
  wrongPassword: boolean;
  rest: AppErrorInfo[];
} {
  const aboutToken = errors.filter((e) => e.field === 'token');
  if (aboutToken.some((e) => e.code === 'CONFLICT')) {
    return { outcome: 'alreadyMember', wrongPassword: false, rest: [] };
  }
  if (aboutToken.length > 0) {
    return { outcome: 'invalid', wrongPassword: false, rest: [] };
  }
  const wrongPassword = errors.some((e) => e.code === 'UNAUTHENTICATED');
  return {
    outcome: null,
    wrongPassword,
    rest: errors.filter((e) => e.code !== 'UNAUTHENTICATED'),
  };
}
