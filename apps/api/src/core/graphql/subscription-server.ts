import type { IncomingMessage, Server } from 'node:http';
import type { Duplex } from 'node:stream';
import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import { HttpAdapterHost, ModuleRef } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import {
  getOperationAST,
  GraphQLError,
  OperationTypeNode,
  parse,
  specifiedRules,
  validate,
  type GraphQLFormattedError,
} from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import { AuthService } from '../../modules/auth/auth.service.js';
import type { AuthState } from '../../modules/auth/auth-state.js';
import { tokenFromRequest, sessionCookieName } from '../../modules/auth/session-token.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { AppError } from '../errors/app-error.js';
import { formatGraphqlError } from '../errors/format-error.js';
import { queryLimitsRule } from './query-limits.js';
import { RequestLoaders } from './request-loaders.js';

export const graphqlPath = '/graphql';

// A workshop screen holds one subscription; a socket asking for many more is a mistake or an
// attempt to pin server memory (each holds a feed and re-checks access at every delivery).
export const maxSubscriptionsPerSocket = 8;

// What a subscription resolver receives as its context: the connection's session, read once
// when the socket opened (and again by resolvers that re-check access on every delivery).
export interface SubscriptionContext {
  req: { auth?: AuthState; ip?: string };
  loaders: RequestLoaders;
  sessionToken: string | null;
}

type ConnectionExtra = {
  auth?: AuthState;
  sessionToken?: string | null;
};

// GraphQL subscriptions over graphql-ws on the same path as queries. The socket server takes no
// HTTP server of its own (`noServer`): a `ws` server bound to a server with a path answers 400 to
// every upgrade for other paths, which would break /collab. This one handles upgrades to /graphql
// only and leaves the rest to the collaboration server.
@Injectable()
export class SubscriptionServer implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger(SubscriptionServer.name);
  private readonly wss = new WebSocketServer({
    noServer: true,
    maxPayload: 64 * 1024,
    perMessageDeflate: false,
  });
  private readonly publicOrigin: string;
  private server: Server | null = null;
  private dispose: (() => void | Promise<void>) | null = null;

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    // The GraphQL module's, looked up once the schema exists.
    private readonly moduleRef: ModuleRef,
    private readonly auth: AuthService,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.publicOrigin = new URL(config.publicUrl).origin;
  }

  onApplicationBootstrap(): void {
    const server = this.adapterHost.httpAdapter?.getHttpServer() as Server | undefined;
    if (!server) {
      return;
    }
    this.server = server;
    const production = process.env['NODE_ENV'] === 'production';
    const disposable = useServer<Record<string, unknown> | undefined, ConnectionExtra>(
      {
        schema: this.moduleRef.get(GraphQLSchemaHost, { strict: false }).schema,
        isProd: production,
        // The same limits as over HTTP (depth, aliases, size).
        validate: (schema, document) =>
          validate(schema, document, [...specifiedRules, queryLimitsRule()]),
        onConnect: async (ctx) => {
          const token = tokenOf(ctx.extra.request, ctx.connectionParams);
          const state = token ? await this.auth.authenticate(token) : null;
          ctx.extra.auth = state ?? undefined;
          ctx.extra.sessionToken = state ? token : null;
          return true;
        },
        context: (ctx): SubscriptionContext => ({
          req: { auth: ctx.extra.auth, ip: ctx.extra.request.socket.remoteAddress },
          loaders: new RequestLoaders(),
          sessionToken: ctx.extra.sessionToken ?? null,
        }),
        // Queries and mutations go over HTTP, where cookies, CSRF prevention and limits apply.
        onSubscribe: (ctx, _id, payload) => {
          if (!isSubscription(payload)) {
            return [onlySubscriptions()];
          }
          // graphql-ws has already counted the one being started.
          return Object.keys(ctx.subscriptions).length > maxSubscriptionsPerSocket
            ? [tooManySubscriptions()]
            : undefined;
        },
        onNext: (_ctx, _id, _payload, _args, result) =>
          result.errors ? { ...result, errors: result.errors.map(format) } : undefined,
        onError: (_ctx, _id, _payload, errors) => errors.map(format),
      },
      this.wss,
    );
    this.dispose = () => disposable.dispose();
    server.on('upgrade', this.onUpgrade);
  }

  async onModuleDestroy(): Promise<void> {
    this.server?.off('upgrade', this.onUpgrade);
    await this.dispose?.();
    this.wss.close();
  }

  private readonly onUpgrade = (req: IncomingMessage, socket: Duplex, head: Buffer): void => {
    const path = new URL(req.url ?? '/', 'http://api.invalid').pathname;
    if (path !== graphqlPath) {
      // Node destroys upgrades that nobody listens for. The collaboration server refuses what it
      // does not know; without it (COLLAB_MODE=off) this is the only listener and must refuse,
      // or the client would wait for an answer that never comes.
      if (this.server?.listenerCount('upgrade') === 1) {
        socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n');
      }
      return;
    }
    socket.on('error', () => socket.destroy());
    if (!this.originAllowed(req.headers.origin, req.headers.host)) {
      socket.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\n\r\n');
      return;
    }
    this.wss.handleUpgrade(req, socket, head, (ws) => this.wss.emit('connection', ws, req));
  };

  // A page on another site must not ride on a browser's session cookie (cross-site websocket
  // hijacking): browsers always send Origin, which must then be ours.
  private originAllowed(origin: string | undefined, host: string | undefined): boolean {
    if (origin === undefined) {
      return true;
    }
    try {
      const parsed = new URL(origin);
      return parsed.origin === this.publicOrigin || (host !== undefined && parsed.host === host);
    } catch {
      return false;
    }
  }
}

function isSubscription(payload: { query: string; operationName?: string | null }): boolean {
  try {
    return (
      getOperationAST(parse(payload.query), payload.operationName)?.operation ===
      OperationTypeNode.SUBSCRIPTION
    );
  } catch {
    return true; // a syntax error: graphql-ws answers it with the parser's own error
  }
}

const onlySubscriptions = () =>
  new GraphQLError('Only subscriptions travel over the websocket; send queries over HTTP', {
    extensions: { code: 'BAD_USER_INPUT' },
  });

const tooManySubscriptions = () =>
  new AppError(
    'RATE_LIMITED',
    `At most ${maxSubscriptionsPerSocket} subscriptions at once on one connection; complete one first`,
  );

function format(error: GraphQLFormattedError | Error): GraphQLFormattedError {
  const formatted: GraphQLFormattedError =
    error instanceof GraphQLError
      ? error.toJSON()
      : error instanceof Error
        ? { message: error.message }
        : error;
  return formatGraphqlError(formatted, error);
}

function tokenOf(
  req: IncomingMessage,
  params: Record<string, unknown> | undefined,
): string | undefined {
  const authorization = params?.['authorization'];
  return tokenFromRequest({
    authorization: typeof authorization === 'string' ? authorization : undefined,
    cookie: { [sessionCookieName]: cookieValue(req.headers.cookie, sessionCookieName) },
  });
}

function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) {
      return decodeURIComponent(rest.join('='));
    }
  }
  return undefined;
}
