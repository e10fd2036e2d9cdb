import type {
  AnalysisContextQuery,
  InformationGapFieldsFragment,
  SubElementRatingsFieldsFragment,
} from '../../gql/graphql';

export type AnalysisElement = AnalysisContextQuery['assessment']['elements'][number];
export type AnalysisMember = AnalysisContextQuery['assessment']['members'][number];
export type GapRow = InformationGapFieldsFragment;
export type RatingsRow = SubElementRatingsFieldsFragment;
