import { CallDirection, CallStatus, type Call } from '../../entities/call.entity';
import { PhoneNumber } from '../../entities/phone-number.entity';
import { BadUserInputError, NotConfiguredError, NotFoundError } from '../../errors';
import type { TwilioClient } from '../integrations/twilio-client';
import { findLeadOrFail, isUuid } from '../lead.service';
import type { Scope } from '../scope';
import type { CallIngestService } from './call-ingest.service';

/**
 * Places a call from one of our numbers to a lead through Twilio, with our
 * callbacks; the call row is then the same one the webhooks advance.
 */
export class OutboundCallService {
  constructor(
    private readonly twilio: TwilioClient | null,
    private readonly publicBaseUrl: string | undefined,
    private readonly calls: CallIngestService,
  ) {}

  async start(scope: Scope, leadId: string, fromNumberId: string): Promise<Call> {
    const lead = await findLeadOrFail(scope.em, leadId);
    const from = isUuid(fromNumberId) ? await scope.em.findOne(PhoneNumber, fromNumberId) : null;
    if (!from) throw new NotFoundError('PhoneNumber', fromNumberId);
    if (!lead.phone) throw BadUserInputError.forField('input.leadId', 'the lead has no phone number');
    if (!this.twilio || !this.publicBaseUrl) throw new NotConfiguredError('Outbound calls need Twilio (TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN, PUBLIC_BASE_URL)');
    const base = this.publicBaseUrl;
    // The network call happens outside any transaction; the row is written after Twilio accepted it.
    const placed = await this.twilio.calls.create({
      to: lead.phone,
      from: from.e164,
      url: `${base}/webhooks/twilio/outbound`,
      statusCallback: `${base}/webhooks/twilio/status`,
      statusCallbackEvent: ['initiated', 'ringing', 'answered', 'completed'],
      record: true,
      recordingStatusCallback: `${base}/webhooks/twilio/recording`,
      recordingStatusCallbackEvent: ['completed'],
    }).catch((err: { status?: number; message?: string }) => {
      // Twilio refusing this call (an invalid or unverified number, say) is the caller's to fix; outages stay internal.
      if (err.status && err.status >= 400 && err.status < 500 && err.status !== 429) {
        throw BadUserInputError.forField('input.leadId', `Twilio refused the call: ${err.message ?? err.status}`);
      }
      throw err;
    });
    return this.calls.recordCallEvent(scope, {
      callSid: placed.sid,
      direction: CallDirection.OUTBOUND,
      from: from.e164,
      to: lead.phone,
      phoneNumberId: from.id,
      status: CallStatus.QUEUED,
    });
  }
}
