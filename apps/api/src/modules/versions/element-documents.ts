import { stateHash } from '@idgov/assessment-doc';
import { Injectable, Optional } from '@nestjs/common';
import * as Y from 'yjs';
import { AppError } from '../../core/errors/app-error.js';
import { CollabRooms } from '../collab/collab-rooms.service.js';

export interface DocumentState {
  state: Uint8Array;
  hash: string;
}

// The live element documents, through the collaboration module's public seam. With
// COLLAB_MODE=off this process holds no rooms: the document may be open in another process, so
// reading the stored log here could miss what that process is about to store, and a change
// written here would bypass its room. Versions then only list and compare stored versions.
@Injectable()
export class ElementDocuments {
  constructor(@Optional() private readonly rooms?: CollabRooms) {}

  async current(documentName: string): Promise<DocumentState> {
    const state = await this.live().documentState(documentName);
    const doc = new Y.Doc();
    try {
      Y.applyUpdate(doc, state);
      return { state, hash: stateHash(doc) };
    } finally {
      doc.destroy();
    }
  }

  // Stored before anyone sees it, then applied and relayed to every connected client.
  change(documentName: string, change: (doc: Y.Doc) => void): Promise<Uint8Array | null> {
    return this.live().applyServerChange(documentName, change);
  }

  hash(documentName: string): Promise<string> {
    return this.live().documentHash(documentName);
  }

  private live(): CollabRooms {
    if (!this.rooms) {
      throw new AppError(
        'COLLAB_UNAVAILABLE',
        'This server does not run the collaboration server (COLLAB_MODE=off), so it cannot read or change live documents',
      );
    }
    return this.rooms;
  }
}

// A scratch document holding a stored state, for reading or as the source of a restore.
export function docOf(state: Uint8Array): Y.Doc {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state);
  return doc;
}
