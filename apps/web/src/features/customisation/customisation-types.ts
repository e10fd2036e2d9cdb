import type { CustomisationQuery } from '../../gql/graphql';

export type CustomElement = CustomisationQuery['assessment']['elements'][number];
export type CustomSubElement = CustomElement['subElements'][number];
export type CustomDetail = CustomSubElement['details'][number];
export type CustomQuestion = CustomDetail['questions'][number];
