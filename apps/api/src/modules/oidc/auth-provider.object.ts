import { Field, ObjectType } from '@nestjs/graphql';

@ObjectType('AuthProvider', { description: 'A way to sign in other than email and password' })
export class AuthProviderObject {
  @Field({ description: 'Stable identifier, e.g. "oidc"' })
  id: string;

  @Field({ description: 'What the sign-in button says' })
  label: string;

  @Field({
    description: 'Where the browser goes to sign in; append ?returnTo=/path to come back there',
  })
  startUrl: string;
}
