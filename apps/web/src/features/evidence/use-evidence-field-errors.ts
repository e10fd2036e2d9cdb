import { useTranslation } from 'react-i18next';
import { splitErrors, type AppErrorInfo } from '../../shared/errors/app-errors';
import {
  evidenceFormFields,
  type EvidenceFormField,
  type EvidenceFormProblems,
} from './evidence-form';

// One message per field: the browser's own check first, else what the API said about it
// (translated by field, since the API's messages are in English).
export function useEvidenceFieldErrors(
  problems: EvidenceFormProblems,
  errors: readonly AppErrorInfo[],
) {
  const { t } = useTranslation();
  const server = splitErrors(errors, evidenceFormFields);
  const fieldError = (field: EvidenceFormField): string | undefined => {
    const problem = problems[field];
    if (problem) {
      return t(`evidence.problem.${problem}`);
    }
    return server.fields[field] ? t(`evidence.invalid.${field}`) : undefined;
  };
  const hasFieldErrors =
    Object.values(problems).some(Boolean) || Object.keys(server.fields).length > 0;
  return { fieldError, hasFieldErrors, general: server.general };
}
