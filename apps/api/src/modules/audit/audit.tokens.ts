export const AUDIT_SIGNER = Symbol('AUDIT_SIGNER');
