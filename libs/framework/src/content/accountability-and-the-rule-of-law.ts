import type { FrameworkElement } from '../framework.schema.js';
import { instruments as i } from './instruments.js';

export const accountabilityAndTheRuleOfLaw: FrameworkElement = {
  key: 'accountability-and-the-rule-of-law',
  title: 'Accountability and the rule of law',
  url: 'https://governance4id.org/framework/accountability-and-the-rule-of-law',
  description:
    'This element examines whether the digital legal identity system, the institutions that run it and its effects on people are accountable and subject to the rule of law. It asks whether errors and wrongful exclusions can be corrected, and whether remedies and redress are available, including where private sector actors are responsible. It also considers oversight by independent bodies and by the courts, and whether people can get the legal advice and support they need to seek redress.',
  subElements: [
    {
      key: 'administrative-review-and-appeal',
      title: 'Administrative review and appeal',
      details: [
        {
          key: 'correction-of-identity-data',
          title: 'Correction of registered identity data',
          anchorQuestions: [
            {
              key: 'correction-of-identity-data.q1',
              text: 'Can a person have their registered details updated or corrected, through what procedure, at what cost and within what time?',
            },
            {
              key: 'correction-of-identity-data.q2',
              text: 'Can people see what data the register holds about them and request and follow up a correction without travelling to a central office?',
            },
          ],
          rightsImplications:
            'An error in the foundational register spreads to every system that relies on it, so a wrong name, date of birth or sex marker can block access to benefits, voting, bank accounts or travel. The right to privacy includes the right to have inaccurate personal data rectified, and due process requires that the procedure be accessible, affordable and timely.',
          targetScenario:
            'Anyone can view the data held about them and ask for a correction through accessible channels, including assisted and offline options. Requests receive a reference number and are decided within a time limit set in law, free of charge where the error was the administration’s. Corrections are passed on automatically to the systems that rely on the register.',
          standards: [i.ruleOfLawDeclaration, i.sdg16, i.convention108],
        },
        {
          key: 'review-of-adverse-decisions',
          title: 'Review of refusals, suspensions and deactivations',
          anchorQuestions: [
            {
              key: 'review-of-adverse-decisions.q1',
              text: 'When enrolment is refused, or a record is flagged as a duplicate, or a credential is suspended, cancelled or deactivated, is the person told in writing of the reasons and of how to challenge the decision?',
            },
            {
              key: 'review-of-adverse-decisions.q2',
              text: 'Is there an internal review or appeal to someone other than the original decision-maker, with time limits, and does the person keep access to essential services while it is pending?',
            },
          ],
          rightsImplications:
            'A refused enrolment, a duplicate flag from biometric de-duplication or a deactivated credential can abruptly cut a person off from services and, in some systems, cast doubt on their nationality. Due process requires reasoned decisions, a fair opportunity to be heard and a chance to challenge the decision before its consequences become irreversible, including where the decision was automated.',
          targetScenario:
            'Every adverse decision, including automated ones, is notified with reasons and information on how to appeal. Review is carried out by a different official or body within defined time limits, a human reviews any automated flag, and interim measures protect access to essential services until the outcome is known.',
          standards: [i.iccpr, i.id4dPrinciples],
        },
      ],
    },
    {
      key: 'independent-oversight',
      title: 'Independent oversight',
      details: [
        {
          key: 'oversight-body-mandate-and-independence',
          title: 'Mandate and independence of oversight bodies',
          anchorQuestions: [
            {
              key: 'oversight-body-mandate-and-independence.q1',
              text: 'Which independent bodies, such as a data protection authority, national human rights institution, ombudsperson or supreme audit institution, have a mandate to oversee the identity system?',
            },
            {
              key: 'oversight-body-mandate-and-independence.q2',
              text: 'Are these bodies independent in law and in practice, including in how their members are appointed and funded, and can they investigate, inspect and order remedial action?',
            },
          ],
          rightsImplications:
            'Identity systems concentrate power over personal data and over access to rights in a few agencies. Independent oversight is a check on misuse, function creep and discriminatory practices that individuals are unlikely to detect or be able to challenge alone.',
          targetScenario:
            'At least one body independent of the identity authority and the executive has a clear legal mandate over the system, adequate resources and powers to receive complaints, audit data processing, inspect premises and issue binding orders. Its findings, and the authority’s responses to them, are published.',
          standards: [i.parisPrinciples, i.convention108, i.dpiSafeguards],
        },
        {
          key: 'oversight-complaints-and-audits',
          title: 'Complaints, audits and follow-up',
          anchorQuestions: [
            {
              key: 'oversight-complaints-and-audits.q1',
              text: 'Can individuals and civil society organisations complain about the identity system to an independent body free of charge, and are statistics on complaints and their outcomes published?',
            },
            {
              key: 'oversight-complaints-and-audits.q2',
              text: 'Has an independent body audited or investigated the identity system, and were its recommendations implemented?',
            },
          ],
          rightsImplications:
            'A complaints route outside the identity authority allows patterns of exclusion or abuse to surface and be addressed systemically rather than case by case. Audits and investigations only protect rights if their recommendations are followed up and the public can see whether they have been.',
          targetScenario:
            'Complaints can be made free of charge through several channels, including on behalf of groups, and the oversight body reports regularly on their number, nature and outcome. Periodic independent audits of the identity system take place, and the authority publishes a response and an implementation plan for each set of recommendations.',
          standards: [i.parisPrinciples, i.sdg16],
        },
      ],
    },
    {
      key: 'judicial-oversight',
      title: 'Judicial oversight',
      details: [
        {
          key: 'judicial-review-of-identity-decisions',
          title: 'Judicial review of decisions and of the legal framework',
          anchorQuestions: [
            {
              key: 'judicial-review-of-identity-decisions.q1',
              text: 'Can individuals and organisations challenge decisions of the identity authority, and the lawfulness of the identity legislation itself, before an independent court?',
            },
            {
              key: 'judicial-review-of-identity-decisions.q2',
              text: 'Have courts ruled on the identity system, for example on mandatory enrolment, biometric collection or data sharing, and have their judgments been implemented?',
            },
          ],
          rightsImplications:
            'Courts are the final guarantee that identity systems stay within constitutional and human rights limits, applying tests of legality, necessity and proportionality. Courts in several countries have ruled on national biometric identity schemes, setting limits on mandatory use, data retention and private sector access.',
          targetScenario:
            'Decisions about a person’s identity can be challenged before an independent court at reasonable cost and within a reasonable time, and the courts can review the constitutionality of identity legislation. Judgments concerning the system are complied with promptly and reported publicly by the identity authority.',
          standards: [i.iccpr, i.judicialIndependence],
        },
        {
          key: 'judicial-authorisation-of-data-access',
          title: 'Judicial authorisation of access to identity data',
          anchorQuestions: [
            {
              key: 'judicial-authorisation-of-data-access.q1',
              text: 'Must law enforcement and intelligence agencies obtain prior authorisation from a court or other independent authority before accessing identity or biometric data?',
            },
            {
              key: 'judicial-authorisation-of-data-access.q2',
              text: 'Are such requests logged, and are aggregate figures on them published?',
            },
          ],
          rightsImplications:
            'Biometric and identity databases are attractive tools for surveillance, and unchecked access by security agencies interferes with privacy and can chill freedom of expression and association. Prior independent authorisation is a key safeguard to ensure that each access is lawful, necessary and proportionate.',
          targetScenario:
            'Access to identity or biometric data for law enforcement or intelligence purposes requires a specific, reasoned authorisation from a court or independent authority, except in narrowly defined emergencies reviewed after the fact. Every access is logged, and the number and type of requests are published annually.',
          standards: [i.privacyDigitalAge, i.convention108],
        },
      ],
    },
    {
      key: 'access-to-legal-advice',
      title: 'Access to legal advice',
      details: [
        {
          key: 'legal-aid-for-identity-matters',
          title: 'Legal aid and assistance in identity matters',
          anchorQuestions: [
            {
              key: 'legal-aid-for-identity-matters.q1',
              text: 'Is free or affordable legal advice available to people facing problems with birth registration, nationality documentation or the identity system?',
            },
            {
              key: 'legal-aid-for-identity-matters.q2',
              text: 'Are paralegals, legal aid providers and civil society organisations allowed and resourced to help people through identity procedures, including in remote areas and minority languages?',
            },
          ],
          rightsImplications:
            'People most likely to have identity problems, such as undocumented, stateless, displaced or poor people, are the least able to pay for legal help. Without advice, formal rights to correction, appeal and remedy remain theoretical, undermining equal access to justice.',
          targetScenario:
            'Legal aid covers identity, civil registration and nationality matters for those who cannot afford a lawyer. Community paralegals and civil society organisations are recognised as able to assist and represent people in administrative procedures, and their work is supported by public funding.',
          standards: [i.unodcLegalAid, i.sdg16],
        },
        {
          key: 'information-on-recourse',
          title: 'Information on rights and routes to recourse',
          anchorQuestions: [
            {
              key: 'information-on-recourse.q1',
              text: 'Are people told, at enrolment and when something goes wrong, what their rights are and where they can get help or complain, in languages and formats they understand?',
            },
          ],
          rightsImplications:
            'People cannot exercise rights they do not know about. Clear information on recourse is a precondition for effective remedies, especially for people with limited literacy or who do not speak the official language.',
          targetScenario:
            'Enrolment receipts, notifications of adverse decisions and the identity authority’s website and offices explain, in plain language and the main local languages, what rights people have and how to request correction or review. They also say which independent bodies and legal aid services can help, and front-line staff are trained to refer people to them.',
          standards: [i.unRuleOfLaw, i.id4dPrinciples],
        },
      ],
    },
    {
      key: 'remedies',
      title: 'Remedies',
      details: [
        {
          key: 'remedies-for-system-harms',
          title: 'Remedies for harm caused by the identity system',
          anchorQuestions: [
            {
              key: 'remedies-for-system-harms.q1',
              text: 'What remedies, such as reinstatement, correction, compensation, apology or guarantees of non-repetition, are available to people harmed by errors, wrongful exclusion, data breaches or misuse of the identity system?',
            },
            {
              key: 'remedies-for-system-harms.q2',
              text: 'Are these remedies enforceable against public authorities, and are they obtained within a reasonable time in practice?',
            },
          ],
          rightsImplications:
            'International human rights law requires an effective remedy when rights are violated. For identity systems, harms such as lost benefits, missed medical care or exposure of personal data can be severe and cumulative, so remedies must address both the individual case and the cause.',
          targetScenario:
            'The law provides enforceable remedies for harm caused by the identity system, including restoration of access, compensation for loss and correction of the underlying cause. Remedies are available through administrative, independent and judicial routes, and the authority reports on remedies granted.',
          standards: [i.iccpr, i.remedyPrinciples],
        },
        {
          key: 'remedies-against-private-actors',
          title: 'Remedies against private sector actors',
          anchorQuestions: [
            {
              key: 'remedies-against-private-actors.q1',
              text: 'Can people obtain redress when banks, mobile operators, employers or other private relying parties misuse identity data or wrongly refuse a service because of identity requirements?',
            },
            {
              key: 'remedies-against-private-actors.q2',
              text: 'Are private enrolment agents, technology vendors and relying parties bound by enforceable obligations, with sanctions for breaches?',
            },
          ],
          rightsImplications:
            'Private companies increasingly enrol people, operate identity infrastructure and rely on identity checks to provide essential services. The state’s duty to protect rights extends to abuses by these actors, and people need an accessible route to redress whoever caused the harm.',
          targetScenario:
            'Private actors involved in the identity ecosystem are subject to clear legal obligations, licensing or accreditation conditions and proportionate sanctions. People can complain to the company, to a sector regulator or data protection authority, and to the courts, and companies provide effective operational grievance mechanisms.',
          standards: [i.ungps, i.oecdDigitalIdentity],
        },
      ],
    },
  ],
};
