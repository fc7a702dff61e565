import type { Context } from 'graphql-ws';
import type { WebSocket } from 'ws';
import { LimitExceededError } from '../errors';
import type { Principal } from '../services/auth/principal';

/** What we keep per graphql-ws socket. */
export interface SocketState {
  connectionId: string;
  principal?: Principal;
  /** What connection_init carried, re-checked periodically (one timer for all sockets). */
  authorization?: string;
  /** The peer address, kept so the upgrade request need not be. */
  clientIp: string;
  /** Set once onClose ran: an onConnect still authenticating must not track this socket. */
  closed: boolean;
  socket: WebSocket;
  /** graphql-ws's own operation map for this socket: its size is the number of active operations. */
  operations: Context['subscriptions'];
}

export interface OperationCaps {
  maxSubscriptionsPerSocket: number;
  maxSubscriptionsPerPrincipal: number;
}

/** Same principal, same key, whichever socket it is on. */
const keyOf = (p: Principal) => (p.kind === 'user' ? `user:${p.userId}` : `apiKey:${p.apiKeyId}`);
const active = (s: SocketState) => Object.keys(s.operations).length;

/**
 * The authenticated sockets of this process, by principal: what the
 * open-sockets gauge counts, what the operation caps add up, and what a
 * pub/sub outage closes.
 */
export class OpenSockets {
  private readonly byPrincipal = new Map<string, Set<SocketState>>();
  private readonly tracked = new Set<SocketState>();

  constructor(
    private readonly caps: OperationCaps,
    private readonly onCountChange: (delta: 1 | -1) => void,
  ) {}

  /** Once authenticated: the socket now counts, for its principal. */
  track(state: SocketState, principal: Principal): void {
    if (this.tracked.has(state)) return;
    state.principal = principal;
    this.tracked.add(state);
    const key = keyOf(principal);
    this.byPrincipal.set(key, (this.byPrincipal.get(key) ?? new Set()).add(state));
    this.onCountChange(1);
  }

  /** Undoes exactly what track did, whenever the socket closes. */
  untrack(state: SocketState): void {
    if (!this.tracked.delete(state)) return;
    const key = keyOf(state.principal!);
    const sockets = this.byPrincipal.get(key);
    sockets?.delete(state);
    if (sockets?.size === 0) this.byPrincipal.delete(key);
    this.onCountChange(-1);
  }

  /** The authenticated sockets, for the periodic credential re-check. */
  sockets(): IterableIterator<SocketState> {
    return this.tracked.values();
  }

  /** Called from onSubscribe, when graphql-ws has already added the new operation: the counts include it. */
  overCap(state: SocketState): LimitExceededError | undefined {
    const { maxSubscriptionsPerSocket: perSocket, maxSubscriptionsPerPrincipal: perPrincipal } = this.caps;
    if (active(state) > perSocket) {
      return new LimitExceededError('subscriptionsPerSocket', perSocket, `At most ${perSocket} active operations per socket; complete one first`);
    }
    const mine = state.principal ? [...(this.byPrincipal.get(keyOf(state.principal)) ?? [])] : [];
    if (mine.reduce((n, s) => n + active(s), 0) > perPrincipal) {
      return new LimitExceededError('subscriptionsPerPrincipal', perPrincipal, `At most ${perPrincipal} active operations per caller across sockets; complete one first`);
    }
    return undefined;
  }

  /** Closes every socket that has operations running; returns how many. */
  closeBusy(code: number, reason: string): number {
    let closed = 0;
    for (const s of this.tracked) {
      if (active(s) === 0) continue;
      s.socket.close(code, reason);
      closed++;
    }
    return closed;
  }
}
