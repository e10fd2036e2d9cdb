import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

// One sign-in started at the identity provider and not yet finished. Kept on the server so that
// the PKCE verifier, the nonce and the page to return to cannot be read or altered by the
// browser; the row is consumed by the callback and is useless after `expires_at`.
@Entity('oidc_login_attempt')
@Index('oidc_login_attempt_expires_idx', ['expiresAt'])
export class OidcLoginAttemptEntity {
  // SHA-256 of the `state` parameter, which travels through the browser and the provider.
  @PrimaryColumn({ name: 'state_hash', type: 'char', length: 64 })
  stateHash: string;

  @Column({ name: 'code_verifier', type: 'varchar', length: 128 })
  codeVerifier: string;

  @Column({ type: 'varchar', length: 128 })
  nonce: string;

  @Column({ name: 'return_to', type: 'varchar', length: 2048 })
  returnTo: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'expires_at', type: 'timestamptz' })
  expiresAt: Date;
}
