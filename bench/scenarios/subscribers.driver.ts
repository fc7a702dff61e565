import { performance } from 'node:perf_hooks';
import { parentPort, workerData } from 'node:worker_threads';
import WebSocket from 'ws';

/**
 * Many idle `leadChanged` subscribers, for the fan-out and socket-memory
 * scenarios. Runs as a worker thread (fan-out) or a child process (memory:
 * the server's heap must not hold the clients). Each socket speaks the
 * graphql-transport-ws protocol directly (connection_init, subscribe) with
 * `ws`, a lighter client than graphql-ws's, so thousands fit.
 *
 * Reports `SubscribersReady` once every socket has sent its subscribe, then
 * a `Deliveries` per `AwaitEvent` command: when each socket received the
 * event for that lead, on the clock shared by threads and processes
 * (`performance.timeOrigin + performance.now()`).
 */
export interface SubscribersSetup {
  wsUrl: string;
  apiKey: string;
  sockets: number;
  /** Sockets opening at once. */
  concurrency: number;
}

export interface SubscribersReady {
  kind: 'ready';
  opened: number;
  failures: string[];
}

export interface AwaitEvent {
  leadId: string;
  timeoutMs: number;
}

export interface Deliveries {
  kind: 'deliveries';
  /** Absolute ms per socket that received it; missing sockets are left out. */
  atMs: number[];
  /** Sockets that received it more than once, or an error. */
  unexpected: number;
}

const QUERY = 'subscription { leadChanged { kind leadId lead { id name status score } } }';
const now = () => performance.timeOrigin + performance.now();

interface Subscriber {
  socket: WebSocket;
  seen: Map<string, number>;
  duplicates: number;
}

function open(setup: SubscribersSetup, index: number): Promise<Subscriber> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(setup.wsUrl, 'graphql-transport-ws', { perMessageDeflate: false });
    const me: Subscriber = { socket, seen: new Map(), duplicates: 0 };
    socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${setup.apiKey}` } })));
    socket.on('message', (raw) => {
      const message = JSON.parse(String(raw)) as { type: string; payload?: { data?: { leadChanged?: { leadId: string } }; errors?: unknown } };
      if (message.type === 'connection_ack') {
        socket.send(JSON.stringify({ id: String(index), type: 'subscribe', payload: { query: QUERY } }));
        resolve(me);
      } else if (message.type === 'next') {
        const leadId = message.payload?.data?.leadChanged?.leadId;
        if (!leadId || message.payload?.errors) me.duplicates++;
        else if (me.seen.has(leadId)) me.duplicates++;
        else me.seen.set(leadId, now());
      } else if (message.type === 'ping') socket.send(JSON.stringify({ type: 'pong' }));
    });
    socket.on('error', reject);
    socket.on('close', (code, reason) => reject(new Error(`closed ${code} ${String(reason)}`)));
  });
}

async function main(send: (message: unknown) => void, commands: (handler: (command: AwaitEvent) => void) => void, setup: SubscribersSetup) {
  const subscribers: Subscriber[] = [];
  const failures: string[] = [];
  let next = 0;
  const lane = async () => {
    while (next < setup.sockets) {
      const index = next++;
      try {
        subscribers.push(await open(setup, index));
      } catch (err) {
        failures.push(err instanceof Error ? err.message : String(err));
      }
    }
  };
  await Promise.all(Array.from({ length: setup.concurrency }, lane));
  send({ kind: 'ready', opened: subscribers.length, failures: failures.slice(0, 5) } satisfies SubscribersReady);
  commands((command) => {
    const deadline = now() + command.timeoutMs;
    const check = () => {
      const got = subscribers.filter((s) => s.seen.has(command.leadId));
      if (got.length < subscribers.length && now() < deadline) return void setTimeout(check, 5);
      send({ kind: 'deliveries', atMs: got.map((s) => s.seen.get(command.leadId)!), unexpected: subscribers.reduce((n, s) => n + s.duplicates, 0) } satisfies Deliveries);
    };
    check();
  });
}

if (parentPort) {
  const port = parentPort;
  void main((m) => port.postMessage(m), (h) => port.on('message', h), workerData as SubscribersSetup);
} else if (process.send) {
  // Child process: the setup arrives as the first message.
  process.once('message', (setup: SubscribersSetup) => {
    void main((m) => process.send!(m), (h) => process.on('message', h), setup);
  });
}
