import type { OrganisationType } from '@idgov/authz';
import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { organisationTypes, type OrganisationEntity } from './organisation.entity.js';

export const OrganisationTypeEnum = Object.fromEntries(organisationTypes.map((t) => [t, t])) as {
  [K in OrganisationType]: K;
};
registerEnumType(OrganisationTypeEnum, { name: 'OrganisationType' });

@ObjectType('Organisation')
export class OrganisationObject {
  @Field(() => ID)
  id: string;

  @Field()
  name: string;

  @Field(() => OrganisationTypeEnum)
  type: OrganisationType;

  @Field(() => String, { nullable: true })
  country: string | null;
}

export function toOrganisationObject(o: OrganisationEntity): OrganisationObject {
  return { id: o.id, name: o.name, type: o.type, country: o.country };
}
