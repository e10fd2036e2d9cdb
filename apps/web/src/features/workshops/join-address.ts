// Where phones join: the web app's own /join page, shown on the wall screen without the scheme.
export function joinAddress(origin: string): string {
  return `${origin.replace(/^https?:\/\//, '')}/join`;
}
