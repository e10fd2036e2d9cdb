import type { Confidentiality } from '@idgov/authz';
import { Field, InputType, Int } from '@nestjs/graphql';
import { z } from 'zod';
import { confidentialities, evidenceKinds, type EvidenceKind } from '../evidence-kind.js';
import { ConfidentialityEnum, EvidenceKindEnum } from '../evidence.object.js';

@InputType()
export class EvidenceFilter {
  @Field(() => EvidenceKindEnum, { nullable: true })
  kind?: EvidenceKind | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Words to find in titles, tags, citations, authors, summaries, interview notes and the ' +
      'text of attached PDF and DOCX files ("quoted phrases", -excluded, or)',
  })
  search?: string | null;

  @Field(() => ConfidentialityEnum, { nullable: true })
  confidentiality?: Confidentiality | null;

  @Field(() => Boolean, { nullable: true, defaultValue: false })
  includeArchived?: boolean | null;
}

@InputType()
export class EvidencePage {
  @Field(() => Int, { defaultValue: 50 })
  first: number;

  @Field(() => Int, { defaultValue: 0 })
  offset: number;
}

export const evidenceFilterSchema = z.object({
  kind: z.enum(evidenceKinds).nullish(),
  search: z
    .string()
    .trim()
    .max(200, 'Search for at most 200 characters')
    .transform((v) => (v === '' ? null : v))
    .nullish(),
  confidentiality: z.enum(confidentialities).nullish(),
  includeArchived: z.boolean().nullish(),
});

export const evidencePageSchema = z.object({
  first: z.number().int().min(1, 'first must be at least 1').max(200, 'first must be at most 200'),
  offset: z.number().int().min(0, 'offset must not be negative').max(100_000),
});

export type EvidenceQuery = z.output<typeof evidenceFilterSchema>;
export type EvidencePaging = z.output<typeof evidencePageSchema>;
