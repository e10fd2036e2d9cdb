import { evidenceActions, can, type Actor, type Confidentiality } from '@idgov/authz';
import type { OrganisationType } from '@idgov/authz';
import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { OrganisationTypeEnum } from '../organisations/organisation.object.js';
import type { EvidenceEntity } from './evidence.entity.js';
import { confidentialities, evidenceKinds, type EvidenceKind } from './evidence-kind.js';

const enumOf = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const EvidenceKindEnum = enumOf(evidenceKinds);
registerEnumType(EvidenceKindEnum, { name: 'EvidenceKind' });

export const ConfidentialityEnum = enumOf(confidentialities);
registerEnumType(ConfidentialityEnum, {
  name: 'Confidentiality',
  description:
    'Who may see an evidence item besides its creator: PUBLIC, every member of the assessment; ' +
    'TEAM, its moderators, contributors and reviewers (not observers); MODERATORS, its moderators',
});

@ObjectType('EvidenceInterview', { description: 'A key-informant interview' })
export class EvidenceInterviewObject {
  @Field({ description: 'A code such as KII-07, never a name' })
  intervieweeCode: string;

  @Field(() => OrganisationTypeEnum)
  organisationType: OrganisationType;

  @Field()
  consentRecorded: boolean;

  @Field(() => String, { nullable: true, description: 'Kept only with consent recorded' })
  notes: string | null;
}

@ObjectType('Evidence', { description: 'A source in an assessment’s evidence library' })
export class EvidenceObject {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  assessmentId: string;

  @Field(() => EvidenceKindEnum)
  kind: EvidenceKind;

  @Field()
  title: string;

  @Field(() => String, { nullable: true })
  citation: string | null;

  @Field(() => String, { nullable: true, description: 'Publisher or author' })
  author: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD' })
  date: string | null;

  @Field(() => String, { nullable: true })
  url: string | null;

  @Field(() => String, { nullable: true })
  language: string | null;

  @Field(() => String, { nullable: true })
  summary: string | null;

  @Field(() => [String])
  tags: string[];

  @Field(() => ConfidentialityEnum)
  confidentiality: Confidentiality;

  @Field(() => String, { nullable: true, description: 'LAW: the article or section' })
  article: string | null;

  @Field(() => String, { nullable: true, description: 'REPORT: the page or pages' })
  page: string | null;

  @Field(() => EvidenceInterviewObject, { nullable: true, description: 'INTERVIEW only' })
  interview: EvidenceInterviewObject | null;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => GraphQLISODateTime)
  updatedAt: Date;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'Archived items leave the lists but still resolve for their citations',
  })
  archivedAt: Date | null;

  @Field({ description: 'Whether the viewer added this item' })
  createdByYou: boolean;

  @Field(() => [String], { description: 'What the viewer may do with it: evidence.update' })
  viewerActions: string[];

  // Who added it, for resolving `createdBy` as this viewer may see them; never exposed as such.
  creatorId: string;
}

@ObjectType('EvidenceList')
export class EvidenceListObject {
  @Field(() => [EvidenceObject])
  items: EvidenceObject[];

  @Field(() => Int, { description: 'Items matching the filter that the viewer may see' })
  total: number;

  @Field(() => Int, { nullable: true, description: 'Pass as page.offset for the next page' })
  nextOffset: number | null;
}

export function toEvidenceObject(e: EvidenceEntity, viewer: Actor): EvidenceObject {
  const resource = {
    kind: 'evidence',
    assessmentId: e.assessmentId,
    confidentiality: e.confidentiality,
    createdBy: e.createdBy,
  } as const;
  return {
    id: e.id,
    assessmentId: e.assessmentId,
    kind: e.kind,
    title: e.title,
    citation: e.citation,
    author: e.author,
    date: e.date,
    url: e.url,
    language: e.language,
    summary: e.summary,
    tags: e.tags,
    confidentiality: e.confidentiality,
    article: e.article,
    page: e.page,
    interview:
      e.kind === 'INTERVIEW' && e.intervieweeCode && e.organisationType
        ? {
            intervieweeCode: e.intervieweeCode,
            organisationType: e.organisationType,
            consentRecorded: e.consentRecorded === true,
            notes: e.notes,
          }
        : null,
    createdAt: e.createdAt,
    updatedAt: e.updatedAt,
    archivedAt: e.archivedAt,
    createdByYou: e.createdBy === viewer.userId,
    viewerActions: evidenceActions.filter((action) => can(viewer, action, resource)),
    creatorId: e.createdBy,
  };
}
