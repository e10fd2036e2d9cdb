import { can, type Actor } from '@idgov/authz';
import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import type { EvidenceQuery, EvidencePaging } from './dto/evidence-filter.input.js';
import { evidenceResource, readScope } from './evidence-access.js';
import { EvidenceFileEntity } from './evidence-file.entity.js';
import { EvidenceEntity } from './evidence.entity.js';

export interface EvidencePageRows {
  rows: EvidenceEntity[];
  total: number;
  nextOffset: number | null;
}

// websearch_to_tsquery takes what people type ("quoted phrases", -excluded, or) and never fails
// on syntax; 'simple' matches the configuration the search columns are built with.
const query = `websearch_to_tsquery('simple', :search)`;

// Lists and searches an assessment's evidence as the viewer may see it: the policy's read rule is
// applied in SQL (so that totals and pages hold only visible items) and once more on the rows.
@Injectable()
export class EvidenceQueryService {
  constructor(private readonly dataSource: DataSource) {}

  async list(
    actor: Actor,
    assessmentId: string,
    filter: EvidenceQuery,
    page: EvidencePaging,
  ): Promise<EvidencePageRows> {
    const { levels, creatorId } = readScope(actor, assessmentId);
    const qb = this.dataSource
      .getRepository(EvidenceEntity)
      .createQueryBuilder('e')
      .where('e.assessment_id = :assessmentId', { assessmentId })
      .andWhere('(e.confidentiality::text = ANY(:levels) OR e.created_by = :creatorId)', {
        levels,
        creatorId,
      });
    if (!filter.includeArchived) {
      qb.andWhere('e.archived_at IS NULL');
    }
    if (filter.kind) {
      qb.andWhere('e.kind = :kind', { kind: filter.kind });
    }
    if (filter.confidentiality) {
      qb.andWhere('e.confidentiality = :confidentiality', {
        confidentiality: filter.confidentiality,
      });
    }
    if (filter.search) {
      // One vector per item holds its fields and its files' text (see the Evidence migration).
      qb.andWhere(`e.search @@ ${query}`, {
        // Split at slashes, as the indexed text is (evidence_search_text).
        search: filter.search.replaceAll('/', ' '),
      })
        .addSelect(`ts_rank(e.search, ${query})`, 'rank')
        .orderBy('rank', 'DESC');
    }
    qb.addOrderBy('e.created_at', 'DESC').addOrderBy('e.id', 'DESC');
    const [rows, total] = await qb.offset(page.offset).limit(page.first).getManyAndCount();
    const end = page.offset + rows.length;
    return {
      rows: rows.filter((row) => can(actor, 'evidence.read', evidenceResource(row))),
      total,
      nextOffset: end < total ? end : null,
    };
  }

  async filesOf(evidenceIds: readonly string[]): Promise<Map<string, EvidenceFileEntity[]>> {
    const files = await this.dataSource.getRepository(EvidenceFileEntity).find({
      where: { evidenceId: In([...evidenceIds]) },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    const byEvidence = new Map<string, EvidenceFileEntity[]>(evidenceIds.map((id) => [id, []]));
    files.forEach((file) => byEvidence.get(file.evidenceId)?.push(file));
    return byEvidence;
  }
}
