import { UsersService, type NewUser } from '../../src/modules/users/users.service.js';
import type { UserEntity } from '../../src/modules/users/user.entity.js';
import type { TestApp } from '../support/test-app.js';

let counter = 0;
export const testPassword = 'correct horse battery staple';

export function buildUserInput(overrides: Partial<NewUser> = {}): NewUser {
  counter += 1;
  return {
    email: `person${counter}.${Date.now()}@example.org`,
    displayName: `Person ${counter}`,
    password: testPassword,
    ...overrides,
  };
}

export function createUser(t: TestApp, overrides: Partial<NewUser> = {}): Promise<UserEntity> {
  return t.app.get(UsersService).create(buildUserInput(overrides));
}
