import type { AssessmentAction, PlatformAction } from '@idgov/authz';
import { SetMetadata } from '@nestjs/common';

export const POLICY_METADATA = 'idgov:policy';

// What an operation requires, declared next to it. A global guard enforces it and refuses any
// operation that declares nothing.
export type OperationPolicy =
  | { kind: 'public' }
  | { kind: 'signed-in' }
  | { kind: 'platform'; action: PlatformAction }
  // `arg` is the path of the assessment id among the operation's arguments, e.g. "input.assessmentId".
  | { kind: 'assessment'; action: AssessmentAction; arg: string };

export const Public = (): MethodDecorator => SetMetadata(POLICY_METADATA, { kind: 'public' });

export const SignedIn = (): MethodDecorator => SetMetadata(POLICY_METADATA, { kind: 'signed-in' });

export const PlatformPolicy = (action: PlatformAction): MethodDecorator =>
  SetMetadata(POLICY_METADATA, { kind: 'platform', action });

export const AssessmentPolicy = (action: AssessmentAction, arg: string): MethodDecorator =>
  SetMetadata(POLICY_METADATA, { kind: 'assessment', action, arg });
