import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { collabCloseCode, stateHash } from '@idgov/assessment-doc';
import { Inject, Injectable, Logger, type OnModuleDestroy } from '@nestjs/common';
import { WebSocketServer, type WebSocket } from 'ws';
import { AccessChanges } from '../../core/authz/access-changes.service.js';
import { CollabAudit } from './collab-audit.js';
import { CollabConnection } from './collab-connection.js';
import { keepAlive } from './keep-alive.js';
import { describeError } from './describe-error.js';
import { COLLAB_SETTINGS, type CollabSettings } from './collab-settings.js';
import type { ConnectionServices } from './connection-services.js';
import { CollabTokenService } from './collab-token.service.js';
import { RevocationSweep } from './revocation-sweep.js';
import { RoomRegistry } from './room-registry.js';
import { refuse, UpgradeAuthorizer, type UpgradeDecision } from './upgrade-authorizer.js';
import { UpdateValidator } from './update-validator.js';

const tokenPurgeIntervalMs = 10 * 60_000;

// The websocket endpoint /collab/<documentName>, on the HTTP server it is attached to (the API's,
// or its own in COLLAB_MODE=only). Authorises in the HTTP upgrade, before a websocket exists,
// then keeps the connections alive, re-checks their access and closes them on shutdown.
@Injectable()
export class CollabServer implements OnModuleDestroy {
  private readonly logger = new Logger(CollabServer.name);
  private readonly wss: WebSocketServer;
  private readonly validator: UpdateValidator;
  private readonly connections = new Set<CollabConnection>();
  private readonly audits = new Set<Promise<void>>();
  // Connections whose room is still loading keep it from being unloaded under them.
  private readonly joining = new Map<CollabConnection, () => void>();
  private readonly services: ConnectionServices;
  private readonly timers: NodeJS.Timeout[] = [];
  private server: Server | null = null;
  private stopping = false;
  private sweeping = false;
  private sweepAgain = false;

  constructor(
    private readonly registry: RoomRegistry,
    private readonly authorizer: UpgradeAuthorizer,
    private readonly audit: CollabAudit,
    private readonly sweep: RevocationSweep,
    private readonly tokens: CollabTokenService,
    private readonly accessChanges: AccessChanges,
    @Inject(COLLAB_SETTINGS) private readonly settings: CollabSettings,
  ) {
    // No per-message compression (CPU per frame, and compression oracles); ws closes with 1009
    // any frame over the cap before it is buffered whole.
    this.wss = new WebSocketServer({
      noServer: true,
      maxPayload: settings.maxPayloadBytes,
      perMessageDeflate: false,
      clientTracking: false,
    });
    this.validator = new UpdateValidator(settings.validatorWorkers, settings.validateTimeoutMs);
    this.services = {
      settings,
      validator: this.validator,
      store: (connection, update) => this.registry.store(connection.room, update, connection),
      onJoin: (connection) => this.joined(connection),
      onEditSessionEnd: (connection) => this.endEditSession(connection),
      onClosed: (connection) => this.closed(connection),
    };
  }

  attach(server: Server): void {
    this.server = server;
    server.on('upgrade', this.onUpgrade);
    const every = (ms: number, work: () => void) => this.timers.push(setInterval(work, ms));
    every(Math.min(this.settings.keepAliveMs / 3, 5_000), () =>
      keepAlive(this.connections, this.settings.keepAliveMs),
    );
    every(this.settings.sweepIntervalMs, () => void this.runSweep());
    every(tokenPurgeIntervalMs, () => void this.tokens.purgeExpired().catch(() => undefined));
    this.accessChanges.onChange(() => void this.runSweep(true));
  }

  // Re-checks access now; a change of access mid-sweep makes one more (it may have read too soon).
  async runSweep(afterChange = false): Promise<void> {
    if (this.sweeping || this.stopping) {
      this.sweepAgain ||= afterChange;
      return;
    }
    this.sweeping = true;
    try {
      do {
        this.sweepAgain = false;
        await this.sweep.run([...this.connections]);
      } while (this.sweepAgain && !this.stopping);
    } catch (error) {
      this.logger.warn(`access sweep failed: ${describeError(error)}`);
    } finally {
      this.sweeping = false;
    }
  }

  async onModuleDestroy(): Promise<void> {
    this.stopping = true;
    this.server?.off('upgrade', this.onUpgrade);
    this.timers.forEach(clearInterval);
    const open = [...this.connections];
    open.forEach((c) => c.close(collabCloseCode.goingAway, 'server shutting down'));
    await Promise.all(open.map((c) => c.updates.durable));
    open.forEach((c) => c.terminate());
    await Promise.all(open.map((c) => c.closed));
    await Promise.all([...this.audits]);
    await this.registry.unloadIdle();
    await this.validator.close();
  }

  private readonly onUpgrade = (req: IncomingMessage, socket: Duplex, head: Buffer): void => {
    // GraphQL subscriptions share the HTTP server; their upgrades are handled by their own server.
    if (req.url === '/graphql' || req.url?.startsWith('/graphql?')) {
      return;
    }
    socket.on('error', () => socket.destroy());
    if (this.stopping) {
      refuse(socket, 503);
      return;
    }
    this.authorizer.decide(req).then(
      (decision) => this.upgrade(req, socket, head, decision),
      (error: unknown) => {
        this.logger.error(`websocket upgrade failed: ${describeError(error)}`);
        refuse(socket, 500);
      },
    );
  };

  private upgrade(req: IncomingMessage, socket: Duplex, head: Buffer, decision: UpgradeDecision) {
    if (!decision.ok || this.stopping || socket.destroyed) {
      refuse(socket, decision.ok ? 503 : decision.status);
      return;
    }
    this.wss.handleUpgrade(req, socket, head, (ws: WebSocket) => {
      const room = this.registry.acquire(decision.documentName);
      const connection = new CollabConnection(ws, socket, room, decision.identity, this.services);
      this.connections.add(connection);
      this.joining.set(connection, this.registry.hold(room));
    });
  }

  private joined(connection: CollabConnection): void {
    connection.room.join(connection);
    this.stopJoining(connection);
    if (connection.role === 'writer') {
      connection.editingSince = new Date();
      this.track(this.audit.joined(who(connection), connection.room.address));
    }
  }

  private closed(connection: CollabConnection): void {
    this.connections.delete(connection);
    this.stopJoining(connection);
    if (connection.joined) {
      this.endEditSession(connection);
      this.registry.leave(connection.room, connection);
    }
  }

  // Audited once the session's last updates are stored, with the state they left. A session that
  // changed nothing leaves only its join.
  private endEditSession(connection: CollabConnection): void {
    const from = connection.editingSince;
    if (!from) {
      return;
    }
    connection.editingSince = null;
    const to = new Date();
    const { room } = connection;
    const release = this.registry.hold(room);
    const audited = connection.updates.durable
      .then(async () => {
        const updates = connection.updates.changed;
        if (updates > 0) {
          const state = room.state === 'ready' ? stateHash(room.doc) : null;
          await this.audit.editSessionEnded(who(connection), room.address, {
            from,
            to,
            updates,
            stateHash: state,
          });
        }
      })
      .finally(release);
    this.track(audited);
  }

  private stopJoining(connection: CollabConnection): void {
    this.joining.get(connection)?.();
    this.joining.delete(connection);
  }

  private track(work: Promise<void>): void {
    this.audits.add(work);
    void work.finally(() => this.audits.delete(work));
  }
}

function who(connection: CollabConnection) {
  return { connectionId: connection.id, auditPseudonym: connection.identity.auditPseudonym };
}
