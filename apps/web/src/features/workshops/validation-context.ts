import { indexByTarget, type TargetIndex } from '@idgov/assessment-doc';
import { createContext, useContext } from 'react';
import type { ValidationOutcomeFieldsFragment } from '../../gql/graphql';

export type ValidationIndex = TargetIndex<ValidationOutcomeFieldsFragment>;

// Outside a provider (a page that shows no workshop outcomes) nothing is looked up.
export const ValidationContext = createContext<ValidationIndex>(indexByTarget([]));

export const useValidation = (): ValidationIndex => useContext(ValidationContext);
