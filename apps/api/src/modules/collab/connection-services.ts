import type { CollabConnection } from './collab-connection.js';
import type { CollabSettings } from './collab-settings.js';
import type { UpdateValidator } from './update-validator.js';

// Who is on a connection, as established at the upgrade.
export interface ConnectionIdentity {
  userId: string;
  sessionId: string;
  auditPseudonym: string;
  access: 'write' | 'read';
}

// What a connection needs from the server around it.
export interface ConnectionServices {
  settings: CollabSettings;
  validator: UpdateValidator;
  // Stores an update of this connection's; resolves once committed and applied.
  store(connection: CollabConnection, update: Uint8Array): Promise<void>;
  // The room is loaded and the connection joins it.
  onJoin(connection: CollabConnection): void;
  // A writer stops writing (downgraded or gone): its edit session is audited.
  onEditSessionEnd(connection: CollabConnection): void;
  onClosed(connection: CollabConnection): void;
}
