import type { Confidentiality, OrganisationType } from '@idgov/authz';
import { z } from 'zod';
import type { EvidenceKind } from '../evidence-kind.js';

// The values of an item once a change is applied, as the kind rules see them.
export interface EvidenceValues {
  kind: EvidenceKind;
  url: string | null;
  confidentiality: Confidentiality;
  article: string | null;
  page: string | null;
  intervieweeCode: string | null;
  organisationType: OrganisationType | null;
  date: string | null;
  consentRecorded: boolean | null;
  notes: string | null;
}

type Issue = [field: keyof EvidenceValues, message: string];

const interviewOnly: readonly Issue[] = [
  ['intervieweeCode', 'Only an interview has an interviewee code'],
  ['organisationType', 'Only an interview has an organisation type'],
  ['consentRecorded', 'Only an interview records consent'],
  ['notes', 'Only an interview has notes'],
];

function interviewIssues(v: EvidenceValues): Issue[] {
  const issues: Issue[] = [];
  if (!v.intervieweeCode) {
    issues.push(['intervieweeCode', 'Give the interviewee a code such as KII-07']);
  }
  if (!v.organisationType) {
    issues.push(['organisationType', 'Say what kind of organisation the interviewee is from']);
  }
  if (!v.date) {
    issues.push(['date', 'Give the date of the interview']);
  }
  if (v.consentRecorded === null) {
    issues.push(['consentRecorded', 'Say whether the interviewee’s consent is recorded']);
  }
  if (v.notes !== null && v.consentRecorded !== true) {
    issues.push(['notes', 'Notes are kept only when the interviewee’s consent is recorded']);
  }
  if (v.confidentiality === 'PUBLIC') {
    issues.push(['confidentiality', 'Interview records are kept to the team or the moderators']);
  }
  return issues;
}

// What each kind requires and allows; the database checks the same (see EvidenceEntity).
export function kindIssues(v: EvidenceValues): Issue[] {
  const issues: Issue[] = [];
  if (v.article !== null && v.kind !== 'LAW') {
    issues.push(['article', 'Only a law has an article or section']);
  }
  if (v.page !== null && v.kind !== 'REPORT') {
    issues.push(['page', 'Only a report has a page']);
  }
  if (v.kind === 'WEBSITE' && v.url === null) {
    issues.push(['url', 'Give the address of the website']);
  }
  if (v.kind === 'INTERVIEW') {
    return [...issues, ...interviewIssues(v)];
  }
  return [...issues, ...interviewOnly.filter(([field]) => v[field] !== null)];
}

export function refineKind(v: EvidenceValues, ctx: z.RefinementCtx): void {
  for (const [field, message] of kindIssues(v)) {
    ctx.addIssue({ code: 'custom', message, path: [field] });
  }
}
