import type { FrameworkElement } from '../framework.schema.js';
import { instruments as i } from './instruments.js';

export const capableInstitutions: FrameworkElement = {
  key: 'capable-institutions',
  title: 'Capable institutions',
  url: 'https://governance4id.org/framework/capable-institutions',
  description:
    'The institutions that own and manage digital legal identity systems shape how those systems are designed, rolled out and run. This element examines whether these institutions are protected from political interference, have adequate budgets and staff, and hold both the legal authority and the practical capacity to carry out their functions. It also asks whether the roles of the ministries and agencies involved in digital legal identity are clearly defined and whether effective mechanisms exist for them to coordinate and collaborate.',
  subElements: [
    {
      key: 'institutional-arrangements-for-id-management',
      title: 'Institutional arrangements for management of the ID ecosystem',
      details: [
        {
          key: 'institutional-roles-and-responsibilities',
          title:
            'Roles and relationships of the ministries and agencies responsible for digital legal identity',
          anchorQuestions: [
            {
              key: 'institutional-roles-and-responsibilities.q1',
              text: 'Does the law clearly set out the responsibilities and powers of each ministry, department or agency that manages digital legal identity, including civil registration, identity management and data protection?',
            },
            {
              key: 'institutional-roles-and-responsibilities.q2',
              text: 'Is the relationship between these entities, including lines of accountability and who answers for mismanagement of the system or of personal data, clear and publicly known?',
            },
          ],
          rightsImplications:
            'A clear allocation of roles determines who is responsible when the identity system or the population’s personal data are mismanaged. Civil society and the public need to know which agency is accountable for which part of the system in order to seek information, complain or obtain redress.',
          targetScenario:
            'The responsibilities and authority of each ministry or agency involved in digital legal identity are set out in law, and their relationships are clear. The law and an accessible summary of who does what are published, and the public understands which agency to approach for each aspect of the system.',
          standards: [i.unLia, i.id4dAuthority],
        },
        {
          key: 'id-authority-independence',
          title: 'Independence and integrity of the identity authority',
          anchorQuestions: [
            {
              key: 'id-authority-independence.q1',
              text: 'Is the institution that manages the identity system protected from political interference, for example through a governing board with diverse membership, fixed-term leadership appointments and transparent grounds for dismissal?',
            },
            {
              key: 'id-authority-independence.q2',
              text: 'Are the identity authority’s functions and databases kept separate from those of security, intelligence and immigration enforcement agencies?',
            },
          ],
          rightsImplications:
            'An identity authority under direct political control can be pressed to delay or deny registration of opposition areas or minority groups, to manipulate voter-related data or to hand over data for surveillance. Institutional independence protects equal access to legal identity and the integrity of the data people entrust to the state.',
          targetScenario:
            'The identity authority operates under a legal mandate that guarantees its operational independence, with leadership appointed through a transparent, merit-based process and a governing board that includes independent members. Its data and functions are institutionally separate from security and enforcement bodies, and any access by them follows the law.',
          standards: [i.id4dAuthority, i.id4dPrinciples],
        },
        {
          key: 'id-authority-resources-and-capacity',
          title: 'Resources and capacity',
          anchorQuestions: [
            {
              key: 'id-authority-resources-and-capacity.q1',
              text: 'Does the identity authority have a sustainable budget, enough trained staff and the technical capacity to run the system without undue reliance on contractors or donor funding?',
            },
            {
              key: 'id-authority-resources-and-capacity.q2',
              text: 'Are registration and service points adequately staffed and distributed so that people in rural, remote and border areas can be served without excessive travel or waiting?',
            },
            {
              key: 'id-authority-resources-and-capacity.q3',
              text: 'Are front-line staff trained in data protection, non-discrimination and handling of people in vulnerable situations?',
            },
          ],
          rightsImplications:
            'Under-resourced institutions produce backlogs, errors and informal fees that fall hardest on people who are already marginalised. Dependence on external funding or contractors can leave the system unable to operate, maintain or correct itself when that support ends.',
          targetScenario:
            'The identity authority has a multi-year budget from public funds, a staffing plan that covers technical, legal and front-line roles, and in-house capacity to operate and oversee the system. Service points are distributed according to population needs, and staff receive regular training on rights and data protection.',
          standards: [i.id4dGuide, i.sdg16],
        },
      ],
    },
    {
      key: 'effective-coordination-and-collaboration',
      title: 'Effective coordination and collaboration',
      details: [
        {
          key: 'inter-agency-coordination',
          title: 'Coordination mechanisms across government',
          anchorQuestions: [
            {
              key: 'inter-agency-coordination.q1',
              text: 'Is there a formal mechanism, such as an inter-ministerial committee or steering board, to coordinate the identity ecosystem, including civil registration, health, statistics, social protection, electoral and migration authorities?',
            },
            {
              key: 'inter-agency-coordination.q2',
              text: 'Does the mechanism meet regularly, record and publish its decisions, and include the data protection authority?',
            },
          ],
          rightsImplications:
            'Poor coordination leads to duplicate registers, conflicting records and repeated demands on people to prove who they are. A coordination body that includes the data protection authority can also ensure that data sharing between agencies is agreed with safeguards rather than arranged informally.',
          targetScenario:
            'A standing coordination mechanism with a legal or formal basis brings together all agencies in the identity ecosystem, meets on a regular schedule and publishes its decisions. It maintains a shared roadmap for civil registration and identity management and resolves disputes over mandates and data.',
          standards: [i.unLia, i.oecdDigitalGovernment],
        },
        {
          key: 'non-state-and-partner-collaboration',
          title: 'Collaboration with civil society, private sector and development partners',
          anchorQuestions: [
            {
              key: 'non-state-and-partner-collaboration.q1',
              text: 'How does the identity authority work with local authorities, civil society, community organisations and the private sector to reach people and deliver services, and are the terms of this collaboration transparent?',
            },
            {
              key: 'non-state-and-partner-collaboration.q2',
              text: 'Are agreements with development partners and donors concerning the identity system published, including any conditions attached to funding or technical assistance?',
            },
          ],
          rightsImplications:
            'Community organisations often reach the people most at risk of exclusion, while private partners and donors can shape design choices with lasting consequences for rights. Transparency about these relationships allows the public to see whose interests influence the system.',
          targetScenario:
            'The identity authority has published arrangements for working with civil society and community organisations on outreach and feedback, with clear rules on data handling. Agreements with private partners and development partners are public, and national institutions retain decision-making over the system’s design and data.',
          standards: [i.digitalPrinciples, i.dpiSafeguards],
        },
      ],
    },
  ],
};
