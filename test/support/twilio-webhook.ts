import twilio from 'twilio';

/** What the test server believes its public address is; webhooks are signed for it, as Twilio would. */
export const PUBLIC_BASE_URL = 'https://switchboard.example.com';

/** Env for a test server with Twilio configured against a fake Twilio REST API. */
export function twilioEnv(fake: { url: string; accountSid: string; authToken: string }): NodeJS.ProcessEnv {
  return { TWILIO_ACCOUNT_SID: fake.accountSid, TWILIO_AUTH_TOKEN: fake.authToken, TWILIO_API_BASE_URL: fake.url, PUBLIC_BASE_URL };
}

/** POSTs a form to one of our webhooks, signed with the twilio SDK's own signature function. */
export async function postTwilioWebhook(
  serverUrl: string,
  path: string,
  params: Record<string, string>,
  options: { authToken: string; signature?: string | null },
): Promise<{ status: number; body: string }> {
  const signature = options.signature === undefined ? twilio.getExpectedTwilioSignature(options.authToken, `${PUBLIC_BASE_URL}${path}`, params) : options.signature;
  const res = await fetch(serverUrl.replace('/graphql', path), {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...(signature ? { 'x-twilio-signature': signature } : {}) },
    body: new URLSearchParams(params).toString(),
  });
  return { status: res.status, body: await res.text() };
}

/** A real-time transcription event as Twilio sends it. */
export function transcriptionEvent(callSid: string, sequence: number, track: 'inbound_track' | 'outbound_track', transcript: string, at: Date): Record<string, string> {
  return {
    AccountSid: 'AC' + '0'.repeat(31) + '1',
    CallSid: callSid,
    TranscriptionSid: 'GT' + '0'.repeat(32),
    TranscriptionEvent: 'transcription-content',
    TranscriptionData: JSON.stringify({ transcript, confidence: 0.93 }),
    Track: track,
    Final: 'true',
    SequenceId: String(sequence),
    Timestamp: at.toISOString(),
    LanguageCode: 'en-US',
  };
}
