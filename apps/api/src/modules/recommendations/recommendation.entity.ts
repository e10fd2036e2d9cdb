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
import { OrganisationEntity } from '../organisations/organisation.entity.js';
import { UserEntity } from '../users/user.entity.js';
import {
  recommendationPriorities,
  recommendationStatuses,
  recommendationTimeframes,
  type RecommendationPriority,
  type RecommendationStatus,
  type RecommendationTimeframe,
} from './recommendation-values.js';

// A recommendation of the Engage phase, about an element (and maybe one of its sub-elements),
// linked to findings of that element's document by their ids. The responsible institution is an
// organisation on the platform or a name, never both.
@Entity('recommendation')
@Index('recommendation_listing_idx', ['assessmentId', 'elementKey', 'createdAt'])
@Check('recommendation_title_not_blank', `char_length(btrim("title")) > 0`)
@Check('recommendation_description_length', `char_length("description") <= 10000`)
@Check('recommendation_findings_bounded', `cardinality("finding_ids") <= 50`)
@Check(
  'recommendation_one_institution',
  `"responsible_organisation_id" IS NULL OR "responsible_institution_name" IS NULL`,
)
@Check(
  'recommendation_institution_name_not_blank',
  `char_length(btrim("responsible_institution_name")) > 0`,
)
export class RecommendationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'assessment_id', type: 'uuid' })
  assessmentId: string;

  @ManyToOne(() => AssessmentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'assessment_id' })
  assessment?: Relation<AssessmentEntity>;

  @Column({ name: 'element_key', type: 'varchar', length: 120 })
  elementKey: string;

  @Column({ name: 'sub_element_key', type: 'varchar', length: 120, nullable: true })
  subElementKey: string | null;

  // Ids of findings in the element document (`findings:<sub-element>` arrays), checked when linked.
  @Column({ name: 'finding_ids', type: 'text', array: true, default: () => "'{}'" })
  findingIds: string[];

  @Column({ type: 'varchar', length: 300 })
  title: string;

  @Column({ type: 'text', default: '' })
  description: string;

  @Column({ name: 'responsible_organisation_id', type: 'uuid', nullable: true })
  responsibleOrganisationId: string | null;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'responsible_organisation_id' })
  responsibleOrganisation?: Relation<OrganisationEntity>;

  // An institution that is not on the platform.
  @Column({ name: 'responsible_institution_name', type: 'varchar', length: 200, nullable: true })
  responsibleInstitutionName: string | null;

  @Column({ type: 'enum', enum: recommendationPriorities, enumName: 'recommendation_priority' })
  priority: RecommendationPriority;

  @Column({ type: 'enum', enum: recommendationTimeframes, enumName: 'recommendation_timeframe' })
  timeframe: RecommendationTimeframe;

  @Column({ type: 'enum', enum: recommendationStatuses, enumName: 'recommendation_status' })
  status: RecommendationStatus;

  @Column({ name: 'created_by', type: 'uuid' })
  createdBy: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'created_by' })
  creator?: Relation<UserEntity>;

  @Column({ name: 'updated_by', type: 'uuid' })
  updatedBy: string;

  @ManyToOne(() => UserEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'updated_by' })
  updater?: Relation<UserEntity>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
