import type { FrameworkElement } from '../framework.schema.js';
import { instruments as i } from './instruments.js';

export const participationAndAccessToInformation: FrameworkElement = {
  key: 'participation-and-access-to-information',
  title: 'Participation and access to information',
  url: 'https://governance4id.org/framework/participation-and-access-to-information',
  description:
    'This element assesses whether digital legal identity systems are inclusive and represent the interests of their users, whether their impact is evaluated, and whether information about how they work is publicly available. It looks at the resources and institutional support for public participation, including the roles of the legislature, civil society and the media, and at whether the results of participation are reflected in policy and planning. It also examines whether the competent institutions monitor and evaluate the system against performance guidelines, and whether people outside the system’s management can obtain relevant information.',
  subElements: [
    {
      key: 'public-participation',
      title: 'Public participation',
      details: [
        {
          key: 'public-awareness-and-outreach',
          title: 'Resources for public awareness and outreach',
          anchorQuestions: [
            {
              key: 'public-awareness-and-outreach.q1',
              text: 'What does the identity authority do to ensure that everyone living in the country knows the requirements for registration and enrolment, and their rights and options when problems arise?',
            },
            {
              key: 'public-awareness-and-outreach.q2',
              text: 'Is information provided in local languages, accessible formats and through channels that reach rural, minority and marginalised communities?',
            },
          ],
          rightsImplications:
            'People who do not know the requirements or their rights are more likely to remain unregistered, to pay intermediaries or informal fees, and to give up when something goes wrong. Accessible information is a precondition for equal access to legal identity and for meaningful participation.',
          targetScenario:
            'The identity authority runs sustained, funded awareness campaigns in the main local languages and accessible formats, working with community organisations, local authorities and the media. Information on requirements, fees, rights and complaint channels is available online, at every service point and through offline channels.',
          standards: [i.unLia, i.crpd],
        },
        {
          key: 'public-consultation-on-design-and-law',
          title: 'Consultation on legislation and system design',
          anchorQuestions: [
            {
              key: 'public-consultation-on-design-and-law.q1',
              text: 'Were the public, civil society and affected communities consulted on the identity law and system design, with enough time and information to contribute meaningfully?',
            },
            {
              key: 'public-consultation-on-design-and-law.q2',
              text: 'Is there evidence that consultation results were reflected in legislation, policy or design choices, and were participants told how their input was used?',
            },
          ],
          rightsImplications:
            'The right to take part in public affairs includes a say in decisions about systems that will mediate access to many other rights. Consultation that is rushed, limited to elites or without effect on decisions fails to surface the risks that marginalised groups face.',
          targetScenario:
            'Consultation on identity legislation and major design decisions is open, timely and inclusive, with targeted outreach to groups at risk of exclusion. The authority publishes a summary of the input received and explains how it was taken into account.',
          standards: [i.hrcGc25, i.oecdOpenGovernment, i.ogp],
        },
        {
          key: 'legislature-civil-society-and-media-role',
          title: 'Role of the legislature, civil society and the media',
          anchorQuestions: [
            {
              key: 'legislature-civil-society-and-media-role.q1',
              text: 'Does the legislature scrutinise the identity system, for example through committee hearings, budget review and regular reports from the identity authority?',
            },
            {
              key: 'legislature-civil-society-and-media-role.q2',
              text: 'Can civil society organisations, researchers and journalists monitor and report on the identity system without intimidation, legal harassment or undue restrictions?',
            },
          ],
          rightsImplications:
            'Legislative scrutiny, independent civil society and a free press are what make accountability work between elections and court cases. Restrictions on them weaken the public’s ability to detect and respond to exclusion, abuse or corruption in the identity system.',
          targetScenario:
            'A legislative committee reviews the identity system regularly and receives annual reports from the identity authority. Civil society and the media operate freely, have standing channels for dialogue with the authority, and their reports receive a public response.',
          standards: [i.hrcGc25, i.hrcGc34],
        },
      ],
    },
    {
      key: 'monitoring-and-evaluation',
      title: 'Monitoring and evaluation',
      details: [
        {
          key: 'performance-monitoring',
          title: 'Performance guidelines and monitoring',
          anchorQuestions: [
            {
              key: 'performance-monitoring.q1',
              text: 'Has the identity authority adopted performance guidelines and indicators, covering for example coverage, processing times, error rates, complaints and costs, and are they monitored regularly?',
            },
            {
              key: 'performance-monitoring.q2',
              text: 'Are monitoring results published and disaggregated to show how different groups experience the system?',
            },
          ],
          rightsImplications:
            'Monitoring reveals whether the system serves everyone or leaves some groups behind. Without published indicators, problems such as long delays, high rejection rates in particular regions or rising complaints remain hidden from those who could address them.',
          targetScenario:
            'The identity authority has a published performance framework with indicators and targets, including indicators on inclusion and rights. Results are published at least annually in open formats, disaggregated by relevant characteristics, and discussed with oversight bodies and civil society.',
          standards: [i.sdg16, i.officialStatistics],
        },
        {
          key: 'independent-impact-evaluation',
          title: 'Independent evaluation of impact',
          anchorQuestions: [
            {
              key: 'independent-impact-evaluation.q1',
              text: 'Has the impact of the identity system on inclusion, service delivery and human rights been evaluated independently, and are the evaluations public?',
            },
            {
              key: 'independent-impact-evaluation.q2',
              text: 'Are the findings of evaluations used to revise policies, procedures and technology?',
            },
          ],
          rightsImplications:
            'Evaluations carried out or controlled by the system’s managers or vendors tend to focus on numbers enrolled rather than on who was excluded or harmed. Independent evaluation gives a more reliable picture of the system’s effects on people’s rights.',
          targetScenario:
            'Independent evaluations assess the system’s effects on inclusion, service access, privacy and equality at regular intervals, drawing on the experiences of users and of people who remain excluded. Evaluation reports and the authority’s management response are published.',
          standards: [i.dpiSafeguards, i.id4dDiagnostic],
        },
      ],
    },
    {
      key: 'access-to-information',
      title: 'Access to information',
      details: [
        {
          key: 'right-to-information-requests',
          title: 'Right to information',
          anchorQuestions: [
            {
              key: 'right-to-information-requests.q1',
              text: 'Is there an access to information law that covers the identity authority and its contractors, and are requests for information about the identity system answered in practice?',
            },
            {
              key: 'right-to-information-requests.q2',
              text: 'Are exemptions, for example for national security or commercial confidentiality, narrowly defined and subject to independent review?',
            },
          ],
          rightsImplications:
            'The right to seek and receive information held by public bodies allows people to understand and question decisions about a system that affects them all. Broad claims of security or commercial confidentiality are often used to withhold contracts, audits and impact assessments.',
          targetScenario:
            'An access to information law applies to the identity authority and to private entities performing public functions for it. Requests are answered within statutory deadlines, refusals are reasoned, and an independent body can order disclosure.',
          standards: [i.hrcGc34, i.unescoAccessToInformation, i.tromsoConvention],
        },
        {
          key: 'proactive-disclosure',
          title: 'Proactive disclosure about the system',
          anchorQuestions: [
            {
              key: 'proactive-disclosure.q1',
              text: 'Does the identity authority publish, without being asked, the legal framework, policies, impact assessments, budgets, contracts, statistics and audit reports concerning the system?',
            },
            {
              key: 'proactive-disclosure.q2',
              text: 'Are the system architecture, the data fields collected and the list of authorised relying parties publicly documented, to the extent compatible with security?',
            },
          ],
          rightsImplications:
            'Proactive publication spares people the burden of requesting information piece by piece and allows researchers and oversight bodies to scrutinise the system as a whole. Knowing which data are held and who may access them is essential for people to exercise their privacy rights.',
          targetScenario:
            'A dedicated section of the identity authority’s website publishes the laws, regulations, impact assessments, budgets, contracts, performance statistics, audit findings, data inventory and list of relying parties. The information is provided in accessible and machine-readable formats and is kept up to date.',
          standards: [i.openDataCharter, i.oecdOpenGovernment, i.sdg16],
        },
      ],
    },
  ],
};
