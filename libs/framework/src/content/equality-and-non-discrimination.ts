import type { FrameworkElement } from '../framework.schema.js';
import { instruments as i } from './instruments.js';

export const equalityAndNonDiscrimination: FrameworkElement = {
  key: 'equality-and-non-discrimination',
  title: 'Equality and non-discrimination',
  url: 'https://governance4id.org/framework/equality-and-non-discrimination',
  description:
    'Equality and non-discrimination are at the core of a rights-based approach to digital legal identity. This element looks at whether the law and the day-to-day operation of the identity system protect people from discrimination on the basis of sex and the other grounds prohibited by international human rights law, such as race, ethnicity, religion and disability. It also examines the position of non-citizens, whether people without proof of legal identity or nationality have a way to establish who they are, and what the identity system does to prevent and reduce statelessness.',
  subElements: [
    {
      key: 'protections-against-discrimination',
      title: 'Protections against discrimination',
      details: [
        {
          key: 'discrimination-legal-protections',
          title: 'General legal protections against discrimination',
          anchorQuestions: [
            {
              key: 'discrimination-legal-protections.q1',
              text: 'What protections against discrimination and the abuse of rights are set out in the constitution and other laws, and do they apply to every stage of the identity lifecycle, from birth registration to authentication?',
            },
            {
              key: 'discrimination-legal-protections.q2',
              text: 'Are any matters excluded from these protections, for example personal status questions governed by customary or religious law, and how do such exclusions affect registration, names, parentage or nationality records?',
            },
          ],
          rightsImplications:
            'A constitutional or statutory guarantee of equality gives people a legal basis to challenge discriminatory treatment by the identity system, whether in registration, enrolment, issuance of credentials or access to services. Where personal status matters are carved out and left to customary or religious law, women, children born outside marriage and religious or ethnic minorities can be left without a remedy for discriminatory rules on parentage, names or nationality.',
          targetScenario:
            'The constitution and legislation prohibit discrimination on all grounds recognised in international human rights law, with no exclusions that affect identity registration. The laws governing the identity system treat everyone equally, and no one faces additional requirements to enrol or to use services because of their sex, race, ethnicity, religion or other status. The identity authority publishes, online and at its offices, which laws protect people against discrimination, which institutions they can turn to and how to do so.',
          standards: [i.udhr, i.iccpr, i.cescrGc20],
        },
        {
          key: 'discrimination-equal-identity-rules',
          title: 'Equal treatment in identity laws, procedures and data fields',
          anchorQuestions: [
            {
              key: 'discrimination-equal-identity-rules.q1',
              text: 'Do women need the consent, presence or documents of a husband, father or other male relative to register a birth, enrol, update their details or obtain a credential?',
            },
            {
              key: 'discrimination-equal-identity-rules.q2',
              text: 'Do documentary requirements, such as proof of parents’ nationality, land titles or marriage certificates, fall more heavily on particular ethnic, religious, indigenous or border communities?',
            },
            {
              key: 'discrimination-equal-identity-rules.q3',
              text: 'Are attributes such as ethnicity, religion, tribe, caste or gender identity recorded in the register or shown on the credential, and if so, on what legal basis and with what limits on their use?',
            },
          ],
          rightsImplications:
            'Rules that depend on a male relative, treat children born outside marriage differently or demand documents that some groups rarely hold can deny legal identity on discriminatory grounds, in breach of the rights to equality and to recognition as a person before the law. Recording ethnicity, religion or similar attributes exposes people to profiling and targeting, and history shows that identity records of this kind have been used to single out groups for persecution.',
          targetScenario:
            'Women and men have equal and independent rights to register births, enrol, update their records and obtain credentials. Evidentiary requirements are reviewed for their effect on different groups, and alternatives such as witness testimony or community attestation are accepted. Sensitive attributes are not collected unless strictly necessary and authorised by law, and they never appear on credentials.',
          standards: [i.cedaw, i.icerd, i.crc],
        },
        {
          key: 'discrimination-accessible-enrolment',
          title: 'Accessible enrolment and authentication',
          anchorQuestions: [
            {
              key: 'discrimination-accessible-enrolment.q1',
              text: 'What measures ensure that persons with disabilities, older people, people with limited literacy and people living in remote areas can enrol and authenticate on an equal basis with others?',
            },
            {
              key: 'discrimination-accessible-enrolment.q2',
              text: 'Is an alternative available when biometric capture or matching fails, and are failure rates monitored by sex, age, disability and region?',
            },
          ],
          rightsImplications:
            'Biometric capture and matching fail more often for older people, manual workers and people with some disabilities, and online-only channels exclude those without connectivity, devices or digital skills. Without reasonable accommodation and fallback options, these design choices amount to indirect discrimination and can cut people off from the services that depend on the identity system.',
          targetScenario:
            'Enrolment centres, forms and digital channels meet recognised accessibility standards, and mobile or home enrolment reaches people who cannot travel. Every biometric step has a documented alternative that is available in practice. Error and exclusion rates are disaggregated, published and used to correct the design.',
          standards: [i.crpd, i.id4dPrinciples, i.wcag],
        },
      ],
    },
    {
      key: 'rights-of-non-citizens',
      title: 'Rights of non-citizens',
      details: [
        {
          key: 'non-citizens-access-to-identification',
          title: 'Access to identification for non-citizens',
          anchorQuestions: [
            {
              key: 'non-citizens-access-to-identification.q1',
              text: 'Can foreign nationals, refugees, asylum-seekers and migrants living in the country, including those with irregular status, obtain a recognised proof of identity, and on what conditions?',
            },
            {
              key: 'non-citizens-access-to-identification.q2',
              text: 'Do the credentials issued to non-citizens give the same access as citizens’ credentials to essential services such as health care, education, bank accounts and mobile connectivity?',
            },
            {
              key: 'non-citizens-access-to-identification.q3',
              text: 'Is nationality or immigration status visible on the credential or returned during authentication in a way that could expose holders to discrimination or immigration enforcement when they seek services?',
            },
          ],
          rightsImplications:
            'Many rights that international law guarantees to everyone within a state’s territory, such as health care, education, work and access to justice, in practice depend on being able to prove one’s identity. If non-citizens cannot enrol, or hold credentials that mark them out, they risk exclusion from services, exploitation and arbitrary detention, and fear of enforcement may deter them from seeking help at all.',
          targetScenario:
            'Everyone who lives in the country, including refugees, asylum-seekers and migrants, can obtain a recognised proof of identity with the same level of security and trust as that of citizens. Immigration status is recorded only where the law requires it, is disclosed to service providers only when strictly necessary, and is not used to deny essential services.',
          standards: [i.iccpr, i.refugeeConvention, i.gcm],
        },
        {
          key: 'non-citizens-statelessness-prevention',
          title: 'Preventing and reducing statelessness',
          anchorQuestions: [
            {
              key: 'non-citizens-statelessness-prevention.q1',
              text: 'Is every birth in the territory registered promptly and free of charge, whatever the nationality, legal status or documentation of the parents?',
            },
            {
              key: 'non-citizens-statelessness-prevention.q2',
              text: 'Does nationality law grant nationality to foundlings and to children born in the territory who would otherwise be stateless?',
            },
            {
              key: 'non-citizens-statelessness-prevention.q3',
              text: 'When legacy records are migrated or a new digital register is introduced, what prevents people whose nationality has never been documented, such as long-standing minority or border populations, from being left out or classed as foreigners?',
            },
          ],
          rightsImplications:
            'Birth registration and identity enrolment are often where nationality is determined in practice. Requirements to prove the parents’ nationality, penalties for late registration or a clean-up of legacy records during digitalisation can leave people recognised as nationals by no state, which in turn cuts them off from education, work, health care, political participation and freedom of movement, and can pass statelessness on to their children.',
          targetScenario:
            'Birth registration is universal, free and accessible, including for children of non-nationals and undocumented parents, and late registration is simple. Nationality law contains safeguards against statelessness at birth. The identity authority works with the nationality and statelessness authorities when a new system is introduced, so that no one loses documentation or recognition as a result.',
          standards: [i.crc, i.reductionStatelessness1961, i.unhcrStatelessness],
        },
        {
          key: 'non-citizens-stateless-protection',
          title: 'Identification and protection of stateless persons',
          anchorQuestions: [
            {
              key: 'non-citizens-stateless-protection.q1',
              text: 'Is there a fair and accessible procedure for determining statelessness, and do people recognised as stateless receive identity papers?',
            },
            {
              key: 'non-citizens-stateless-protection.q2',
              text: 'Can people whose nationality is undetermined enrol in the identity system while their status is being resolved, and are their data protected from use against them?',
            },
          ],
          rightsImplications:
            'Stateless persons are entitled under international law to identity papers and to a core set of rights. Without a determination procedure and a path to enrolment they remain invisible to administrative systems, face prolonged or repeated detention, and are unable to marry, register their children’s births or work lawfully.',
          targetScenario:
            'A statelessness determination procedure with procedural safeguards exists in law and practice, and recognised stateless persons receive identity papers that give access to services and a route to nationality. People with undetermined nationality can enrol with a provisional status, and their data are shared only for the purpose of resolving their status.',
          standards: [i.statelessPersons1954, i.unhcrStatelessness],
        },
      ],
    },
  ],
};
