import type { UserEntity } from '../users/user.entity.js';

export interface AuthState {
  user: UserEntity;
  sessionId: string;
}

declare module 'express-serve-static-core' {
  interface Request {
    auth?: AuthState;
  }
}
