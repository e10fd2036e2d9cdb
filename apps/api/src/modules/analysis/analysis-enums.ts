import { registerEnumType } from '@nestjs/graphql';
import {
  gapKinds,
  gapStatuses,
  ratingScale,
  stakeholderGroups,
  type GapKind,
  type GapStatus,
  type Rating,
  type StakeholderGroup,
} from './analysis-kinds.js';
import { divergenceReasons, type DivergenceReason } from './rating-split.js';

const enumOf = <T extends string>(values: readonly T[]): Record<T, T> =>
  Object.fromEntries(values.map((v) => [v, v])) as Record<T, T>;

export const GapKindEnum = enumOf<GapKind>(gapKinds);
registerEnumType(GapKindEnum, {
  name: 'GapKind',
  description:
    'NO_ANSWER, NO_EVIDENCE, RATING_UNKNOWN: derived from the element documents; TRACKED: raised by hand',
});

export const GapStatusEnum = enumOf<GapStatus>(gapStatuses);
registerEnumType(GapStatusEnum, { name: 'GapStatus' });

export const StakeholderGroupEnum = enumOf<StakeholderGroup>(stakeholderGroups);
registerEnumType(StakeholderGroupEnum, {
  name: 'StakeholderGroup',
  description: "From the member's organisation type when they rated (anything else: OTHER)",
});

export const AnalysisRatingEnum = enumOf<Rating>(ratingScale);
registerEnumType(AnalysisRatingEnum, {
  name: 'AnalysisRating',
  description: 'The rating scale of sub-elements: split by group and consolidated',
});

export const DivergenceReasonEnum = enumOf<DivergenceReason>(divergenceReasons);
registerEnumType(DivergenceReasonEnum, {
  name: 'DivergenceReason',
  description:
    "TWO_STEPS_APART: one group's majority is MEETS_TARGET and another's NOT_MET; " +
    "UNKNOWN_AGAINST_RATED: one group's majority is UNKNOWN while another rates on the scale",
});
