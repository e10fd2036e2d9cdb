import type { FrameworkElement } from '../framework.schema.js';
import { instruments as i } from './instruments.js';

export const procurementAntiCorruption: FrameworkElement = {
  key: 'procurement-anti-corruption',
  title: 'Procurement and anti-corruption',
  url: 'https://governance4id.org/framework/procurement-anti-corruption',
  description:
    'Transparent and accountable procurement, together with effective measures against corruption, are structural conditions for a trustworthy digital legal identity system. This element assesses whether procurement is based on up-to-date standards, including those for digital public infrastructure, and whether the procuring institution has the expertise it needs. It also examines whether the legal and institutional framework contains effective anti-corruption safeguards, and whether concerns that already exist about the system have been addressed.',
  subElements: [
    {
      key: 'procurement-guidelines-define-standards',
      title: 'Procurement guidelines define system standards',
      details: [
        {
          key: 'procurement-interoperability-standards',
          title: 'Open standards, interoperability and portability',
          anchorQuestions: [
            {
              key: 'procurement-interoperability-standards.q1',
              text: 'Do procurement guidelines require the identity system to use open standards for data formats, interoperability and data-access interfaces (APIs)?',
            },
            {
              key: 'procurement-interoperability-standards.q2',
              text: 'Do tender documents require documentation, data portability and intellectual property or licensing arrangements that allow the government to change vendor without losing control of its data or system?',
            },
          ],
          rightsImplications:
            'Proprietary formats and interfaces can lock a country into a single supplier, raising costs that may be passed on to users and limiting the state’s ability to fix problems that affect people’s rights. Open standards also make it easier for independent experts to scrutinise how the system works.',
          targetScenario:
            'Procurement guidelines require open, internationally recognised standards for biometric data, credentials and interfaces, full documentation and government ownership of data. Contracts include exit and transition clauses, so the system can be maintained or migrated by another provider.',
          standards: [i.id4dProcurement, i.digitalPrinciples, i.dpiSafeguards],
        },
        {
          key: 'procurement-rights-requirements',
          title: 'Privacy, security and inclusion requirements in specifications',
          anchorQuestions: [
            {
              key: 'procurement-rights-requirements.q1',
              text: 'Do technical specifications include requirements for privacy by design, security, accessibility and performance, such as tested biometric accuracy across age, sex and skin tone?',
            },
          ],
          rightsImplications:
            'What is not specified in a tender is rarely delivered. If privacy, accessibility and demographic performance are left out of specifications, the resulting system may be insecure or systematically fail certain groups.',
          targetScenario:
            'Specifications set measurable requirements for data protection, security, accessibility and demographic performance. Vendors must demonstrate compliance through independent testing before acceptance and at intervals during operation, and the results are published.',
          standards: [i.id4dPrinciples, i.wcag],
        },
      ],
    },
    {
      key: 'procedures-for-procurement-of-infrastructure',
      title: 'Procedures for procurement of public infrastructure',
      details: [
        {
          key: 'procurement-rules-for-digital-infrastructure',
          title: 'Procurement rules suited to digital infrastructure',
          anchorQuestions: [
            {
              key: 'procurement-rules-for-digital-infrastructure.q1',
              text: 'Is there a public procurement law or guidelines, and do they address the specific features of digital public infrastructure, such as total cost of ownership, long-term maintenance and software licensing?',
            },
            {
              key: 'procurement-rules-for-digital-infrastructure.q2',
              text: 'Is open competitive tendering the default for identity system components, and are reasons for any direct award, single-source or government-to-government contract published?',
            },
          ],
          rightsImplications:
            'Non-competitive or poorly designed procurement can lead to overpriced, unsuitable systems whose costs fall on the public and whose shortcomings fall on users. Direct awards and opaque intergovernmental deals reduce scrutiny of who gains access to the population’s data.',
          targetScenario:
            'Identity system procurement follows a modern public procurement law and guidelines adapted to digital infrastructure. Competitive procedures are the norm, market consultation precedes tendering, and any exception is justified publicly and reviewed by an oversight body.',
          standards: [i.uncitralProcurement, i.oecdProcurement, i.id4dProcurement],
        },
        {
          key: 'procurement-transparency',
          title: 'Transparency and challenge of procurement',
          anchorQuestions: [
            {
              key: 'procurement-transparency.q1',
              text: 'Are tender notices, evaluation criteria, award decisions, contracts and amendments for the identity system published in an open, machine-readable format?',
            },
            {
              key: 'procurement-transparency.q2',
              text: 'Can bidders and members of the public challenge procurement decisions before an independent review body?',
            },
          ],
          rightsImplications:
            'Publishing procurement information lets legislators, journalists and civil society follow public money and detect favouritism. Transparency about contracts is also how the public learns which companies handle their identity data and on what terms.',
          targetScenario:
            'All stages of identity system procurement, from planning to contract implementation, are published using an open contracting standard. An independent review body handles complaints promptly, and its decisions are public.',
          standards: [i.ocds, i.uncac],
        },
      ],
    },
    {
      key: 'expertise',
      title: 'Expertise',
      details: [
        {
          key: 'procurement-expertise',
          title: 'In-house and independent expertise',
          anchorQuestions: [
            {
              key: 'procurement-expertise.q1',
              text: 'Does the procuring institution have the technical, legal and contract-management expertise to define requirements, evaluate bids and manage contracts for the identity system?',
            },
            {
              key: 'procurement-expertise.q2',
              text: 'Where external advisers are used, are they independent of potential bidders, and are conflicts of interest declared and managed?',
            },
          ],
          rightsImplications:
            'Without in-house expertise, procurement can end up being shaped by interested vendors, leading to higher costs, vendor lock-in and design choices that favour suppliers over users. Independent advice helps ensure that rights safeguards are not traded away for technical convenience.',
          targetScenario:
            'The institution has a multidisciplinary team able to specify, evaluate and oversee identity system contracts. External advisers are selected transparently, sign conflict-of-interest declarations and are excluded from bidding on the resulting contracts.',
          standards: [i.id4dProcurement, i.oecdProcurement],
        },
        {
          key: 'knowledge-transfer-and-contract-management',
          title: 'Knowledge transfer and contract management',
          anchorQuestions: [
            {
              key: 'knowledge-transfer-and-contract-management.q1',
              text: 'Do contracts require knowledge transfer so that national staff can operate, maintain, audit and eventually replace system components without the original vendor?',
            },
          ],
          rightsImplications:
            'Lasting dependence on a vendor’s staff for day-to-day operation weakens public control over a system that holds the population’s data. It also makes it harder to correct errors or respond to court rulings and oversight findings.',
          targetScenario:
            'Contracts include measurable knowledge-transfer obligations and service levels, and contract performance is monitored and reported. National staff can operate the system independently and oversee any remaining vendor involvement.',
          standards: [i.id4dProcurement, i.digitalPrinciples],
        },
      ],
    },
    {
      key: 'effective-anti-corruption-framework',
      title: 'Effective anti-corruption legal and institutional framework',
      details: [
        {
          key: 'anti-corruption-laws-and-institutions',
          title: 'Anti-corruption laws and institutions',
          anchorQuestions: [
            {
              key: 'anti-corruption-laws-and-institutions.q1',
              text: 'Does the law criminalise bribery, trading in influence and abuse of office, and is there an anti-corruption body with the independence and powers to investigate the procurement and operation of the identity system?',
            },
            {
              key: 'anti-corruption-laws-and-institutions.q2',
              text: 'Do asset declaration, conflict-of-interest and whistle-blower protection rules apply in practice to officials and contractors involved in the identity system?',
            },
          ],
          rightsImplications:
            'Corruption in the procurement or management of identity systems diverts public resources and can lead to the sale of personal data, fraudulent registrations or the denial of documents to those who will not pay. Effective anti-corruption institutions protect both public funds and equal access to legal identity.',
          targetScenario:
            'A comprehensive anti-corruption framework consistent with international standards applies to the identity system. An independent anti-corruption body can investigate and prosecute, asset and interest declarations of key officials are verified, and whistle-blowers are protected from retaliation.',
          standards: [i.uncac, i.oecdIntegrity],
        },
        {
          key: 'informal-payments-in-service-delivery',
          title: 'Informal payments in registration and issuance',
          anchorQuestions: [
            {
              key: 'informal-payments-in-service-delivery.q1',
              text: 'Are people asked for informal payments to register births, enrol, correct records or collect credentials, and can they report such demands safely?',
            },
            {
              key: 'informal-payments-in-service-delivery.q2',
              text: 'Are official fees displayed at service points and payable through traceable channels?',
            },
          ],
          rightsImplications:
            'Demands for bribes at registration and issuance points act as an unofficial fee that excludes the poorest people and those without connections. Such practices also undermine the integrity of the register when documents can be obtained by payment.',
          targetScenario:
            'Official fees, where any apply, are clearly displayed and paid through traceable channels, and services are tracked so that delays cannot be used to extract payments. Confidential reporting channels exist, reports are investigated, and the results are published.',
          standards: [i.uncac, i.sdg16],
        },
      ],
    },
    {
      key: 'existing-concerns',
      title: 'Existing concerns',
      details: [
        {
          key: 'known-allegations-and-findings',
          title: 'Known allegations, audit findings and responses',
          anchorQuestions: [
            {
              key: 'known-allegations-and-findings.q1',
              text: 'Have there been credible allegations, audit findings or court cases concerning corruption, cost overruns or irregularities in the identity system or its predecessors?',
            },
            {
              key: 'known-allegations-and-findings.q2',
              text: 'How have the authorities responded, and have the outcomes of investigations been made public?',
            },
          ],
          rightsImplications:
            'Unresolved concerns about earlier identity projects erode public trust, reduce willingness to enrol and can recur in new systems. Addressing them openly is part of the state’s accountability for the system that holds everyone’s identity data.',
          targetScenario:
            'Past and present concerns are documented, investigated by competent bodies, and the findings and corrective measures are published. Lessons learnt are reflected in the procurement and governance of the current system.',
          standards: [i.uncac, i.oecdIntegrity],
        },
        {
          key: 'vendor-dependence',
          title: 'Vendor lock-in and dependency',
          anchorQuestions: [
            {
              key: 'vendor-dependence.q1',
              text: 'Does the identity system depend on a single vendor for proprietary hardware, software, biometric algorithms or data hosting, and what would it cost to change supplier?',
            },
            {
              key: 'vendor-dependence.q2',
              text: 'Does the government own and have full access to the identity data, and the source code or configuration it needs, to operate the system independently?',
            },
          ],
          rightsImplications:
            'A locked-in system leaves the state in a weak position to enforce data protection obligations, to negotiate prices or to adapt the system in response to court rulings and changing needs. Vendor control over data or algorithms also limits independent audit of errors and bias.',
          targetScenario:
            'The government holds full ownership of identity data and the rights needed to operate, audit and modify the system. Critical components can be replaced through competitive procurement, and an exit plan is maintained and tested.',
          standards: [i.id4dProcurement, i.dpiSafeguards, i.digitalPrinciples],
        },
      ],
    },
  ],
};
