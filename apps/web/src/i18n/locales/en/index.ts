// English interface strings, one module per feature: the reference for fr, es and ar (see
// locales.spec.ts).
import { common } from './common';
import { framework } from './framework';
import { assessments } from './assessments';
import { customise } from './customise';
import { members } from './members';
import { auth } from './auth';
import { assignments } from './assignments';
import { audit } from './audit';
import { workspace } from './workspace';
import { versions } from './versions';
import { evidence } from './evidence';
import { analysis } from './analysis';
import { workshops } from './workshops';
import { recommendations } from './recommendations';
import { discussion } from './discussion';
import { mentions } from './mentions';

export const en = {
  ...common,
  ...framework,
  ...assessments,
  ...customise,
  ...members,
  ...auth,
  ...assignments,
  ...audit,
  ...workspace,
  ...versions,
  ...evidence,
  ...analysis,
  ...workshops,
  ...recommendations,
  ...discussion,
  ...mentions,
};

export type EnglishResource = typeof en;
