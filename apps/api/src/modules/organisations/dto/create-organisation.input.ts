import type { OrganisationType } from '@idgov/authz';
import { Field, InputType } from '@nestjs/graphql';
import { z } from 'zod';
import { countrySchema } from '../../assessments/dto/assessment-fields.schema.js';
import { organisationTypes } from '../organisation.entity.js';
import { OrganisationTypeEnum } from '../organisation.object.js';

@InputType()
export class CreateOrganisationInput {
  @Field()
  name: string;

  @Field(() => OrganisationTypeEnum)
  type: OrganisationType;

  @Field(() => String, { nullable: true })
  country?: string | null;
}

export const createOrganisationSchema = z.object({
  name: z.string().trim().min(1, 'Name must not be empty').max(200),
  type: z.enum(organisationTypes as [OrganisationType, ...OrganisationType[]]),
  country: countrySchema.nullish().transform((c) => c ?? null),
});
