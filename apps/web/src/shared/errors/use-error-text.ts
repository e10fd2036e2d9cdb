import { useTranslation } from 'react-i18next';
import type { AppErrorInfo } from './app-errors';

const describedFields = [
  'title',
  'country',
  'scope',
  'nationalUseCases',
  'reason',
  'text',
  'email',
  'password',
  'displayName',
] as const;

type DescribedField = (typeof describedFields)[number];

const isDescribedField = (field: string | null): field is DescribedField =>
  (describedFields as readonly (string | null)[]).includes(field);

// Translated text for coded API errors: what went wrong in general, and what a field expects.
export function useErrorText(): {
  describe: (error: AppErrorInfo) => string;
  forField: (error: AppErrorInfo | undefined) => string | undefined;
} {
  const { t } = useTranslation();
  return {
    describe: (error) => t(`errors.code.${error.code}`),
    forField: (error) => {
      if (!error) {
        return undefined;
      }
      return isDescribedField(error.field)
        ? t(`errors.field.${error.field}`)
        : t('errors.field.default');
    },
  };
}
