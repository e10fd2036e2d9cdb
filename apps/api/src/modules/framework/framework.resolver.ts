import { Query, Resolver } from '@nestjs/graphql';
import { Public } from '../../core/authz/policy.decorator.js';
import { FrameworkObject } from './framework.object.js';
import { FrameworkService } from './framework.service.js';

@Resolver(() => FrameworkObject)
export class FrameworkResolver {
  constructor(private readonly frameworks: FrameworkService) {}

  @Public()
  @Query(() => FrameworkObject, {
    description: 'The governance framework this platform assesses against',
  })
  framework(): FrameworkObject {
    return this.frameworks.current();
  }
}
