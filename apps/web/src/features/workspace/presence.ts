// Who is here, from the awareness states the server relays (editors only: viewers' awareness is
// not rebroadcast, they are counted instead). Another client's state is untrusted input.

export type PresenceUser = { readonly id: string; readonly name: string; readonly color: string };

export type PresentPerson = PresenceUser & { readonly isYou: boolean };

// Six-digit colours (y-prosemirror accepts no other form), dark enough for white label text.
const palette = [
  '#1864ab',
  '#c2255c',
  '#2b8a3e',
  '#862e9c',
  '#d9480f',
  '#0b7285',
  '#5f3dc4',
  '#a61e4d',
  '#087f5b',
  '#364fc7',
] as const;

const colourPattern = /^#[0-9a-f]{6}$/i;
const maxNameLength = 80;

// The same colour for a person on every screen and at every visit.
export function presenceColor(id: string): string {
  let hash = 0;
  for (const char of id) {
    hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  }
  return palette[hash % palette.length] ?? palette[0];
}

export type OwnMembership = {
  readonly id: string;
  readonly attribution: 'NAME' | 'ORGANISATION' | 'PSEUDONYM';
  readonly organisation: { readonly name: string; readonly type: string } | null;
};

// How this person appears to everyone in the room. Awareness goes to every editor alike, so it
// follows the person's attribution choice even though moderators could see more: a civil-society
// member who chose a pseudonym appears as the same "Civil society contributor 3" the members list
// shows (the API's wording), one who chose their organisation by its name.
export function presenceName(displayName: string, membership: OwnMembership | null): string {
  if (membership === null || membership.attribution === 'NAME') {
    return displayName;
  }
  if (membership.attribution === 'ORGANISATION' && membership.organisation) {
    return membership.organisation.name;
  }
  const number = membership.id.split(':').pop() ?? '';
  const kind =
    membership.organisation?.type === 'CIVIL_SOCIETY' ? 'Civil society contributor' : 'Contributor';
  return `${kind} ${number}`.trim();
}

function readUser(state: unknown): PresenceUser | null {
  if (typeof state !== 'object' || state === null || !('user' in state)) {
    return null;
  }
  const user: unknown = state.user;
  if (typeof user !== 'object' || user === null) {
    return null;
  }
  const { id, name, color } = user as Record<string, unknown>;
  if (typeof id !== 'string' || typeof name !== 'string' || name.trim() === '') {
    return null;
  }
  return {
    id: id.slice(0, 200),
    name: name.trim().slice(0, maxNameLength),
    color: typeof color === 'string' && colourPattern.test(color) ? color : presenceColor(id),
  };
}

// One entry per person (several tabs count once), you first, then by name.
export function presentPeople(
  states: ReadonlyMap<number, unknown>,
  localClientId: number,
): PresentPerson[] {
  const you = readUser(states.get(localClientId));
  const byId = new Map<string, PresentPerson>();
  if (you) {
    byId.set(you.id, { ...you, isYou: true });
  }
  for (const [clientId, state] of states) {
    const user = clientId === localClientId ? null : readUser(state);
    if (user && !byId.has(user.id)) {
      byId.set(user.id, { ...user, isYou: false });
    }
  }
  return [...byId.values()].sort(
    (a, b) => Number(b.isYou) - Number(a.isYou) || a.name.localeCompare(b.name),
  );
}
