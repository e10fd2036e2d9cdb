import { analysisCases } from './analysis.cases.js';
import { assessmentCases } from './assessment.cases.js';
import { collabCases } from './collab.cases.js';
import { customisationCases } from './customisation.cases.js';
import { discussionCases } from './discussion.cases.js';
import { evidenceCases } from './evidence.cases.js';
import { invitationCases } from './invitation.cases.js';
import { memberCases } from './member.cases.js';
import type { MatrixCase } from './matrix.types.js';
import { platformCases } from './platform.cases.js';
import { progressCases } from './progress.cases.js';
import { recommendationCases } from './recommendation.cases.js';
import { versionCases } from './version.cases.js';
import { workshopCases } from './workshop.cases.js';

// Every root operation of the schema needs at least one case here; the matrix test fails on an
// operation without one.
export const matrixCases: readonly MatrixCase[] = [
  ...platformCases,
  ...assessmentCases,
  ...memberCases,
  ...customisationCases,
  ...invitationCases,
  ...progressCases,
  ...collabCases,
  ...versionCases,
  ...evidenceCases,
  ...discussionCases,
  ...analysisCases,
  ...recommendationCases,
  ...workshopCases,
];
