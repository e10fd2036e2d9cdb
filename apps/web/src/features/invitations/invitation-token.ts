// The invitation link is `/invitations/accept#token=…`: the token travels in the fragment, which
// browsers never send to a server, so it stays out of access logs and Referer headers. It is
// read once and never written to the address, storage or logs.
export function readInvitationToken(hash: string): string | null {
  const token = new URLSearchParams(hash.replace(/^#/, '')).get('token')?.trim() ?? '';
  return token.length > 0 && token.length <= 512 ? token : null;
}
