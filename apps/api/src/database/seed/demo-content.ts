import {
  addEvidenceRef,
  addFinding,
  answerFragment,
  documentName,
  rationaleText,
  setRating,
  setStatus,
  type FindingKind,
  type QuestionStatus,
  type Rating,
} from '@idgov/assessment-doc';
import type { Actor } from '@idgov/authz';
import * as Y from 'yjs';
import type { CollabRooms } from '../../modules/collab/collab-rooms.service.js';
import { createEvidenceSchema } from '../../modules/evidence/dto/create-evidence.input.js';
import type { EvidenceService } from '../../modules/evidence/evidence.service.js';
import type { UserEntity } from '../../modules/users/user.entity.js';

// Desk research and a first pass of analysis on the legal framework, so that a first start can
// walk the whole method — gaps, matrix, suggestions, a workshop agenda, recommendations — without
// typing the research in first. Fictional throughout.
const element = 'legal-and-regulatory-framework';

interface DemoQuestion {
  key: string;
  answer: string;
  status: QuestionStatus;
  rating: Rating;
  rationale: string;
  cites?: { source: 'law' | 'report' | 'interview'; pinpoint: string };
}

const questions: DemoQuestion[] = [
  {
    key: 'legal-authority-enacted-law.q3',
    answer:
      'The National Identity Act 2019 establishes ExampleID and its Authority, but leaves retention ' +
      'periods and the conditions of access by the police to a decree that has not been adopted.',
    status: 'READY_FOR_REVIEW',
    rating: 'PARTIAL',
    rationale:
      'Primary legislation exists; two safeguards are left to secondary rules not yet made.',
    cites: { source: 'law', pinpoint: 'art. 3' },
  },
  {
    key: 'legal-authority-purpose-limitation.q1',
    answer:
      'Article 12 lists the purposes of the register but ends with "and any other purpose the ' +
      'Minister may determine", which the shadow report documents being used for SIM registration.',
    status: 'DRAFTING',
    rating: 'PARTIAL',
    rationale: 'Purposes are listed, but the open clause lets the executive widen them.',
    cites: { source: 'report', pinpoint: 'p. 14' },
  },
  {
    key: 'mandatory-enrolment-and-use.q1',
    answer: 'Enrolment is voluntary in law, yet several services refuse other documents.',
    status: 'DRAFTING',
    rating: 'UNKNOWN',
    rationale: 'Which services refuse other documents is not yet documented.',
    cites: { source: 'interview', pinpoint: 'KII-01, 00:12' },
  },
];

const findings: { subElement: string; kind: FindingKind; text: string }[] = [
  {
    subElement: 'legal-authority-for-digital-legal-id',
    kind: 'STRENGTH',
    text: 'ExampleID rests on primary legislation adopted by Parliament (National Identity Act 2019).',
  },
  {
    subElement: 'legal-authority-for-digital-legal-id',
    kind: 'WEAKNESS',
    text: 'The open-ended purpose clause of article 12 allows new uses of the register by decree.',
  },
  {
    subElement: 'legal-status-and-use-of-credential',
    kind: 'INFORMATION_GAP',
    text: 'No record of which public services refuse documents other than ExampleID.',
  },
];

export interface DemoContentDeps {
  evidence: EvidenceService;
  rooms: CollabRooms | null;
}

export async function seedDemoContent(
  deps: DemoContentDeps,
  assessmentId: string,
  people: { ministry: UserEntity; cso: UserEntity; moderator: UserEntity },
): Promise<void> {
  const as = (user: UserEntity): Actor => ({
    userId: user.id,
    isPlatformAdmin: true,
    memberships: {},
  });
  const add = (user: UserEntity, input: Record<string, unknown>) =>
    deps.evidence.create(as(user), createEvidenceSchema.parse({ assessmentId, ...input }));
  const law = await add(people.ministry, {
    kind: 'LAW',
    title: 'National Identity Act 2019',
    citation: 'Act No. 7 of 2019',
    article: 'art. 3, art. 12',
    date: '2019-06-14',
    language: 'en',
    summary:
      'Establishes ExampleID, the National Identity Authority and the purposes of the register.',
    confidentiality: 'PUBLIC',
  });
  const report = await add(people.cso, {
    kind: 'REPORT',
    title: 'Shadow report: who is left out of ExampleID',
    author: 'Open Identity Watch',
    page: '14',
    date: '2025-03-02',
    language: 'en',
    summary:
      'Documents uses of the register beyond its listed purposes, including SIM registration.',
    confidentiality: 'TEAM',
  });
  const interview = await add(people.moderator, {
    kind: 'INTERVIEW',
    title: 'Key-informant interview: district registrar',
    intervieweeCode: 'KII-01',
    organisationType: 'GOVERNMENT',
    consentRecorded: true,
    date: '2026-02-10',
    notes: 'Clinics and banks in the district ask for ExampleID only; birth certificates refused.',
  });
  if (!deps.rooms) {
    return;
  }
  const ids = { law: law.id, report: report.id, interview: interview.id };
  await deps.rooms.applyServerChange(documentName(assessmentId, element), (doc) => {
    for (const q of questions) {
      const paragraph = new Y.XmlElement('paragraph');
      paragraph.insert(0, [new Y.XmlText(q.answer)]);
      answerFragment(doc, q.key).insert(0, [paragraph]);
      setStatus(doc, q.key, q.status);
      setRating(doc, q.key, q.rating);
      rationaleText(doc, q.key).insert(0, q.rationale);
      if (q.cites) {
        addEvidenceRef(doc, q.key, { evidenceId: ids[q.cites.source], pinpoint: q.cites.pinpoint });
      }
    }
    for (const f of findings) {
      addFinding(doc, f.subElement, f.kind, f.text);
    }
  });
}
