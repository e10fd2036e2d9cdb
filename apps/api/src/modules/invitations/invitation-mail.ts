import type { AssessmentRole } from '@idgov/authz';
import type { MailMessage } from '../../core/mail/mailer.js';

export interface InvitationMailFacts {
  to: string;
  link: string;
  assessmentTitle: string;
  role: AssessmentRole;
  organisationName: string | null;
  inviterName: string;
  expiresAt: Date;
}

const roleText: Readonly<Record<AssessmentRole, string>> = {
  MODERATOR: 'a moderator',
  CONTRIBUTOR: 'a contributor',
  REVIEWER: 'a reviewer',
  OBSERVER: 'an observer',
};

// Plain text only: the link must survive every mail client as it is.
export function invitationMail(f: InvitationMailFacts): MailMessage {
  const actingFor = f.organisationName ? `, for ${f.organisationName}` : '';
  return {
    to: f.to,
    subject: `Invitation to the assessment "${f.assessmentTitle}"`,
    text: [
      `${f.inviterName} invites you to take part in the digital legal identity governance assessment "${f.assessmentTitle}" as ${roleText[f.role]}${actingFor}.`,
      '',
      'To accept, open this link:',
      f.link,
      '',
      `The link works once and expires on ${f.expiresAt.toUTCString()}.`,
      'If you did not expect this invitation, you can ignore this email.',
    ].join('\n'),
  };
}
