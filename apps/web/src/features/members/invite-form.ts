import type { AssessmentRole, InviteMemberInput } from '../../gql/graphql';

export interface InviteFormValues {
  email: string;
  role: AssessmentRole;
  organisationId: string | null;
}

export const inviteFormFields = ['email', 'role', 'organisationId'] as const;

export type InviteFormProblem = 'emailRequired' | 'emailInvalid';

// Only what the browser can tell; the API validates the address properly and answers beside the
// same field.
export function checkInviteForm(values: InviteFormValues): { email?: InviteFormProblem } {
  const email = values.email.trim();
  if (!email) {
    return { email: 'emailRequired' };
  }
  if (!/^[^\s@]+@[^\s@]+$/.test(email)) {
    return { email: 'emailInvalid' };
  }
  return {};
}

export function toInviteMemberInput(
  assessmentId: string,
  values: InviteFormValues,
): InviteMemberInput {
  return {
    assessmentId,
    email: values.email.trim(),
    role: values.role,
    organisationId: values.organisationId,
  };
}
