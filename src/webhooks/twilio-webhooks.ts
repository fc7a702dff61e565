import type { IncomingMessage, ServerResponse } from 'node:http';
import type { EntityManager } from '@mikro-orm/postgresql';
import twilio from 'twilio';
import type { App } from '../app';
import { ACROSS_TENANTS, bindTenant } from '../db/tenant-filter';
import { Call, CallStatus } from '../entities/call.entity';
import { PhoneNumber } from '../entities/phone-number.entity';
import { ServiceUnavailableError, isAppError, mapDatabaseError } from '../errors';
import { BodyTooLargeError, readBody } from '../http/body';
import type { Logger } from '../logger';
import type { Scope } from '../services/scope';
import { findIllFormedText, ILL_FORMED_TEXT_MESSAGE } from '../services/well-formed-text';
import { callEventOf, recordingEventOf, segmentOf, trackedCallSid, type TwilioParams } from './twilio-events';
import { SignatureFailures } from './signature-failures';
import { isValidTwilioSignature } from './twilio-signature';

const MAX_WEBHOOK_BYTES = 64 * 1024;
const EMPTY_TWIML = '<?xml version="1.0" encoding="UTF-8"?><Response/>';
const TWILIO_ACTOR = { type: 'SYSTEM' as const, id: 'twilio' };

/**
 * /webhooks/twilio/{voice,outbound,status,recording,transcription}. Every request must
 * carry a valid X-Twilio-Signature; the organization is found through the
 * called PhoneNumber (voice) or the call's CallSid (the rest). The work itself
 * is the same CallIngestService the bridge mutations use.
 */
export function twilioWebhooks(app: App) {
  const badSignatures = new SignatureFailures(app.config.rateLimit.badWebhookSignaturesPerIp, app.config.rateLimit.windowSeconds, app.logger, app.clock);
  return async (req: IncomingMessage, res: ServerResponse, url: URL, requestId: string): Promise<void> => {
    const logger = app.logger.child({ requestId, webhook: url.pathname });
    const twilioConfig = app.config.twilio;
    const publicBaseUrl = app.config.publicBaseUrl;
    if (!twilioConfig || !publicBaseUrl) return reply(res, 503, 'Twilio is not configured');
    if (req.method !== 'POST') return reply(res, 405, 'POST only');
    const ip = req.socket.remoteAddress ?? 'unknown';
    const blockedFor = await badSignatures.blockedFor(ip);
    if (blockedFor > 0) return reply(res, 429, 'too many invalid signatures', { 'retry-after': String(blockedFor) });
    let params: TwilioParams;
    try {
      params = Object.fromEntries(new URLSearchParams(await readBody(req, MAX_WEBHOOK_BYTES)));
    } catch (err) {
      return reply(res, err instanceof BodyTooLargeError ? 413 : 400, 'unreadable body');
    }
    const signature = req.headers['x-twilio-signature'];
    if (!isValidTwilioSignature(twilioConfig.authToken, publicBaseUrl, `${url.pathname}${url.search}`, typeof signature === 'string' ? signature : undefined, params)) {
      await badSignatures.record(ip);
      return reply(res, 403, 'invalid signature');
    }
    // Signed is not the same as storable: a NUL byte would fail deep in an insert.
    const illFormed = findIllFormedText(params, 'body');
    if (illFormed) return reply(res, 400, `${illFormed}: ${ILL_FORMED_TEXT_MESSAGE}`);
    try {
      const kind = url.pathname.replace(/^\/webhooks\/twilio\/?/, '');
      if (kind === 'voice') return await voice(app, res, params);
      if (kind === 'outbound') return await outboundAnswered(app, res, params);
      if (kind === 'status') await statusChange(app, params, logger);
      else if (kind === 'recording') await recording(app, params, logger);
      else if (kind === 'transcription') await transcription(app, params, logger);
      else return reply(res, 404, 'unknown webhook');
      twiml(res, EMPTY_TWIML);
    } catch (caught) {
      const err = mapDatabaseError(caught);
      if (err instanceof ServiceUnavailableError) {
        // Twilio retries a 5xx answer; Retry-After says when the database may be back.
        logger.warn({ err: caught }, 'webhook failed: database unavailable');
        return reply(res, 503, err.message, { 'retry-after': String(err.retryAfterSeconds) });
      }
      if (isAppError(err)) {
        logger.warn({ err: err.message, code: err.code }, 'webhook refused');
        return reply(res, 400, err.message);
      }
      logger.error({ err }, 'webhook failed');
      reply(res, 500, 'internal error');
    }
  };
}

function scopeFor(app: App, organizationId: string): Scope {
  return { em: bindTenant(app.orm.em.fork() as EntityManager, organizationId), organizationId, actor: TWILIO_ACTOR };
}

/** The only cross-tenant lookups here, by values unique across Switchboard. */
async function findNumber(app: App, e164: string | undefined): Promise<PhoneNumber | null> {
  return e164 ? app.orm.em.fork().findOne(PhoneNumber, { e164 }, ACROSS_TENANTS) : null;
}

async function findCall(app: App, callSid: string | undefined): Promise<Call | null> {
  return callSid ? app.orm.em.fork().findOne(Call, { twilioCallSid: callSid }, ACROSS_TENANTS) : null;
}

/** A call reaching one of our numbers: record it, transcribe live, record, forward. */
async function voice(app: App, res: ServerResponse, p: TwilioParams): Promise<void> {
  const number = await findNumber(app, p.To);
  const response = new twilio.twiml.VoiceResponse();
  if (!number) {
    response.say('Sorry, this number is not in service.');
    response.hangup();
    return twiml(res, response.toString());
  }
  await app.calls.recordCallEvent(scopeFor(app, number.organization.id), { ...callEventOf(p), phoneNumberId: number.id });
  connectAgent(app, response, number);
  twiml(res, response.toString());
}

/** The lead answered a call we placed (startCall): transcribe and connect the agent. */
async function outboundAnswered(app: App, res: ServerResponse, p: TwilioParams): Promise<void> {
  const call = await findCall(app, trackedCallSid(p));
  const number = call ? await findNumber(app, p.From) : null;
  const response = new twilio.twiml.VoiceResponse();
  if (!call || !number) {
    response.hangup();
    return twiml(res, response.toString());
  }
  await app.calls.recordCallEvent(scopeFor(app, call.organization.id), { callSid: call.twilioCallSid, status: CallStatus.IN_PROGRESS, occurredAt: new Date() });
  connectAgent(app, response, number);
  twiml(res, response.toString());
}

/** Live transcription to our callback, then ring the number's agent with a dual-channel recording (or take a message). */
function connectAgent(app: App, response: InstanceType<typeof twilio.twiml.VoiceResponse>, number: PhoneNumber): void {
  const base = app.config.publicBaseUrl!;
  response.start().transcription({ statusCallbackUrl: `${base}/webhooks/twilio/transcription`, track: 'both_tracks', partialResults: false });
  const recordingCallback = `${base}/webhooks/twilio/recording`;
  if (number.forwardTo) {
    const dial = response.dial({ record: 'record-from-answer-dual', recordingStatusCallback: recordingCallback, recordingStatusCallbackEvent: ['completed'] } as never);
    dial.number({ statusCallback: `${base}/webhooks/twilio/status`, statusCallbackEvent: ['initiated', 'ringing', 'answered', 'completed'] } as never, number.forwardTo);
  } else {
    response.say('Thanks for calling. Please leave a message after the tone.');
    response.record({ maxLength: 300, recordingStatusCallback: recordingCallback, recordingStatusCallbackEvent: ['completed'] } as never);
  }
}

async function statusChange(app: App, p: TwilioParams, logger: Logger): Promise<void> {
  const call = await findCall(app, trackedCallSid(p));
  // A first event for a call we have not seen: find its organization through our number.
  const orgId = call?.organization.id ?? (await findNumber(app, p.To))?.organization.id ?? (await findNumber(app, p.From))?.organization.id;
  if (!orgId) return void logger.info({ callSid: p.CallSid }, 'status for an unknown call ignored');
  await app.calls.recordCallEvent(scopeFor(app, orgId), callEventOf(p));
}

async function recording(app: App, p: TwilioParams, logger: Logger): Promise<void> {
  const call = await findCall(app, trackedCallSid(p));
  const event = recordingEventOf(p);
  if (!call || !event) return void logger.info({ callSid: p.CallSid }, 'recording event ignored');
  await app.calls.recordCallEvent(scopeFor(app, call.organization.id), event);
}

async function transcription(app: App, p: TwilioParams, logger: Logger): Promise<void> {
  const call = await findCallRow(app, trackedCallSid(p));
  if (!call) return void logger.info({ callSid: p.CallSid }, 'transcription for an unknown call ignored');
  const segment = segmentOf(p, call.answeredAt ?? call.startedAt ?? call.createdAt);
  if (!segment) return;
  await app.calls.appendSegments(scopeFor(app, call.organizationId), call.id, [segment]);
}

/** findCall for the segment hot path: the few columns it needs as a plain row, no entity (by CallSid, unique across Switchboard). */
async function findCallRow(app: App, callSid: string | undefined): Promise<{ id: string; organizationId: string; answeredAt: Date | null; startedAt: Date | null; createdAt: Date } | null> {
  if (!callSid) return null;
  const rows = await app.orm.em.getConnection().execute<Array<{ id: string; organization_id: string; answered_at: string | null; started_at: string | null; created_at: string }>>(
    'select "id", "organization_id", "answered_at", "started_at", "created_at" from "call" where "twilio_call_sid" = ?',
    [callSid],
  );
  const r = rows[0];
  const date = (v: string | Date | null) => (v == null ? null : new Date(v));
  return r ? { id: r.id, organizationId: r.organization_id, answeredAt: date(r.answered_at), startedAt: date(r.started_at), createdAt: new Date(r.created_at) } : null;
}

function twiml(res: ServerResponse, body: string): void {
  res.writeHead(200, { 'content-type': 'text/xml; charset=utf-8' });
  res.end(body);
}

function reply(res: ServerResponse, status: number, message: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', ...headers });
  res.end(message);
}
