import type { Confidentiality, OrganisationType } from '@idgov/authz';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
  UpdateDateColumn,
} from 'typeorm';
import { AssessmentEntity } from '../assessments/assessment.entity.js';
import { organisationTypes } from '../organisations/organisation.entity.js';
import { UserEntity } from '../users/user.entity.js';
import { confidentialities, evidenceKinds, type EvidenceKind } from './evidence-kind.js';

// One source in an assessment's evidence library. Kind-specific fields are checked by the
// database too: an article only on a law, a page only on a report, interview fields only (and all
// of them) on an interview, notes only with recorded consent.
@Entity('evidence')
@Index('evidence_listing_idx', ['assessmentId', 'createdAt'])
@Check('evidence_title_not_blank', `char_length(btrim("title")) > 0`)
@Check('evidence_url_http', `"url" ~ '^https?://'`)
@Check('evidence_article_on_law', `"article" IS NULL OR "kind" = 'LAW'`)
@Check('evidence_page_on_report', `"page" IS NULL OR "kind" = 'REPORT'`)
@Check('evidence_website_url', `"kind" <> 'WEBSITE' OR "url" IS NOT NULL`)
@Check(
  'evidence_interview_complete',
  `"kind" <> 'INTERVIEW' OR ("interviewee_code" IS NOT NULL AND "organisation_type" IS NOT NULL AND "consent_recorded" IS NOT NULL AND "date" IS NOT NULL)`,
)
@Check(
  'evidence_interview_only',
  `"kind" = 'INTERVIEW' OR ("interviewee_code" IS NULL AND "organisation_type" IS NULL AND "consent_recorded" IS NULL AND "notes" IS NULL)`,
)
@Check('evidence_notes_need_consent', `"notes" IS NULL OR "consent_recorded"`)
@Check('evidence_interview_not_public', `"kind" <> 'INTERVIEW' OR "confidentiality" <> 'PUBLIC'`)
@Check(
  'evidence_interviewee_code',
  `"interviewee_code" ~ '^[A-Z0-9][A-Z0-9-]{1,39}$' AND "interviewee_code" ~ '[0-9]'`,
)
@Check('evidence_summary_length', `char_length("summary") <= 10000`)
@Check('evidence_notes_length', `char_length("notes") <= 50000`)
export class EvidenceEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'assessment_id', type: 'uuid' })
  assessmentId: string;

  @ManyToOne(() => AssessmentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'assessment_id' })
  assessment?: Relation<AssessmentEntity>;

  @Column({ type: 'enum', enum: evidenceKinds, enumName: 'evidence_kind' })
  kind: EvidenceKind;

  @Column({ type: 'varchar', length: 300 })
  title: string;

  @Column({ type: 'varchar', length: 1000, nullable: true })
  citation: string | null;

  // Publisher or author.
  @Column({ type: 'varchar', length: 300, nullable: true })
  author: string | null;

  // Of the source (publication, adoption), or of the interview.
  @Column({ type: 'date', nullable: true })
  date: string | null;

  @Column({ type: 'varchar', length: 2000, nullable: true })
  url: string | null;

  // BCP 47 language tag, e.g. "fr" or "pt-BR".
  @Column({ type: 'varchar', length: 35, nullable: true })
  language: string | null;

  @Column({ type: 'text', nullable: true })
  summary: string | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  tags: string[];

  @Column({ type: 'enum', enum: confidentialities, enumName: 'evidence_confidentiality' })
  confidentiality: Confidentiality;

  // LAW: the article or section.
  @Column({ type: 'varchar', length: 200, nullable: true })
  article: string | null;

  // REPORT: the page or pages.
  @Column({ type: 'varchar', length: 50, nullable: true })
  page: string | null;

  // INTERVIEW: a code such as KII-07, never the interviewee's name.
  @Column({ name: 'interviewee_code', type: 'varchar', length: 40, nullable: true })
  intervieweeCode: string | null;

  @Column({
    name: 'organisation_type',
    type: 'enum',
    enum: organisationTypes,
    enumName: 'organisation_type',
    nullable: true,
  })
  organisationType: OrganisationType | null;

  @Column({ name: 'consent_recorded', type: 'boolean', nullable: true })
  consentRecorded: boolean | null;

  // Personal data: never in audit summaries; only kept with recorded consent.
  @Column({ type: 'text', nullable: true })
  notes: string | null;

  // The item's words and those of its files, kept by triggers (see the Evidence migration);
  // never written here.
  @Index('evidence_search_idx', { synchronize: false })
  @Column({ type: 'tsvector', select: false, insert: false, update: false })
  search?: string;

  // Accounts are disabled, never deleted, so an item keeps its creator.
  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by' })
  creator?: Relation<UserEntity>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;

  // Archived items leave the library's lists but still resolve for the citations that name them.
  @Column({ name: 'archived_at', type: 'timestamptz', nullable: true })
  archivedAt: Date | null;
}
