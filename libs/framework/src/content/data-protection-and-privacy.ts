import type { FrameworkElement } from '../framework.schema.js';
import { instruments as i } from './instruments.js';

export const dataProtectionAndPrivacy: FrameworkElement = {
  key: 'data-protection-and-privacy',
  title: 'Data protection and privacy',
  url: 'https://governance4id.org/framework/data-protection-and-privacy',
  description:
    'Digital identity systems collect and manage highly sensitive information, including biometric data, so misuse or a breach can cause serious and lasting harm. This element covers the parts of the governance framework that ensure personal data are protected and individual privacy is respected: the data protection and privacy laws in force, how public and private actors handle identity data, how data are exchanged and how the system is secured. Laws are only as effective as their implementation, so this element should be read together with the others, particularly those on oversight and remedies.',
  subElements: [
    {
      key: 'data-protection-and-privacy-laws',
      title: 'Data protection and privacy laws',
      details: [
        {
          key: 'data-protection-law-coverage',
          title: 'Existence and scope of data protection law',
          anchorQuestions: [
            {
              key: 'data-protection-law-coverage.q1',
              text: 'Does the country have a comprehensive data protection and privacy law, and does it apply to the identity authority and to every public and private actor that processes identity data?',
            },
            {
              key: 'data-protection-law-coverage.q2',
              text: 'Does the law treat biometric data and identity numbers as sensitive data requiring heightened protection?',
            },
            {
              key: 'data-protection-law-coverage.q3',
              text: 'Does the law give individuals enforceable rights to be informed, to access, rectify and object, and does it set out principles such as lawfulness, purpose limitation, data minimisation and storage limitation?',
            },
          ],
          rightsImplications:
            'Without a data protection law, people have no enforceable say over how their identity data are used, and the identity system operates without binding limits. Broad exemptions for government, security or the identity authority itself can empty the law of meaning precisely where the largest and most sensitive databases are held.',
          targetScenario:
            'A comprehensive data protection law, consistent with international standards, applies to public and private actors alike, with only narrow, necessary and proportionate exemptions. Biometric and identity data are classed as sensitive, and individuals can exercise their rights easily and free of charge.',
          standards: [i.convention108, i.oecdPrivacy, i.malabo],
        },
        {
          key: 'data-protection-authority',
          title: 'Independent data protection authority',
          anchorQuestions: [
            {
              key: 'data-protection-authority.q1',
              text: 'Is there a data protection authority that is independent, adequately resourced and empowered to investigate and sanction the identity authority and other government bodies?',
            },
            {
              key: 'data-protection-authority.q2',
              text: 'Has the authority used its powers in relation to the identity system, for example through audits, guidance, opinions on legislation or enforcement decisions?',
            },
          ],
          rightsImplications:
            'Data protection rights depend on an enforcer that can act against the state as well as companies. An authority that lacks independence or resources cannot credibly supervise the national identity system, leaving individuals to challenge powerful institutions alone.',
          targetScenario:
            'The data protection authority is established by law with guaranteed independence, its own budget and qualified staff. It is consulted on identity legislation and regulations, audits the identity system periodically, publishes its findings and can impose binding corrective measures on public bodies.',
          standards: [i.convention108, i.gdpr],
        },
      ],
    },
    {
      key: 'data-handling-by-public-and-private-actors',
      title: 'Data handling by public and private actors',
      details: [
        {
          key: 'data-minimisation-and-retention',
          title: 'Data minimisation and retention',
          anchorQuestions: [
            {
              key: 'data-minimisation-and-retention.q1',
              text: 'Are the personal and biometric data collected at enrolment limited to what is needed to establish identity, and are retention periods defined for each category of data?',
            },
            {
              key: 'data-minimisation-and-retention.q2',
              text: 'Are authentication and transaction logs kept, for how long, with what content, and who may access them?',
            },
          ],
          rightsImplications:
            'Every additional data field and every retained log increases the potential for profiling, surveillance and harm in a breach. Authentication logs in particular can reveal where people go, which services they use and with whom they deal.',
          targetScenario:
            'Enrolment collects only the attributes required by law to establish identity. Biometric data are stored as protected templates where possible, retention periods are defined and enforced, and authentication logs record only what is needed for security and dispute resolution, are kept for a short period and are accessible to the individual.',
          standards: [i.oecdPrivacy, i.unPrivacyPrinciples, i.id4dDataProtection],
        },
        {
          key: 'relying-party-and-processor-obligations',
          title: 'Obligations of relying parties and processors',
          anchorQuestions: [
            {
              key: 'relying-party-and-processor-obligations.q1',
              text: 'What rules determine which public agencies and private companies may query or receive identity data, and what they receive, for example a yes or no answer rather than a full record?',
            },
            {
              key: 'relying-party-and-processor-obligations.q2',
              text: 'Are enrolment agents, contractors and technology vendors bound by data processing agreements, audited, and prohibited from using identity data for their own purposes?',
            },
          ],
          rightsImplications:
            'Most everyday exposure of identity data happens at the point of use, when banks, telecoms operators, employers or agencies verify identity and often copy or retain more than they need. Vendors with privileged access to databases can misuse or leak data unless their obligations are clear and enforced.',
          targetScenario:
            'Relying parties are authorised for defined purposes and receive only the minimum attributes needed, such as a confirmation of age or identity rather than a full record. Processors act only on documented instructions, are audited regularly, and face sanctions for misuse.',
          standards: [i.gdpr, i.convention108],
        },
      ],
    },
    {
      key: 'data-exchange-practices',
      title: 'Data exchange practices',
      details: [
        {
          key: 'data-sharing-legal-basis',
          title: 'Legal basis and transparency of data sharing',
          anchorQuestions: [
            {
              key: 'data-sharing-legal-basis.q1',
              text: 'Is each flow of identity data between agencies based on a law or a published agreement specifying the purpose, data fields, retention and safeguards?',
            },
            {
              key: 'data-sharing-legal-basis.q2',
              text: 'Can individuals find out which agencies or companies have accessed or received their identity data?',
            },
          ],
          rightsImplications:
            'Data sharing across government can make services more efficient, but informal or undocumented exchanges allow identity data to be used for purposes people never expected, such as immigration enforcement or policing. Transparency about data flows is needed for people to exercise their rights and for oversight bodies to detect misuse.',
          targetScenario:
            'All data exchanges rest on a legal basis and are documented in a public register of data-sharing agreements. Individuals can see, for example through an online portal, which entities have accessed their data and when.',
          standards: [i.oecdDataSharing, i.privacyDigitalAge],
        },
        {
          key: 'privacy-protective-exchange-architecture',
          title: 'Privacy-protective exchange architecture',
          anchorQuestions: [
            {
              key: 'privacy-protective-exchange-architecture.q1',
              text: 'Does the architecture avoid unnecessary aggregation of records in a central database, for example through federated exchange, sector-specific identifiers, tokenisation or selective disclosure of attributes?',
            },
            {
              key: 'privacy-protective-exchange-architecture.q2',
              text: 'Are transfers of identity data abroad, including to foreign vendors or cloud hosting providers, restricted and subject to adequate safeguards?',
            },
          ],
          rightsImplications:
            'Technical design determines how much a system can be used for surveillance regardless of the law in force at any given moment. Architectures that minimise linkage and central aggregation limit the damage from breaches, misuse or a future change of government policy.',
          targetScenario:
            'Privacy by design is a documented requirement: identity data are exchanged through secure, logged interfaces, sector-specific identifiers or tokens prevent unnecessary correlation, and people can disclose only the attributes needed for a transaction. Cross-border transfers occur only under legally defined safeguards.',
          standards: [i.oecdDigitalIdentity, i.convention108, i.id4dPrinciples],
        },
      ],
    },
    {
      key: 'cybersecurity',
      title: 'Cybersecurity',
      details: [
        {
          key: 'information-security-management',
          title: 'Information security management',
          anchorQuestions: [
            {
              key: 'information-security-management.q1',
              text: 'Is the identity system run under an information security management system based on recognised standards, with regular independent audits and penetration testing?',
            },
            {
              key: 'information-security-management.q2',
              text: 'Are role-based access controls, encryption of data in storage and in transit, and protection of biometric templates in place, and is privileged access by staff and vendors logged and reviewed?',
            },
          ],
          rightsImplications:
            'A compromised identity system exposes the whole population to identity theft, fraud and targeting, and biometric data cannot be changed once leaked. Insider access is as serious a risk as external attack, and both affect the right to privacy and the security of the person.',
          targetScenario:
            'The identity authority maintains a certified or independently audited security management system, conducts regular risk assessments and penetration tests, and addresses findings within set deadlines. Access to data is restricted by role, logged and reviewed, and biometric data are protected with strong cryptographic safeguards.',
          standards: [i.iso27001, i.nistCsf],
        },
        {
          key: 'breach-and-incident-response',
          title: 'Breach notification, incident response and continuity',
          anchorQuestions: [
            {
              key: 'breach-and-incident-response.q1',
              text: 'Is there a legal duty to notify the data protection authority and affected people of breaches involving identity data within a defined time?',
            },
            {
              key: 'breach-and-incident-response.q2',
              text: 'Is there a tested incident response and business continuity plan that ensures people can still prove their identity and obtain services if the system is unavailable?',
            },
            {
              key: 'breach-and-incident-response.q3',
              text: 'Do cybercrime and cybersecurity laws cover attacks on the identity system, and is there a national computer incident response team that works with the identity authority?',
            },
          ],
          rightsImplications:
            'People can only protect themselves after a breach if they are told about it promptly. System outages can also block access to food rations, payments or health care if there is no offline fallback, turning a technical failure into a denial of rights.',
          targetScenario:
            'Breaches are notified to the regulator and to affected individuals without undue delay, with information on the steps they can take. The identity authority has tested incident response and continuity plans, including offline procedures, and cooperates with the national incident response team under a clear legal framework.',
          standards: [i.gdpr, i.budapestConvention, i.malabo],
        },
      ],
    },
  ],
};
