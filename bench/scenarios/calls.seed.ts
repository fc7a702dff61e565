import { randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { App } from '../../src/app';
import { bindTenant } from '../../src/db/tenant-filter';
import { Call, CallStatus } from '../../src/entities/call.entity';
import type { Scope } from '../../src/services/scope';
import { BenchFailure } from '../scenario';
import type { BenchTwilio, RunningSwitchboard } from '../switchboard';
import { isTwimlOk, randomCallSid, WebhookClient, type WebhookResponse } from '../twilio-webhook';

/** What the calls scenarios need: an organization with a Twilio number, and a key that may watch its calls. */
export interface CallCenter {
  organizationId: string;
  /** A `calls:read` API key, for graphql-ws subscribers. */
  apiKey: string;
  /** Our number, in E.164: inbound calls are made to it. */
  number: string;
}

/** A call answered and streaming: Twilio knows it by CallSid, subscribers by id. */
export interface LiveCall {
  callSid: string;
  callId: string;
}

const OUR_NUMBER = '+15125550100';
const AGENT_PHONE = '+15125550199';
/** Webhooks in flight while calls are set up. */
const SETUP_CONCURRENCY = 8;
/** Callers +1 512 555 1000 … 9999: valid numbers, one new lead per call. */
const FIRST_CALLER = 1000;
const LAST_CALLER = 9999;

export async function seedCallCenter(app: App): Promise<CallCenter> {
  const run = randomBytes(3).toString('hex');
  const { organization, owner } = await app.organizations.createWithOwner(app.orm.em.fork() as EntityManager, {
    name: `Bench calls ${run}`,
    owner: { email: `owner-${run}@bench.example`, name: 'Olivia Owner', password: `bench-${randomBytes(12).toString('hex')}` },
  });
  const scope = (): Scope => ({ em: bindTenant(app.orm.em.fork() as EntityManager, organization.id), organizationId: organization.id, actor: { type: 'USER', id: owner.id } });
  await app.phoneNumbers.create(scope(), OUR_NUMBER, { label: 'Main line', forwardTo: AGENT_PHONE });
  const { secret } = await app.apiKeys.create(scope(), 'bench subscribers', ['calls:read']);
  return { organizationId: organization.id, apiKey: secret, number: OUR_NUMBER };
}

/**
 * Opens calls the way Twilio does: the voice webhook (ringing) creates the
 * call and answers TwiML that starts live transcription, then the status
 * webhook says the call is in progress. Every request is signed; anything
 * but a TwiML 200, or a call not in progress afterwards, fails the benchmark.
 */
export class CallOpener {
  private nextCaller = FIRST_CALLER;
  private readonly client: WebhookClient;

  constructor(
    private readonly api: RunningSwitchboard,
    private readonly twilio: BenchTwilio,
    private readonly center: CallCenter,
  ) {
    this.client = new WebhookClient(api.origin, twilio, SETUP_CONCURRENCY);
  }

  async open(count: number): Promise<LiveCall[]> {
    const sids = Array.from({ length: count }, () => randomCallSid());
    let next = 0;
    const lane = async () => {
      while (next < sids.length) await this.openOne(sids[next++]!);
    };
    await Promise.all(Array.from({ length: SETUP_CONCURRENCY }, lane));
    const calls = await this.api.app.orm.em.fork().find(Call, { twilioCallSid: { $in: sids } }, { filters: false });
    const notLive = sids.filter((sid) => calls.find((c) => c.twilioCallSid === sid)?.status !== CallStatus.IN_PROGRESS);
    if (notLive.length) throw new BenchFailure(`${notLive.length} of ${count} calls are not in progress after their voice and status webhooks (first: ${notLive[0]})`);
    const bySid = new Map(calls.map((c) => [c.twilioCallSid, c.id]));
    return sids.map((callSid) => ({ callSid, callId: bySid.get(callSid)! }));
  }

  close(): void {
    this.client.close();
  }

  private async openOne(callSid: string): Promise<void> {
    if (this.nextCaller > LAST_CALLER) throw new BenchFailure(`the benchmark ran out of caller numbers (${LAST_CALLER - FIRST_CALLER + 1} calls)`);
    const from = `+1512555${this.nextCaller++}`;
    const account = this.twilio.accountSid;
    const voice = await this.client.post('/webhooks/twilio/voice', { AccountSid: account, CallSid: callSid, From: from, To: this.center.number, CallStatus: 'ringing', Direction: 'inbound' });
    expectTwiml('voice', voice, '<Transcription');
    const status = await this.client.post('/webhooks/twilio/status', { AccountSid: account, CallSid: callSid, CallStatus: 'in-progress', Timestamp: new Date().toUTCString() });
    expectTwiml('status', status);
  }
}

function expectTwiml(webhook: string, r: WebhookResponse, mustContain?: string): void {
  if (isTwimlOk(r) && (!mustContain || r.body.includes(mustContain))) return;
  throw new BenchFailure(`the ${webhook} webhook answered ${r.status}: ${r.body.slice(0, 500)}`);
}
