import type { FrameworkElement } from '../framework.schema.js';
import { instruments as i } from './instruments.js';

export const legalAndRegulatoryFramework: FrameworkElement = {
  key: 'legal-and-regulatory-framework',
  title: 'Legal and regulatory framework',
  url: 'https://governance4id.org/framework/legal-and-regulatory-framework',
  description:
    'The legal and regulatory framework is the foundation on which a rights-based digital legal identity system rests: it makes the system’s management accountable and gives institutions the mandate to serve the purposes for which the system was designed. This element looks at the legal authority for the digital legal ID system or systems, how the digital legal ID relates to other foundational and functional identification systems, and the legal status of the credential and any requirements to use it. It also considers the form and scope of impact assessments that show whether the legal and regulatory arrangements are achieving their aims.',
  subElements: [
    {
      key: 'legal-authority-for-digital-legal-id',
      title: 'Legal authority for the digital legal ID system(s)',
      details: [
        {
          key: 'legal-authority-enacted-law',
          title: 'Existence and content of legal authority',
          anchorQuestions: [
            {
              key: 'legal-authority-enacted-law.q1',
              text: 'Is the digital legal identity system established by a validly enacted law, rather than by executive decree, pilot project or procurement contract alone?',
            },
            {
              key: 'legal-authority-enacted-law.q2',
              text: 'Does the law define (a) the identity attributes recorded, such as name, sex, date and place of birth, parentage and nationality or residence, (b) the categories of people covered and the evidence they need to enrol, and (c) the authority to digitalise records and issue digital credentials?',
            },
            {
              key: 'legal-authority-enacted-law.q3',
              text: 'Where the legal authority is incomplete, which elements are missing and what practical gaps or risks does this create?',
            },
          ],
          rightsImplications:
            'A clear legal basis is a condition for any lawful interference with privacy and provides legal certainty for people whose status depends on the register. Systems created by decree, contract or pilot can operate without defined purposes, limits or remedies, leaving people unable to know or challenge how their identity data are used.',
          targetScenario:
            'A law adopted by the legislature after public consultation establishes the system and defines its purposes, the data collected, who may enrol and on what evidence, the responsible institutions, and the safeguards and remedies that apply. Implementing regulations are published, consistent with the law and accessible to the public.',
          standards: [i.id4dPrinciples, i.id4dGuide, i.iccpr],
        },
        {
          key: 'legal-authority-purpose-limitation',
          title: 'Defined purposes and limits on function creep',
          anchorQuestions: [
            {
              key: 'legal-authority-purpose-limitation.q1',
              text: 'Does the law state the purposes of the identity system and restrict the use of identity data and the unique identifier to those purposes?',
            },
            {
              key: 'legal-authority-purpose-limitation.q2',
              text: 'Can new uses, new categories of data or new relying parties be added only through legislation or a public procedure, rather than by administrative decision?',
            },
          ],
          rightsImplications:
            'Identity systems tend to gather new functions over time, moving from service delivery to policing, migration control or profiling. Unless purposes are fixed in law, this function creep can turn a tool for inclusion into an instrument of surveillance, interfering with privacy and with freedom of expression and association.',
          targetScenario:
            'The law lists the purposes of the system exhaustively and prohibits incompatible uses. Any extension to new purposes, data categories or users requires a legislative amendment or a transparent public process that includes a privacy impact assessment and review by the data protection authority.',
          standards: [i.privacyDigitalAge, i.convention108, i.oecdDigitalIdentity],
        },
      ],
    },
    {
      key: 'relationship-with-other-id-systems',
      title: 'Relationship with other foundational and functional ID systems',
      details: [
        {
          key: 'civil-registration-linkage',
          title: 'Linkage with civil registration',
          anchorQuestions: [
            {
              key: 'civil-registration-linkage.q1',
              text: 'How is the digital legal identity system linked to civil registration, so that births, deaths, marriages and other vital events update the identity register?',
            },
            {
              key: 'civil-registration-linkage.q2',
              text: 'Is birth registration the basis of a person’s legal identity in the system, and what happens to people whose births were never registered?',
            },
          ],
          rightsImplications:
            'Legal identity begins with birth registration, and a digital identity register disconnected from civil registration can create conflicting records, leave deaths unrecorded or exclude people whose births were never registered. A coherent link supports the child’s right to be registered and to preserve their identity, and reduces the burden of proving identity repeatedly.',
          targetScenario:
            'Civil registration and identity management operate as a coordinated system under a clear legal framework, following a life-course approach from birth to death. Vital events automatically update the identity register with appropriate safeguards, and accessible late registration procedures are available to those never registered.',
          standards: [i.unLia, i.crc, i.unicefBirthRegistration],
        },
        {
          key: 'functional-register-interoperability',
          title: 'Relationship with functional registers and credentials',
          anchorQuestions: [
            {
              key: 'functional-register-interoperability.q1',
              text: 'Which functional registers, such as tax, social protection, health, voter and SIM registration, use or link to the foundational identifier, and on what legal basis?',
            },
            {
              key: 'functional-register-interoperability.q2',
              text: 'Are sector-specific or tokenised identifiers used to avoid unnecessary linking of records across sectors?',
            },
            {
              key: 'functional-register-interoperability.q3',
              text: 'Do existing functional credentials, such as voter cards or passports, remain valid proof of identity, and does the law settle which record prevails when two registers conflict?',
            },
          ],
          rightsImplications:
            'Linking functional registers to a single identifier can simplify access to services and reduce fraud, but it also enables profiling across sectors and means that a single error or exclusion can affect every part of a person’s life. Clear rules on linkage protect privacy and prevent a failure in one register from becoming a denial of many rights.',
          targetScenario:
            'The law defines which functional systems may link to the foundational identifier and for what purpose. Sector-specific identifiers or tokens limit cross-sector correlation, and rules determine how conflicting records are resolved without penalising the individual.',
          standards: [i.id4dPrinciples, i.oecdDigitalIdentity],
        },
      ],
    },
    {
      key: 'legal-status-and-use-of-credential',
      title: 'Legal status of and requirements to use the credential',
      details: [
        {
          key: 'credential-legal-recognition',
          title: 'Legal recognition of the digital credential',
          anchorQuestions: [
            {
              key: 'credential-legal-recognition.q1',
              text: 'Does the law give the digital credential and electronic authentication the same legal effect as physical identity documents and in-person verification?',
            },
            {
              key: 'credential-legal-recognition.q2',
              text: 'Are the rules on credential validity, renewal, revocation and levels of assurance published and applied consistently?',
            },
          ],
          rightsImplications:
            'If the legal value of a digital credential is unclear, service providers may refuse it or demand additional documents, so people bear the cost of legal uncertainty. Unclear revocation rules can leave people without valid proof of identity without warning.',
          targetScenario:
            'Legislation recognises the digital credential and the assurance levels of authentication methods, in line with international models for identity management and trust services. Rules on validity, renewal and revocation are published, and holders are notified before a credential expires or is revoked.',
          standards: [i.uncitralMlit, i.eidas, i.oecdDigitalIdentity],
        },
        {
          key: 'mandatory-enrolment-and-use',
          title: 'Mandatory enrolment and use',
          anchorQuestions: [
            {
              key: 'mandatory-enrolment-and-use.q1',
              text: 'Is enrolment in the system or possession of the credential compulsory, for whom, and what are the consequences of not enrolling?',
            },
            {
              key: 'mandatory-enrolment-and-use.q2',
              text: 'Does any law or practice make the credential the only accepted proof of identity for a service, or can people still use alternative documents and procedures?',
            },
            {
              key: 'mandatory-enrolment-and-use.q3',
              text: 'Can people choose how to prove their identity, for example with a physical card, offline verification or a mobile application, rather than being limited to a single method?',
            },
          ],
          rightsImplications:
            'Making a digital credential compulsory, or the only gateway to services, turns any barrier to enrolment or authentication into a denial of rights such as food, health care, social security and education. Mandatory use must meet the tests of legality, necessity and proportionality, and it increases the amount of personal data that flows through the system.',
          targetScenario:
            'Any mandatory requirement is set out in law, justified as necessary and proportionate, and accompanied by exceptions and alternatives. No one is denied essential services or rights for lack of the credential, and people can choose among several means of proving their identity.',
          standards: [i.digitalWelfareState, i.privacyDigitalAge, i.id4dPrinciples],
        },
      ],
    },
    {
      key: 'impact-assessments',
      title: 'Impact assessments',
      details: [
        {
          key: 'human-rights-impact-assessment',
          title: 'Human rights and data protection impact assessments',
          anchorQuestions: [
            {
              key: 'human-rights-impact-assessment.q1',
              text: 'Was a human rights, data protection or privacy impact assessment carried out before the system was designed, procured or significantly changed, and was it published?',
            },
            {
              key: 'human-rights-impact-assessment.q2',
              text: 'Did the assessment consider risks of exclusion and discrimination for specific groups, and did it involve consultation with affected communities and the data protection authority?',
            },
          ],
          rightsImplications:
            'Impact assessments identify risks to privacy, equality and access to services before they materialise, when design choices are still open. Assessments that are unpublished or carried out after procurement offer little protection and deny the public the information needed to take part in decisions.',
          targetScenario:
            'The law requires a human rights and data protection impact assessment before the system is introduced and before any major change, such as new biometric modalities, new data sharing or new mandatory uses. Assessments involve affected communities and independent experts, are published, and lead to documented mitigation measures.',
          standards: [i.dihrHria, i.gdpr, i.dpiSafeguards],
        },
        {
          key: 'periodic-legal-review',
          title: 'Periodic review of the legal framework',
          anchorQuestions: [
            {
              key: 'periodic-legal-review.q1',
              text: 'Does the law require periodic review of the identity legislation and its implementation, for example through a review or sunset clause or a report to the legislature?',
            },
            {
              key: 'periodic-legal-review.q2',
              text: 'Have past reviews led to amendments, new regulations or changes in practice?',
            },
          ],
          rightsImplications:
            'Identity technologies and uses change faster than legislation. Without regular review, safeguards can become outdated and new risks to rights can go unaddressed.',
          targetScenario:
            'The identity law contains a review clause requiring a public evaluation at set intervals, with the results reported to the legislature. Reviews draw on oversight findings, court decisions and user experience, and lead to timely amendments where gaps are found.',
          standards: [i.oecdDigitalIdentity, i.id4dGuide],
        },
      ],
    },
  ],
};
