import { accountabilityAndTheRuleOfLaw } from './accountability-and-the-rule-of-law.js';
import { capableInstitutions } from './capable-institutions.js';
import { dataProtectionAndPrivacy } from './data-protection-and-privacy.js';
import { equalityAndNonDiscrimination } from './equality-and-non-discrimination.js';
import { legalAndRegulatoryFramework } from './legal-and-regulatory-framework.js';
import { participationAndAccessToInformation } from './participation-and-access-to-information.js';
import { procurementAntiCorruption } from './procurement-anti-corruption.js';
import { userValue } from './user-value.js';
import type { FrameworkContent } from '../framework.schema.js';

// Bump the version whenever any text below changes: assessments record the version they were
// created from, and the content hash lets anyone check they hold the same text.
export const frameworkContent: FrameworkContent = {
  version: '2026.1.0',
  title: 'UNDP Model Governance Framework for Digital Legal Identity',
  source: {
    title: 'UNDP Model Governance Framework for Digital Legal Identity System (governance4id.org)',
    url: 'https://governance4id.org/',
  },
  elements: [
    equalityAndNonDiscrimination,
    accountabilityAndTheRuleOfLaw,
    legalAndRegulatoryFramework,
    capableInstitutions,
    dataProtectionAndPrivacy,
    userValue,
    procurementAntiCorruption,
    participationAndAccessToInformation,
  ],
};
