import type { Standard } from '../framework.schema.js';

// International instruments and guidance cited by the framework content. Kept in one place so
// that every citation of an instrument uses the same title and address.
export const instruments = {
  // Core human rights instruments
  udhr: {
    title: 'Universal Declaration of Human Rights (1948)',
    url: 'https://www.un.org/en/about-us/universal-declaration-of-human-rights',
  },
  iccpr: {
    title: 'International Covenant on Civil and Political Rights (1966)',
    url: 'https://www.ohchr.org/en/instruments-mechanisms/instruments/international-covenant-civil-and-political-rights',
  },
  icerd: {
    title:
      'International Convention on the Elimination of All Forms of Racial Discrimination (1965)',
    url: 'https://www.ohchr.org/en/instruments-mechanisms/instruments/international-convention-elimination-all-forms-racial',
  },
  cedaw: {
    title: 'Convention on the Elimination of All Forms of Discrimination against Women (1979)',
    url: 'https://www.ohchr.org/en/instruments-mechanisms/instruments/convention-elimination-all-forms-discrimination-against-women',
  },
  crc: {
    title: 'Convention on the Rights of the Child (1989), articles 7 and 8',
    url: 'https://www.ohchr.org/en/instruments-mechanisms/instruments/convention-rights-child',
  },
  crpd: {
    title: 'Convention on the Rights of Persons with Disabilities (2006)',
    url: 'https://www.ohchr.org/en/instruments-mechanisms/instruments/convention-rights-persons-disabilities',
  },
  cescrGc20: {
    title:
      'Committee on Economic, Social and Cultural Rights, General Comment No. 20 on non-discrimination (E/C.12/GC/20, 2009)',
    url: 'https://undocs.org/E/C.12/GC/20',
  },
  hrcGc25: {
    title:
      'Human Rights Committee, General Comment No. 25 on participation in public affairs (CCPR/C/21/Rev.1/Add.7, 1996)',
    url: 'https://undocs.org/CCPR/C/21/Rev.1/Add.7',
  },
  hrcGc34: {
    title:
      'Human Rights Committee, General Comment No. 34 on freedom of expression, including access to information (CCPR/C/GC/34, 2011)',
    url: 'https://undocs.org/CCPR/C/GC/34',
  },
  privacyDigitalAge: {
    title: 'OHCHR report, The right to privacy in the digital age (A/HRC/39/29, 2018)',
    url: 'https://undocs.org/A/HRC/39/29',
  },
  digitalWelfareState: {
    title:
      'Report of the Special Rapporteur on extreme poverty and human rights on the digital welfare state (A/74/493, 2019)',
    url: 'https://undocs.org/A/74/493',
  },
  ungps: {
    title: 'UN Guiding Principles on Business and Human Rights (2011)',
    url: 'https://www.ohchr.org/sites/default/files/documents/publications/guidingprinciplesbusinesshr_en.pdf',
  },

  // Nationality, statelessness, refugees and migrants
  statelessPersons1954: {
    title: 'Convention relating to the Status of Stateless Persons (1954)',
    url: 'https://www.ohchr.org/en/instruments-mechanisms/instruments/convention-relating-status-stateless-persons',
  },
  reductionStatelessness1961: {
    title: 'Convention on the Reduction of Statelessness (1961)',
    url: 'https://www.ohchr.org/en/instruments-mechanisms/instruments/convention-reduction-statelessness',
  },
  refugeeConvention: {
    title: 'Convention relating to the Status of Refugees (1951)',
    url: 'https://www.ohchr.org/en/instruments-mechanisms/instruments/convention-relating-status-refugees',
  },
  unhcrStatelessness: {
    title: 'UNHCR, Ending statelessness',
    url: 'https://www.unhcr.org/what-we-do/protect-human-rights/ending-statelessness',
  },
  gcm: {
    title:
      'Global Compact for Safe, Orderly and Regular Migration, objective 4 on proof of legal identity (A/RES/73/195, 2018)',
    url: 'https://undocs.org/A/RES/73/195',
  },

  // Legal identity and digital identity
  sdg16: {
    title: 'Sustainable Development Goal 16 (targets 16.3, 16.5, 16.9 and 16.10)',
    url: 'https://sdgs.un.org/goals/goal16',
  },
  unLia: {
    title: 'United Nations Legal Identity Agenda (UN Statistics Division)',
    url: 'https://unstats.un.org/legal-identity-agenda/',
  },
  unicefBirthRegistration: {
    title: 'UNICEF, Birth registration data and resources',
    url: 'https://data.unicef.org/topic/child-protection/birth-registration/',
  },
  id4dPrinciples: {
    title:
      'Principles on Identification for Sustainable Development (World Bank ID4D, revised 2021)',
    url: 'https://id4d.worldbank.org/principles',
  },
  id4dGuide: {
    title: 'ID4D Practitioner’s Guide (World Bank)',
    url: 'https://id4d.worldbank.org/guide',
  },
  id4dAuthority: {
    title: 'ID4D Practitioner’s Guide, ID authority and governance structure',
    url: 'https://id4d.worldbank.org/guide/id-authority-and-governance-structure',
  },
  id4dPlanning: {
    title: 'ID4D Practitioner’s Guide, Planning roadmap',
    url: 'https://id4d.worldbank.org/guide/3-planning-roadmap',
  },
  id4dProcurement: {
    title: 'ID4D Practitioner’s Guide, Procurement',
    url: 'https://id4d.worldbank.org/guide/4-procurement',
  },
  id4dDiagnostic: {
    title: 'Guidelines for ID4D Diagnostics (World Bank, 2018)',
    url: 'https://id4d.worldbank.org/Diagnostic-Guidelines',
  },
  id4dDataProtection: {
    title: 'Digital ID and the Data Protection Challenge: Practitioner’s Note (World Bank, 2019)',
    url: 'https://hdl.handle.net/10986/32629',
  },
  oecdDigitalIdentity: {
    title: 'OECD Recommendation on the Governance of Digital Identity (2023)',
    url: 'https://legalinstruments.oecd.org/en/instruments/OECD-LEGAL-0491',
  },
  uncitralMlit: {
    title:
      'UNCITRAL Model Law on the Use and Cross-border Recognition of Identity Management and Trust Services (2022)',
    url: 'https://uncitral.un.org/en/mlit',
  },
  eidas: {
    title:
      'EU Regulation on electronic identification and trust services (eIDAS, Regulation (EU) No 910/2014)',
    url: 'https://eur-lex.europa.eu/eli/reg/2014/910/oj',
  },
  dpiSafeguards: {
    title:
      'Universal DPI Safeguards Framework (UN Office for Digital and Emerging Technologies and UNDP)',
    url: 'https://www.dpi-safeguards.org/',
  },
  digitalPrinciples: {
    title: 'Principles for Digital Development',
    url: 'https://digitalprinciples.org/',
  },
  wcag: {
    title: 'W3C Web Content Accessibility Guidelines (WCAG) 2.2',
    url: 'https://www.w3.org/TR/WCAG22/',
  },

  // Rule of law, oversight and access to justice
  ruleOfLawDeclaration: {
    title:
      'Declaration of the High-level Meeting of the General Assembly on the Rule of Law (A/RES/67/1, 2012)',
    url: 'https://undocs.org/A/RES/67/1',
  },
  unRuleOfLaw: {
    title: 'United Nations and the Rule of Law',
    url: 'https://www.un.org/ruleoflaw/',
  },
  parisPrinciples: {
    title: 'Principles relating to the Status of National Institutions (Paris Principles, 1993)',
    url: 'https://www.ohchr.org/en/instruments-mechanisms/instruments/principles-relating-status-national-institutions-paris',
  },
  judicialIndependence: {
    title: 'Basic Principles on the Independence of the Judiciary (1985)',
    url: 'https://www.ohchr.org/en/instruments-mechanisms/instruments/basic-principles-independence-judiciary',
  },
  remedyPrinciples: {
    title:
      'Basic Principles and Guidelines on the Right to a Remedy and Reparation (A/RES/60/147, 2005)',
    url: 'https://www.ohchr.org/en/instruments-mechanisms/instruments/basic-principles-and-guidelines-right-remedy-and-reparation',
  },
  unodcLegalAid: {
    title: 'UNODC, Access to legal aid',
    url: 'https://www.unodc.org/unodc/en/justice-and-prison-reform/legal-aid.html',
  },

  // Data protection, privacy and security
  convention108: {
    title:
      'Council of Europe Convention 108+ on the protection of individuals with regard to the processing of personal data',
    url: 'https://www.coe.int/en/web/data-protection/convention108-and-protocol',
  },
  oecdPrivacy: {
    title: 'OECD Privacy Guidelines (OECD/LEGAL/0188)',
    url: 'https://legalinstruments.oecd.org/en/instruments/OECD-LEGAL-0188',
  },
  gdpr: {
    title: 'EU General Data Protection Regulation (Regulation (EU) 2016/679)',
    url: 'https://eur-lex.europa.eu/eli/reg/2016/679/oj',
  },
  malabo: {
    title:
      'African Union Convention on Cyber Security and Personal Data Protection (Malabo Convention, 2014)',
    url: 'https://au.int/en/treaties/african-union-convention-cyber-security-and-personal-data-protection',
  },
  unPrivacyPrinciples: {
    title: 'UN Personal Data Protection and Privacy Principles (2018)',
    url: 'https://unsceb.org/privacy-principles',
  },
  oecdDataSharing: {
    title: 'OECD Recommendation on Enhancing Access to and Sharing of Data (2021)',
    url: 'https://legalinstruments.oecd.org/en/instruments/OECD-LEGAL-0463',
  },
  iso27001: {
    title: 'ISO/IEC 27001, Information security management systems',
    url: 'https://www.iso.org/standard/27001',
  },
  nistCsf: {
    title: 'NIST Cybersecurity Framework',
    url: 'https://www.nist.gov/cyberframework',
  },
  budapestConvention: {
    title: 'Council of Europe Convention on Cybercrime (Budapest Convention, 2001)',
    url: 'https://www.coe.int/en/web/cybercrime/the-budapest-convention',
  },
  dihrHria: {
    title: 'Danish Institute for Human Rights, Human rights impact assessment guidance and toolbox',
    url: 'https://www.humanrights.dk/tools/human-rights-impact-assessment-guidance-toolbox',
  },

  // Public administration, procurement and integrity
  oecdDigitalGovernment: {
    title: 'OECD Recommendation on Digital Government Strategies (2014)',
    url: 'https://legalinstruments.oecd.org/en/instruments/OECD-LEGAL-0406',
  },
  oecdOpenGovernment: {
    title: 'OECD Recommendation on Open Government (2017)',
    url: 'https://legalinstruments.oecd.org/en/instruments/OECD-LEGAL-0438',
  },
  oecdProcurement: {
    title: 'OECD Recommendation on Public Procurement (2015)',
    url: 'https://legalinstruments.oecd.org/en/instruments/OECD-LEGAL-0411',
  },
  oecdIntegrity: {
    title: 'OECD Recommendation on Public Integrity (2017)',
    url: 'https://legalinstruments.oecd.org/en/instruments/OECD-LEGAL-0435',
  },
  uncitralProcurement: {
    title: 'UNCITRAL Model Law on Public Procurement (2011)',
    url: 'https://uncitral.un.org/en/texts/procurement/modellaw/public_procurement',
  },
  uncac: {
    title: 'United Nations Convention against Corruption (2003)',
    url: 'https://www.unodc.org/unodc/en/corruption/uncac.html',
  },
  ocds: {
    title: 'Open Contracting Data Standard',
    url: 'https://standard.open-contracting.org/',
  },

  // Participation, transparency and statistics
  ogp: {
    title: 'Open Government Partnership',
    url: 'https://www.opengovpartnership.org/',
  },
  unescoAccessToInformation: {
    title: 'UNESCO, Access to information laws',
    url: 'https://www.unesco.org/en/access-information-laws',
  },
  tromsoConvention: {
    title: 'Council of Europe Convention on Access to Official Documents (Tromsø Convention, 2009)',
    url: 'https://www.coe.int/en/web/access-to-official-documents/home',
  },
  openDataCharter: {
    title: 'International Open Data Charter principles',
    url: 'https://opendatacharter.org/principles/',
  },
  officialStatistics: {
    title: 'UN Fundamental Principles of Official Statistics',
    url: 'https://unstats.un.org/fpos/',
  },
} satisfies Record<string, Standard>;
