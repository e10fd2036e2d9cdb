import { graphql } from '../../gql';

export const MeQuery = graphql(`
  query Me {
    me {
      id
      displayName
      email
      isPlatformAdmin
    }
  }
`);

export const LoginMutation = graphql(`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      user {
        id
        displayName
        email
        isPlatformAdmin
      }
    }
  }
`);

export const LogoutMutation = graphql(`
  mutation Logout {
    logout
  }
`);

export const AuthProvidersQuery = graphql(`
  query AuthProviders {
    authProviders {
      id
      label
      startUrl
    }
  }
`);
