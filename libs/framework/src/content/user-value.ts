import type { FrameworkElement } from '../framework.schema.js';
import { instruments as i } from './instruments.js';

export const userValue: FrameworkElement = {
  key: 'user-value',
  title: 'User value',
  url: 'https://governance4id.org/framework/user-value',
  description:
    'Digital identity systems should deliver real value to the people who use them, so that they contribute to inclusive and safe development and to progress on the Sustainable Development Goals. This element looks at how an understanding of use cases informs design, how the system is required for access to government and private sector services, and whether making it a gateway to those services causes exclusion. It also covers the collection and use of data for planning how the system is used and developed.',
  subElements: [
    {
      key: 'id-requirements-for-government-services',
      title: 'ID requirements to access government services',
      details: [
        {
          key: 'government-service-requirements',
          title: 'Legal and practical requirements for government services',
          anchorQuestions: [
            {
              key: 'government-service-requirements.q1',
              text: 'Which government services can be accessed with the digital legal identity credential, and which cannot be accessed without it?',
            },
            {
              key: 'government-service-requirements.q2',
              text: 'Are the identity requirements for each service set out in law or published policy, and are they proportionate to the risk of the transaction?',
            },
          ],
          rightsImplications:
            'Identity requirements determine who can reach health care, education, social protection, pensions and voting. Requirements that go beyond what a service needs, or that are applied inconsistently by officials, create barriers that fall hardest on people without documents.',
          targetScenario:
            'A public catalogue lists the identity requirements for each government service and the legal basis for them. Requirements are proportionate to risk, low-risk services need minimal identification, and officials apply the same rules everywhere.',
          standards: [i.id4dPrinciples, i.sdg16],
        },
        {
          key: 'government-service-benefits',
          title: 'Benefits and convenience for users',
          anchorQuestions: [
            {
              key: 'government-service-benefits.q1',
              text: 'Has the credential reduced the time, cost, travel and number of documents people need to access public services, for example by letting them provide information only once?',
            },
            {
              key: 'government-service-benefits.q2',
              text: 'Has user satisfaction with identity-enabled services been measured, including among women, older people, persons with disabilities and rural residents?',
            },
          ],
          rightsImplications:
            'The case for asking people to enrol and share data rests on the benefits they receive. If the system mainly serves administrative control and offers users little, it imposes costs and privacy risks without a corresponding gain for the people concerned.',
          targetScenario:
            'Users can access a growing range of services more quickly and cheaply with the credential, and no longer need to present the same documents repeatedly. Regular user research, disaggregated by group, shows how people experience the system and feeds into improvements.',
          standards: [i.oecdDigitalGovernment, i.digitalPrinciples],
        },
      ],
    },
    {
      key: 'id-requirements-for-private-services',
      title: 'ID requirements to access private sector services',
      details: [
        {
          key: 'private-service-requirements',
          title: 'Identity requirements in regulated private services',
          anchorQuestions: [
            {
              key: 'private-service-requirements.q1',
              text: 'Which private services, such as opening a bank or mobile money account, registering a SIM card or formal employment, require the credential by law or regulation?',
            },
            {
              key: 'private-service-requirements.q2',
              text: 'Do customer due diligence rules allow a risk-based, tiered approach so that people with limited documentation can still open basic accounts?',
            },
          ],
          rightsImplications:
            'Mandatory identity checks for SIM registration, banking or employment can exclude undocumented people from communication, financial services and formal work. Such requirements also extend the reach of identity data into commercial databases.',
          targetScenario:
            'Identity requirements in private services are set by regulation in proportion to risk, with simplified procedures for low-value accounts and alternatives for people who lack the credential. Regulators monitor whether requirements exclude particular groups and adjust them where necessary.',
          standards: [i.id4dPrinciples, i.oecdDigitalIdentity],
        },
        {
          key: 'private-use-safeguards',
          title: 'Safeguards on private use of identity',
          anchorQuestions: [
            {
              key: 'private-use-safeguards.q1',
              text: 'Are companies prevented from demanding the credential when it is not needed, keeping copies of it, or using the identity number to link customer data across services?',
            },
            {
              key: 'private-use-safeguards.q2',
              text: 'Must private relying parties be accredited or registered before using authentication services, and are the fees and terms of use published?',
            },
          ],
          rightsImplications:
            'When a national identity number becomes a universal customer key, companies can build detailed profiles and share them, beyond the control of the individual. Unregulated private use also leaves people without clear recourse when a company refuses service or mishandles their data.',
          targetScenario:
            'Private relying parties are accredited for defined purposes, can request only the attributes they need, and may not store identity numbers or credential images without a legal basis. The list of accredited relying parties, fees and terms is public, and breaches lead to suspension of access.',
          standards: [i.ungps, i.gdpr],
        },
      ],
    },
    {
      key: 'ensuring-requirements-do-not-cause-exclusion',
      title: 'Ensuring requirements do not cause exclusion',
      details: [
        {
          key: 'exception-handling',
          title: 'Exception handling and alternatives',
          anchorQuestions: [
            {
              key: 'exception-handling.q1',
              text: 'When a person cannot enrol or authenticate, for example because of fingerprint failure, lack of connectivity or missing documents, can they still obtain the service through a documented alternative?',
            },
            {
              key: 'exception-handling.q2',
              text: 'Were exception-handling procedures designed with representatives of groups at risk of exclusion and with relevant experts, and are front-line staff trained and authorised to apply them?',
            },
          ],
          rightsImplications:
            'Authentication failures have led to people being denied food rations, pensions and health care. When the identity system is a precondition for essential services, the absence of a workable exception process turns technical error into deprivation of economic and social rights.',
          targetScenario:
            'Every service that relies on the credential has an exception-handling process designed by a representative panel of affected groups and experts. No one is denied an essential service because of an authentication failure, and the use of exceptions is monitored to identify and fix recurring problems.',
          standards: [i.digitalWelfareState, i.id4dPrinciples, i.crpd],
        },
        {
          key: 'barriers-to-obtaining-credentials',
          title: 'Barriers to obtaining the credential',
          anchorQuestions: [
            {
              key: 'barriers-to-obtaining-credentials.q1',
              text: 'What documentary, financial, geographic, linguistic, social and gender-related barriers prevent people from obtaining the credential, and which groups are most affected?',
            },
            {
              key: 'barriers-to-obtaining-credentials.q2',
              text: 'Are enrolment and the first credential free of charge, and are late-registration penalties and replacement fees waived for those who cannot pay?',
            },
          ],
          rightsImplications:
            'Fees, distance, documentary demands and social norms keep the poorest people, women, minorities and displaced people out of identity systems, and these are often the people who most need the services the systems unlock. SDG target 16.9 calls for legal identity for all, including birth registration.',
          targetScenario:
            'Enrolment and the first credential are free, outreach reaches remote and marginalised communities, and alternative forms of evidence are accepted. Barriers are assessed regularly through user research, and specific measures are in place for groups shown to be under-registered.',
          standards: [i.sdg16, i.unLia, i.cedaw],
        },
      ],
    },
    {
      key: 'data-and-planning',
      title: 'Data and planning',
      details: [
        {
          key: 'coverage-and-exclusion-data',
          title: 'Data on coverage and exclusion',
          anchorQuestions: [
            {
              key: 'coverage-and-exclusion-data.q1',
              text: 'Does the identity authority collect and publish data on coverage, enrolment gaps and authentication failures, disaggregated by sex, age, disability, region and other relevant characteristics?',
            },
            {
              key: 'coverage-and-exclusion-data.q2',
              text: 'Are these data used to plan outreach, locate service points and set targets for under-registered groups?',
            },
          ],
          rightsImplications:
            'Exclusion that is not measured cannot be addressed. Disaggregated data reveal which groups are being left behind, and publishing them lets civil society and oversight bodies hold the authority to account, provided the data are aggregated so that individuals cannot be identified.',
          targetScenario:
            'Coverage and performance statistics are published regularly in open formats, disaggregated and anonymised in line with official statistics principles. They feed directly into an outreach plan with targets for groups at risk of exclusion.',
          standards: [i.officialStatistics, i.sdg16],
        },
        {
          key: 'use-case-and-investment-planning',
          title: 'Use-case and investment planning',
          anchorQuestions: [
            {
              key: 'use-case-and-investment-planning.q1',
              text: 'Were the intended use cases, expected benefits, costs and risks of the system identified before design and procurement, with input from prospective users?',
            },
            {
              key: 'use-case-and-investment-planning.q2',
              text: 'Is there a long-term plan for financing, maintaining and developing the system that takes account of the needs of the people who rely on it?',
            },
          ],
          rightsImplications:
            'Systems designed around technology or security goals rather than user needs may collect more data than necessary and still fail to deliver the services people value. Poor financial planning can lead to the system degrading or new fees being imposed on users.',
          targetScenario:
            'The design of the system flows from documented use cases developed with users, service providers and civil society. A costed, multi-year plan covers operation, maintenance and upgrades, and is reviewed periodically against evidence of user benefit.',
          standards: [i.id4dPlanning, i.digitalPrinciples],
        },
      ],
    },
  ],
};
