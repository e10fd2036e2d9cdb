import { can, type Actor } from '@idgov/authz';
import type { WorkshopItemEntity } from './workshop-item.entity.js';
import type { WorkshopVoteValue } from './workshop-kinds.js';
import type { WorkshopEntity } from './workshop.entity.js';
import type { WorkshopItemObject, WorkshopObject, WorkshopTallyObject } from './workshop.object.js';

// Who is looking: a member (as the policy sees them) or a guest (by participant).
export type WorkshopViewer =
  { kind: 'member'; actor: Actor } | { kind: 'guest'; participantId: string };

export interface CastVote {
  participantId: string;
  itemId: string;
  vote: WorkshopVoteValue;
  comment: string | null;
}

// Everything about a workshop that does not depend on who looks, read once per change and shared
// by every subscriber of that workshop.
export interface WorkshopSnapshot {
  workshop: WorkshopEntity;
  items: WorkshopItemEntity[];
  tallies: Map<string, WorkshopTallyObject>;
  votes: CastVote[];
  // The same votes by item and by participant, built once per snapshot for every subscriber.
  votesByItem: Map<string, CastVote[]>;
  voteOf: Map<string, Map<string, WorkshopVoteValue>>;
  // Member participants: user id → participant id.
  participantOfUser: Map<string, string>;
  guestParticipants: Set<string>;
}

const emptyTally = (): WorkshopTallyObject => ({
  agree: 0,
  agreeWithChanges: 0,
  disagree: 0,
  total: 0,
});

export function tallyOf(rows: { vote: WorkshopVoteValue; count: number }[]): WorkshopTallyObject {
  const tally = emptyTally();
  for (const { vote, count } of rows) {
    if (vote === 'AGREE') {
      tally.agree += count;
    } else if (vote === 'AGREE_WITH_CHANGES') {
      tally.agreeWithChanges += count;
    } else {
      tally.disagree += count;
    }
    tally.total += count;
  }
  return tally;
}

export function viewerActions(viewer: WorkshopViewer, assessmentId: string): string[] {
  if (viewer.kind === 'guest') {
    return ['workshops.vote'];
  }
  const resource = { kind: 'assessment', assessmentId } as const;
  return (['workshops.manage', 'workshops.vote'] as const).filter((a) =>
    can(viewer.actor, a, resource),
  );
}

function participantOf(snapshot: WorkshopSnapshot, viewer: WorkshopViewer): string | null {
  return viewer.kind === 'guest'
    ? viewer.participantId
    : (snapshot.participantOfUser.get(viewer.actor.userId) ?? null);
}

export function indexVotes(
  votes: CastVote[],
): Pick<WorkshopSnapshot, 'votes' | 'votesByItem' | 'voteOf'> {
  const votesByItem = new Map<string, CastVote[]>();
  const voteOf = new Map<string, Map<string, WorkshopVoteValue>>();
  for (const v of votes) {
    votesByItem.set(v.itemId, [...(votesByItem.get(v.itemId) ?? []), v]);
    const mine = voteOf.get(v.participantId) ?? new Map<string, WorkshopVoteValue>();
    mine.set(v.itemId, v.vote);
    voteOf.set(v.participantId, mine);
  }
  return { votes, votesByItem, voteOf };
}

export function itemView(
  snapshot: Pick<WorkshopSnapshot, 'tallies' | 'votesByItem' | 'voteOf'>,
  item: WorkshopItemEntity,
  participantId: string | null,
  manages: boolean,
): WorkshopItemObject {
  const votes = manages ? (snapshot.votesByItem.get(item.id) ?? []) : [];
  return {
    id: item.id,
    position: item.position,
    kind: item.kind,
    elementKey: item.elementKey,
    subElementKey: item.subElementKey,
    questionKey: item.questionKey,
    findingId: item.findingId,
    statement: item.statement,
    rating: item.rating,
    tally: snapshot.tallies.get(item.id) ?? emptyTally(),
    comments: manages
      ? votes.flatMap((v) => (v.comment ? [{ vote: v.vote, comment: v.comment }] : []))
      : [],
    myVote: (participantId && snapshot.voteOf.get(participantId)?.get(item.id)) || null,
    outcome: item.outcome,
    outcomeNote: item.outcomeNote,
    amendedText: item.amendedText,
    amendedRating: item.amendedRating,
    decidedAt: item.decidedAt,
  };
}

// The workshop as this viewer may see it: comments for those who manage it, the code hidden from
// guests, their own vote on each item.
export function workshopView(snapshot: WorkshopSnapshot, viewer: WorkshopViewer): WorkshopObject {
  const { workshop } = snapshot;
  const actions = viewerActions(viewer, workshop.assessmentId);
  const manages = actions.includes('workshops.manage');
  const participantId = participantOf(snapshot, viewer);
  return {
    id: workshop.id,
    assessmentId: workshop.assessmentId,
    title: workshop.title,
    status: workshop.status,
    joinCode: viewer.kind === 'guest' ? null : workshop.joinCode,
    currentItemId: workshop.currentItemId,
    items: snapshot.items.map((item) => itemView(snapshot, item, participantId, manages)),
    participantCount: snapshot.participantOfUser.size + snapshot.guestParticipants.size,
    openedAt: workshop.openedAt,
    closedAt: workshop.closedAt,
    viewerActions: actions,
  };
}
