import type { Confidentiality, OrganisationType } from '@idgov/authz';
import { Field, ID, InputType } from '@nestjs/graphql';
import { z } from 'zod';
import { OrganisationTypeEnum } from '../../organisations/organisation.object.js';
import { defaultConfidentiality, evidenceKinds, type EvidenceKind } from '../evidence-kind.js';
import { ConfidentialityEnum, EvidenceKindEnum } from '../evidence.object.js';
import { evidenceFieldShapes } from './evidence-fields.js';
import { refineKind } from './evidence-rules.js';

// The fields every kind shares and those of particular kinds, as one flat input; what a kind
// requires or refuses is checked with the path of the field concerned.
@InputType({ isAbstract: true })
export class EvidenceFieldsInput {
  @Field(() => String, { nullable: true })
  citation?: string | null;

  @Field(() => String, { nullable: true, description: 'Publisher or author' })
  author?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'YYYY-MM-DD: of the source (publication, adoption) or of the interview',
  })
  date?: string | null;

  @Field(() => String, { nullable: true, description: 'http(s) address; required for WEBSITE' })
  url?: string | null;

  @Field(() => String, { nullable: true, description: 'BCP 47 tag, e.g. "fr" or "pt-BR"' })
  language?: string | null;

  @Field(() => String, { nullable: true })
  summary?: string | null;

  @Field(() => [String], { nullable: true })
  tags?: string[] | null;

  @Field(() => ConfidentialityEnum, {
    nullable: true,
    description: 'Default: MODERATORS for an interview, TEAM otherwise',
  })
  confidentiality?: Confidentiality | null;

  @Field(() => String, { nullable: true, description: 'LAW only: the article or section' })
  article?: string | null;

  @Field(() => String, { nullable: true, description: 'REPORT only: the page or pages' })
  page?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'INTERVIEW (required): a code such as KII-07, never a name',
  })
  intervieweeCode?: string | null;

  @Field(() => OrganisationTypeEnum, {
    nullable: true,
    description: 'INTERVIEW (required): the kind of organisation the interviewee is from',
  })
  organisationType?: OrganisationType | null;

  @Field(() => Boolean, { nullable: true, description: 'INTERVIEW (required)' })
  consentRecorded?: boolean | null;

  @Field(() => String, {
    nullable: true,
    description: 'INTERVIEW only, and only with consent recorded',
  })
  notes?: string | null;
}

@InputType()
export class CreateEvidenceInput extends EvidenceFieldsInput {
  @Field(() => ID)
  assessmentId: string;

  @Field(() => EvidenceKindEnum)
  kind: EvidenceKind;

  @Field()
  title: string;
}

export const createEvidenceSchema = z
  .object({ assessmentId: z.string(), kind: z.enum(evidenceKinds), ...evidenceFieldShapes })
  .transform((v) => ({
    ...v,
    citation: v.citation ?? null,
    author: v.author ?? null,
    date: v.date ?? null,
    url: v.url ?? null,
    language: v.language ?? null,
    summary: v.summary ?? null,
    tags: v.tags ?? [],
    confidentiality: v.confidentiality ?? defaultConfidentiality(v.kind),
    article: v.article ?? null,
    page: v.page ?? null,
    intervieweeCode: v.intervieweeCode ?? null,
    organisationType: v.organisationType ?? null,
    consentRecorded: v.consentRecorded ?? null,
    notes: v.notes ?? null,
  }))
  .superRefine(refineKind);

export type NewEvidence = z.output<typeof createEvidenceSchema>;
