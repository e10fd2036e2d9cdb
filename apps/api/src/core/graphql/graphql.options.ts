import type { ApolloDriverConfig } from '@nestjs/apollo';
import { ApolloDriver } from '@nestjs/apollo';
import { formatGraphqlError } from '../errors/format-error.js';
import { createGraphqlContext } from './graphql-context.js';
import { queryLimitsRule } from './query-limits.js';

export function graphqlOptions(production: boolean): ApolloDriverConfig {
  return {
    driver: ApolloDriver,
    path: '/graphql',
    autoSchemaFile: true,
    sortSchema: true,
    context: createGraphqlContext,
    formatError: formatGraphqlError,
    playground: false,
    introspection: !production,
    // No "did you mean" hints that map the schema for someone probing it.
    hideSchemaDetailsFromClientErrors: production,
    validationRules: [queryLimitsRule()],
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
  };
}
