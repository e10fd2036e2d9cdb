import type { OrganisationType } from '@idgov/authz';
import { z } from 'zod';
import { organisationTypes } from '../../organisations/organisation.entity.js';
import { confidentialities } from '../evidence-kind.js';

// An optional text: trimmed, and an empty one means none.
const optionalText = (max: number, what: string) =>
  z
    .string()
    .trim()
    .max(max, `${what} must be at most ${max} characters`)
    .transform((v) => (v === '' ? null : v))
    .nullish();

// A blank value from a form means none, and is checked no further.
const blankAsNull = <S extends z.ZodType>(schema: S) =>
  z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? null : v), schema.nullish());

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date such as 2024-05-31')
  .refine((v) => !Number.isNaN(Date.parse(v)) && new Date(v).toISOString().startsWith(v), {
    message: 'This date does not exist',
  });

const httpUrl = z
  .string()
  .trim()
  .max(2000, 'The address must be at most 2000 characters')
  .refine((v) => URL.canParse(v) && /^https?:$/.test(new URL(v).protocol), {
    message: 'Use a web address starting with http:// or https://',
  });

const codeMessage = 'Use a code such as KII-07, never the interviewee’s name';

const tag = z
  .string()
  .trim()
  .min(1, 'A tag must not be empty')
  .max(40, 'Tags are at most 40 characters');

// The fields an item is written with; kind rules (refineKind) apply to the whole item.
export const evidenceFieldShapes = {
  title: z
    .string()
    .trim()
    .min(1, 'Give the source a title')
    .max(300, 'The title must be at most 300 characters'),
  citation: optionalText(1000, 'The citation'),
  author: optionalText(300, 'The publisher or author'),
  date: blankAsNull(isoDate),
  url: blankAsNull(httpUrl),
  language: blankAsNull(
    z
      .string()
      .trim()
      .regex(
        /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/,
        'Use a language tag such as "en", "fr" or "pt-BR"',
      ),
  ),
  summary: optionalText(10000, 'The summary'),
  tags: z
    .array(tag)
    .max(20, 'Use at most 20 tags')
    .transform((tags) =>
      tags.filter((t, i) => tags.findIndex((o) => o.toLowerCase() === t.toLowerCase()) === i),
    )
    .nullish(),
  confidentiality: z.enum(confidentialities).nullish(),
  article: optionalText(200, 'The article or section'),
  page: optionalText(50, 'The page'),
  // A code, never a name: letters, digits and dashes, with at least one digit.
  intervieweeCode: blankAsNull(
    z
      .string()
      .trim()
      .toUpperCase()
      .regex(/^[A-Z0-9][A-Z0-9-]{1,39}$/, codeMessage)
      .refine((v) => /\d/.test(v), codeMessage),
  ),
  organisationType: z
    .enum(organisationTypes as [OrganisationType, ...OrganisationType[]])
    .nullish(),
  consentRecorded: z.boolean().nullish(),
  notes: optionalText(50000, 'The notes'),
};
