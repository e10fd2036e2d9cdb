import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { UserEntity } from './user.entity.js';

@ObjectType('User')
export class UserObject {
  @Field(() => ID)
  id: string;

  @Field()
  displayName: string;

  @Field(() => String, {
    nullable: true,
    description: 'Visible only to the person themselves and to those who manage them',
  })
  email: string | null;

  @Field()
  isPlatformAdmin: boolean;
}

// Field by field, so that nothing is exposed because it happens to be on the entity.
export function toUserObject(
  user: UserEntity,
  viewer: { id: string; isPlatformAdmin: boolean } | null,
): UserObject {
  const mayReadEmail = viewer !== null && (viewer.id === user.id || viewer.isPlatformAdmin);
  return {
    id: user.id,
    displayName: user.displayName,
    email: mayReadEmail ? user.email : null,
    isPlatformAdmin: user.isPlatformAdmin,
  };
}
