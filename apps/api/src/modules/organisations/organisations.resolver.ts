import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { PlatformPolicy, SignedIn } from '../../core/authz/policy.decorator.js';
import { parseId } from '../../core/errors/parse-id.js';
import { parseInput } from '../../core/errors/parse-input.js';
import {
  CreateOrganisationInput,
  createOrganisationSchema,
} from './dto/create-organisation.input.js';
import { OrganisationObject, toOrganisationObject } from './organisation.object.js';
import { OrganisationsService } from './organisations.service.js';

@Resolver(() => OrganisationObject)
export class OrganisationsResolver {
  constructor(private readonly service: OrganisationsService) {}

  @SignedIn()
  @Query(() => [OrganisationObject])
  async organisations(): Promise<OrganisationObject[]> {
    return (await this.service.list()).map(toOrganisationObject);
  }

  @PlatformPolicy('users.manage')
  @Mutation(() => OrganisationObject)
  async createOrganisation(
    @Args('input') input: CreateOrganisationInput,
  ): Promise<OrganisationObject> {
    return toOrganisationObject(
      await this.service.create(parseInput(createOrganisationSchema, input)),
    );
  }

  @PlatformPolicy('users.manage')
  @Mutation(() => Boolean)
  async addOrganisationMember(
    @Args('organisationId', { type: () => ID }) organisationId: string,
    @Args('userId', { type: () => ID }) userId: string,
  ): Promise<boolean> {
    await this.service.addMember(
      parseId(organisationId, 'Organisation', 'organisationId'),
      parseId(userId, 'User', 'userId'),
    );
    return true;
  }
}
