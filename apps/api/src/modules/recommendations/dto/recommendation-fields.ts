import { z } from 'zod';
import {
  maxLinkedFindings,
  recommendationPriorities,
  recommendationStatuses,
  recommendationTimeframes,
} from '../recommendation-values.js';

const key = (what: string) =>
  z.string().trim().min(1, `Choose ${what}`).max(120, `${what} is not a key of the framework`);

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const organisationIdSchema = z
  .string()
  .regex(uuidPattern, 'Choose an organisation of this assessment')
  .transform((v) => v.toLowerCase());

// The fields a recommendation is written with. Null clears an optional field on update.
export const recommendationFieldShapes = {
  elementKey: key('an element'),
  subElementKey: key('a sub-element').nullish(),
  findingIds: z
    .array(z.string().trim().min(1, 'A finding id must not be empty').max(64, 'Unknown finding'))
    .max(maxLinkedFindings, `Link at most ${maxLinkedFindings} findings`)
    .transform((ids) => [...new Set(ids)])
    .nullish(),
  title: z
    .string()
    .trim()
    .min(1, 'Give the recommendation a title')
    .max(300, 'The title must be at most 300 characters'),
  description: z
    .string()
    .trim()
    .max(10000, 'The description must be at most 10000 characters')
    .nullish(),
  responsibleOrganisationId: organisationIdSchema.nullish(),
  responsibleInstitutionName: z
    .string()
    .trim()
    .max(200, 'The institution’s name must be at most 200 characters')
    .transform((v) => (v === '' ? null : v))
    .nullish(),
  priority: z.enum(recommendationPriorities),
  timeframe: z.enum(recommendationTimeframes),
  status: z.enum(recommendationStatuses).nullish(),
};

// An organisation on the platform or a name, never both.
export function refineInstitution(
  v: { responsibleOrganisationId?: string | null; responsibleInstitutionName?: string | null },
  ctx: z.RefinementCtx,
): void {
  if (v.responsibleOrganisationId && v.responsibleInstitutionName) {
    ctx.addIssue({
      code: 'custom',
      message: 'Choose an organisation or name an institution, not both',
      path: ['responsibleInstitutionName'],
    });
  }
}
