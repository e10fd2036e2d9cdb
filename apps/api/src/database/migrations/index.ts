import { Init1795419174413 } from './1795419174413-Init.js';
import { AuditLog1795420461040 } from './1795420461040-AuditLog.js';
import { Accounts1795420831175 } from './1795420831175-Accounts.js';
import { Membership1795421170798 } from './1795421170798-Membership.js';
import { Invitations1795500000000 } from './1795500000000-Invitations.js';
import { UserIdentity1795500100000 } from './1795500100000-UserIdentity.js';
import { Collaboration1795600000000 } from './1795600000000-Collaboration.js';
import { ElementProgress1795700000000 } from './1795700000000-ElementProgress.js';
import { ElementVersions1795800000000 } from './1795800000000-ElementVersions.js';
import { Evidence1795900000000 } from './1795900000000-Evidence.js';
import { Analysis1796000000000 } from './1796000000000-Analysis.js';
import { Discussion1796100000000 } from './1796100000000-Discussion.js';
import { Workshops1796200000000 } from './1796200000000-Workshops.js';
import { Recommendations1796300000000 } from './1796300000000-Recommendations.js';
import { WorkshopAmendedRating1796400000000 } from './1796400000000-WorkshopAmendedRating.js';

// Listed explicitly: a glob finds nothing under vitest, and the order must be deliberate.
export const migrations = [
  Init1795419174413,
  AuditLog1795420461040,
  Accounts1795420831175,
  Membership1795421170798,
  Invitations1795500000000,
  UserIdentity1795500100000,
  Collaboration1795600000000,
  ElementProgress1795700000000,
  ElementVersions1795800000000,
  Evidence1795900000000,
  Analysis1796000000000,
  Discussion1796100000000,
  Workshops1796200000000,
  Recommendations1796300000000,
  WorkshopAmendedRating1796400000000,
];
