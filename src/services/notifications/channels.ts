import nodemailer from 'nodemailer';
import type { Config } from '../../config';
import type { CircuitRegistry } from '../circuits';
import type { TwilioClient } from '../integrations/twilio-client';

export interface OutgoingNotification {
  subject: string;
  text: string;
  /** Stable per delivery: the email's Message-ID, so a receiver can tell a resend from a new message. */
  deliveryId: string;
}

/** The recipient's side refused for good (bad address, revoked webhook): retrying cannot help. */
export class PermanentDeliveryError extends Error {}

type Sender = (to: string, message: OutgoingNotification) => Promise<void>;

/** One sender per channel; null when the deployment has not configured that channel (deliveries are SKIPPED). */
export interface ChannelSenders {
  email: Sender | null;
  sms: Sender | null;
  /** Always present: Slack is configured per organization (its webhook URL is the recipient). */
  slack: Sender;
}

const SLACK_TIMEOUT_MS = 5000;

export function createChannelSenders(config: Config, twilio: TwilioClient | null, circuits: CircuitRegistry): ChannelSenders {
  return { email: emailSender(config, circuits), sms: smsSender(config, twilio, circuits), slack: slackSender(circuits) };
}

function emailSender(config: Config, circuits: CircuitRegistry): Sender | null {
  if (!config.smtpUrl) return null;
  const transport = nodemailer.createTransport(config.smtpUrl);
  const circuit = circuits.create('smtp');
  return async (to, message) => {
    await circuit.execute(() => transport.sendMail({ from: config.alertEmailFrom, to, subject: message.subject, text: message.text, messageId: `<delivery-${message.deliveryId}@switchboard>` }));
  };
}

function smsSender(config: Config, twilio: TwilioClient | null, circuits: CircuitRegistry): Sender | null {
  if (!twilio || !config.twilioSmsFrom) return null;
  const circuit = circuits.get('twilio') ?? circuits.create('twilio');
  const from = config.twilioSmsFrom;
  return async (to, message) => {
    try {
      await circuit.execute(() => twilio.messages.create({ to, from, body: `${message.subject}\n${message.text}`.slice(0, 1500) }));
    } catch (err) {
      // 4xx from Twilio (an unreachable number, say) is about this recipient, not an outage.
      const status = (err as { status?: number }).status;
      if (status && status >= 400 && status < 500 && status !== 429) throw new PermanentDeliveryError(`Twilio refused: ${(err as Error).message}`);
      throw err;
    }
  };
}

function slackSender(circuits: CircuitRegistry): Sender {
  const circuit = circuits.create('slack');
  return async (webhookUrl, message) => {
    // Only outages (network, 5xx, 429) count against the breaker: one organization's revoked webhook must not silence the others.
    const response = await circuit.execute(async () => {
      const res = await fetch(webhookUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ text: `*${message.subject}*\n${message.text}` }),
        signal: AbortSignal.timeout(SLACK_TIMEOUT_MS),
      });
      if (res.status >= 500 || res.status === 429) throw new Error(`Slack answered ${res.status}`);
      return res;
    });
    if (!response.ok) throw new PermanentDeliveryError(`Slack answered ${response.status}`);
  };
}
