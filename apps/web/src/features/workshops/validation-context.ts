import { createContext, useContext } from 'react';
import { emptyValidationIndex, type ValidationIndex } from './validation-index';

// Outside a provider (a page that shows no workshop outcomes) nothing is looked up.
export const ValidationContext = createContext<ValidationIndex>(emptyValidationIndex);

export const useValidation = (): ValidationIndex => useContext(ValidationContext);
