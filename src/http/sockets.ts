import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

interface SocketState {
  /** Responses not yet finished on this socket (more than one when a client pipelines). */
  busy: number;
  idleSince: number;
  pending: Set<ServerResponse>;
}

/**
 * The HTTP sockets of one server, for a drain that resets nothing: a request
 * already on its way over a keep-alive socket gets its answer (with
 * `Connection: close`) instead of a reset. WebSocket upgrades leave the set;
 * graphql-ws closes those itself.
 */
export class HttpSockets {
  private readonly states = new Map<Socket, SocketState>();

  constructor(private readonly server: Server) {
    server.on('connection', (socket: Socket) => {
      this.states.set(socket, { busy: 0, idleSince: Date.now(), pending: new Set() });
      socket.once('close', () => this.states.delete(socket));
    });
    server.on('upgrade', (req: IncomingMessage) => this.states.delete(req.socket));
  }

  get open(): number {
    return this.states.size;
  }

  /** Call for every request; a draining server tells the client not to reuse the socket. */
  track(req: IncomingMessage, res: ServerResponse, draining: boolean): void {
    if (draining) res.setHeader('connection', 'close');
    const state = this.states.get(req.socket);
    if (!state) return;
    state.busy++;
    state.pending.add(res);
    res.once('close', () => {
      state.busy--;
      state.pending.delete(res);
      state.idleSince = Date.now();
    });
  }

  /**
   * Stop accepting connections, resolved once every socket has closed.
   * http.Server#close would also destroy idle keep-alive sockets at once (Node ≥ 19),
   * resetting requests a client has already sent on them; `closeIdle` retires those instead.
   */
  stopAccepting(): Promise<void> {
    const closeIdleConnections = this.server.closeIdleConnections;
    this.server.closeIdleConnections = () => undefined;
    try {
      return new Promise((resolve) => this.server.close(() => resolve()));
    } finally {
      this.server.closeIdleConnections = closeIdleConnections;
    }
  }

  /** Responses already being worked on when the drain began close their socket after they are sent. */
  closeAfterResponse(): void {
    for (const state of this.states.values()) {
      for (const res of state.pending) if (!res.headersSent) res.setHeader('connection', 'close');
    }
  }

  /** Closes sockets with no request in flight for at least `quietMs`. */
  closeIdle(quietMs: number): void {
    const now = Date.now();
    for (const [socket, state] of this.states) {
      if (state.busy === 0 && now - state.idleSince >= quietMs) socket.destroy();
    }
  }
}
