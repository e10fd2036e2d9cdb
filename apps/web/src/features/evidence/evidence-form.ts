import type {
  Confidentiality,
  CreateEvidenceInput,
  EvidenceFieldsFragment,
  EvidenceKind,
  OrganisationType,
  UpdateEvidenceInput,
} from '../../gql/graphql';
import { defaultConfidentiality, kindFields, type KindField } from './evidence-kinds';

export interface EvidenceFormValues {
  kind: EvidenceKind;
  title: string;
  citation: string;
  author: string;
  date: string;
  url: string;
  language: string;
  summary: string;
  tags: string[];
  confidentiality: Confidentiality;
  article: string;
  page: string;
  intervieweeCode: string;
  organisationType: OrganisationType | null;
  // null until the person says either way (the API requires an answer for interviews).
  consentRecorded: boolean | null;
  notes: string;
}

export type SetEvidenceField = <K extends keyof EvidenceFormValues>(
  key: K,
  value: EvidenceFormValues[K],
) => void;

export const evidenceFormFields = [
  'kind',
  'title',
  'citation',
  'author',
  'date',
  'url',
  'language',
  'summary',
  'tags',
  'confidentiality',
  'article',
  'page',
  'intervieweeCode',
  'organisationType',
  'consentRecorded',
  'notes',
] as const;
export type EvidenceFormField = (typeof evidenceFormFields)[number];

export type EvidenceFormProblem =
  | 'titleRequired'
  | 'urlRequired'
  | 'urlInvalid'
  | 'dateRequired'
  | 'dateInvalid'
  | 'languageInvalid'
  | 'codeRequired'
  | 'codeInvalid'
  | 'organisationTypeRequired'
  | 'consentRequired'
  | 'notesNeedConsent'
  | 'interviewNotPublic';

export type EvidenceFormProblems = Partial<Record<EvidenceFormField, EvidenceFormProblem>>;

export function emptyEvidenceForm(kind: EvidenceKind = 'LAW'): EvidenceFormValues {
  return {
    kind,
    title: '',
    citation: '',
    author: '',
    date: '',
    url: '',
    language: '',
    summary: '',
    tags: [],
    confidentiality: defaultConfidentiality(kind),
    article: '',
    page: '',
    intervieweeCode: '',
    organisationType: null,
    consentRecorded: null,
    notes: '',
  };
}

// A new kind keeps what was typed into the shared fields and takes that kind's default
// confidentiality.
export const withKind = (values: EvidenceFormValues, kind: EvidenceKind): EvidenceFormValues => ({
  ...values,
  kind,
  confidentiality: defaultConfidentiality(kind),
});

export function toEvidenceFormValues(item: EvidenceFieldsFragment): EvidenceFormValues {
  return {
    kind: item.kind,
    title: item.title,
    citation: item.citation ?? '',
    author: item.author ?? '',
    date: item.date ?? '',
    url: item.url ?? '',
    language: item.language ?? '',
    summary: item.summary ?? '',
    tags: item.tags,
    confidentiality: item.confidentiality,
    article: item.article ?? '',
    page: item.page ?? '',
    intervieweeCode: item.interview?.intervieweeCode ?? '',
    organisationType: item.interview?.organisationType ?? null,
    consentRecorded: item.interview?.consentRecorded ?? null,
    notes: item.interview?.notes ?? '',
  };
}

const isoDay = /^\d{4}-\d{2}-\d{2}$/;
const realDay = (v: string) =>
  isoDay.test(v) && !Number.isNaN(Date.parse(v)) && new Date(v).toISOString().startsWith(v);
const httpAddress = (v: string) => {
  try {
    return /^https?:$/.test(new URL(v).protocol);
  } catch {
    return false;
  }
};
const languageTag = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
// A code, never a name: letters, digits and dashes with at least one digit (as the API checks).
const intervieweeCode = (v: string) => /^[A-Z0-9][A-Z0-9-]{1,39}$/.test(v) && /\d/.test(v);

function interviewProblems(values: EvidenceFormValues): EvidenceFormProblems {
  const problems: EvidenceFormProblems = {};
  const code = values.intervieweeCode.trim().toUpperCase();
  if (!code) {
    problems.intervieweeCode = 'codeRequired';
  } else if (!intervieweeCode(code)) {
    problems.intervieweeCode = 'codeInvalid';
  }
  if (!values.organisationType) {
    problems.organisationType = 'organisationTypeRequired';
  }
  if (values.consentRecorded === null) {
    problems.consentRecorded = 'consentRequired';
  }
  if (values.notes.trim() && values.consentRecorded !== true) {
    problems.notes = 'notesNeedConsent';
  }
  if (values.confidentiality === 'PUBLIC') {
    problems.confidentiality = 'interviewNotPublic';
  }
  return problems;
}

// What the browser can tell before asking the API, with the API's rules for the item's kind;
// lengths are held by the inputs and anything else the API finds shows beside the same field.
export function checkEvidenceForm(values: EvidenceFormValues): EvidenceFormProblems {
  const { requires } = kindFields(values.kind);
  const problems: EvidenceFormProblems = {};
  if (!values.title.trim()) {
    problems.title = 'titleRequired';
  }
  const url = values.url.trim();
  if (url && !httpAddress(url)) {
    problems.url = 'urlInvalid';
  } else if (!url && requires.includes('url')) {
    problems.url = 'urlRequired';
  }
  const date = values.date.trim();
  if (date && !realDay(date)) {
    problems.date = 'dateInvalid';
  } else if (!date && requires.includes('date')) {
    problems.date = 'dateRequired';
  }
  if (values.language.trim() && !languageTag.test(values.language.trim())) {
    problems.language = 'languageInvalid';
  }
  return values.kind === 'INTERVIEW' ? { ...problems, ...interviewProblems(values) } : problems;
}

const text = (v: string): string | null => (v.trim() === '' ? null : v.trim());

type EvidenceFieldValues = Omit<UpdateEvidenceInput, 'title'>;

// The item's fields as the API takes them: blanks are null (which clears on update), and fields
// the kind does not have are left out.
function fieldValues(values: EvidenceFormValues): EvidenceFieldValues {
  const { extra } = kindFields(values.kind);
  const has = (field: KindField) => extra.includes(field);
  const out: EvidenceFieldValues = {
    citation: text(values.citation),
    author: text(values.author),
    date: text(values.date),
    url: text(values.url),
    language: text(values.language),
    summary: text(values.summary),
    tags: [...new Set(values.tags.map((t) => t.trim()).filter((t) => t.length > 0))],
    confidentiality: values.confidentiality,
  };
  if (has('article')) {
    out.article = text(values.article);
  }
  if (has('page')) {
    out.page = text(values.page);
  }
  if (has('intervieweeCode')) {
    out.intervieweeCode = text(values.intervieweeCode.toUpperCase());
    out.organisationType = values.organisationType;
    out.consentRecorded = values.consentRecorded;
    out.notes = values.consentRecorded === true ? text(values.notes) : null;
  }
  return out;
}

export const toCreateEvidenceInput = (
  assessmentId: string,
  values: EvidenceFormValues,
): CreateEvidenceInput => ({
  assessmentId,
  kind: values.kind,
  title: values.title.trim(),
  ...fieldValues(values),
});

export const toUpdateEvidenceInput = (values: EvidenceFormValues): UpdateEvidenceInput => ({
  title: values.title.trim(),
  ...fieldValues(values),
});
