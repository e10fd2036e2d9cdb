import { useTranslation } from 'react-i18next';
import { countryName } from '../format/countries';

export function useCountryName(): (code: string) => string {
  const { t, i18n } = useTranslation();
  const training = t('assessmentForm.trainingCountry');
  return (code) => countryName(code, i18n.language, training);
}
