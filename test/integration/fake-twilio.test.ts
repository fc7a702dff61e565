/**
 * The real `twilio` SDK, pointed at a fake Twilio on 127.0.0.1 through
 * createTwilioClientFor: calls, messages, recording media, auth and
 * scripted failures — and nothing goes to twilio.com.
 */
import {
  createTwilioClient,
  createTwilioClientFor,
  downloadTwilioRecording,
  rewriteTwilioUrl,
  TwilioRecordingDownloadError,
  type TwilioClient,
} from '../../src/services/integrations/twilio-client';
import { startFakeTwilio, type FakeTwilio } from '../fakes/fake-twilio';

let fake: FakeTwilio;
let client: TwilioClient;
const sentTo: string[] = [];

beforeAll(async () => {
  fake = await startFakeTwilio();
  client = createTwilioClientFor(fake.url, fake.accountSid, fake.authToken);
});

afterEach(() => {
  // The SDK keeps the URL of its last request: it must be the fake's, never api.twilio.com.
  const last = client.httpClient.lastRequest?.url;
  if (last) sentTo.push(last);
  fake.requests.length = 0;
});

afterAll(async () => {
  await fake.close();
  expect(sentTo.length).toBeGreaterThan(0);
  expect(sentTo.filter((url) => !url.startsWith(`${fake.url}/`))).toEqual([]);
});

describe('twilio SDK against the fake', () => {
  it('places a call', async () => {
    const call = await client.calls.create({
      to: '+15125550100',
      from: '+15125550199',
      twiml: '<Response><Say>Hello from Switchboard</Say></Response>',
      statusCallback: 'https://switchboard.example/webhooks/twilio/status',
    });
    expect(call.sid).toMatch(/^CA[0-9a-f]{32}$/);
    expect(call.status).toBe('queued');
    expect(call.to).toBe('+15125550100');
    expect(call.dateCreated).toBeInstanceOf(Date);

    expect(fake.requests).toHaveLength(1);
    expect(fake.requests[0]).toMatchObject({
      method: 'POST',
      path: `/2010-04-01/Accounts/${fake.accountSid}/Calls.json`,
      authorized: true,
      forwardedHost: 'api.twilio.com',
      form: { To: '+15125550100', From: '+15125550199', StatusCallback: 'https://switchboard.example/webhooks/twilio/status' },
    });
  });

  it('sends an SMS', async () => {
    const message = await client.messages.create({ to: '+15125550100', from: '+15125550199', body: 'Your inspection is confirmed for Tuesday 3 pm.' });
    expect(message.sid).toMatch(/^SM[0-9a-f]{32}$/);
    expect(message.status).toBe('queued');
    expect(message.body).toBe('Your inspection is confirmed for Tuesday 3 pm.');
    expect(fake.requests[0]).toMatchObject({
      method: 'POST',
      path: `/2010-04-01/Accounts/${fake.accountSid}/Messages.json`,
      authorized: true,
      form: { To: '+15125550100', Body: 'Your inspection is confirmed for Tuesday 3 pm.' },
    });
  });

  it('fetches recording media with basic auth', async () => {
    const audio = Buffer.from([0x49, 0x44, 0x33, 0x04, 0x00, 0xff, 0xfb, 0x90]);
    const { sid, recordingUrl } = fake.addRecording(audio);
    const options = { accountSid: fake.accountSid, authToken: fake.authToken, apiBaseUrl: fake.url };

    const media = await downloadTwilioRecording(options, recordingUrl);
    expect(media.audio.equals(audio)).toBe(true);
    expect(media).toMatchObject({ contentType: 'audio/mpeg', filename: `${sid}.mp3` });
    expect(fake.requests).toEqual([
      expect.objectContaining({ method: 'GET', path: `/2010-04-01/Accounts/${fake.accountSid}/Recordings/${sid}.mp3`, authorized: true }),
    ]);

    await expect(downloadTwilioRecording({ ...options, authToken: 'wrong' }, recordingUrl)).rejects.toMatchObject({ status: 401 });
  });

  it('never sends the credentials to a host outside Twilio', async () => {
    const options = { accountSid: fake.accountSid, authToken: fake.authToken, apiBaseUrl: fake.url };
    await expect(downloadTwilioRecording(options, 'https://attacker.example/2010-04-01/Recordings/RE1')).rejects.toBeInstanceOf(
      TwilioRecordingDownloadError,
    );
    expect(fake.requests).toHaveLength(0);
  });

  it('rejects a wrong auth token the way Twilio does', async () => {
    const intruder = createTwilioClient({ accountSid: fake.accountSid, authToken: 'not-the-token', apiBaseUrl: fake.url });
    await expect(intruder.messages.create({ to: '+15125550100', from: '+15125550199', body: 'hi' })).rejects.toMatchObject({
      status: 401,
      code: 20003,
    });
    expect(fake.requests[0]?.authorized).toBe(false);
  });

  it('fails the next requests on demand, then recovers', async () => {
    fake.failNext(1, 500);
    await expect(client.calls.create({ to: '+15125550100', from: '+15125550199', twiml: '<Response/>' })).rejects.toMatchObject({
      status: 500,
    });
    const call = await client.calls.create({ to: '+15125550100', from: '+15125550199', twiml: '<Response/>' });
    expect(call.status).toBe('queued');
    expect(fake.requests).toHaveLength(2);
  });
});

describe('rewriteTwilioUrl', () => {
  it('moves Twilio origins to the base, keeping path and query', () => {
    const base = 'http://127.0.0.1:9999/twilio/';
    expect(rewriteTwilioUrl('https://api.twilio.com/2010-04-01/Accounts/AC1/Calls.json?PageSize=5', base)).toBe(
      'http://127.0.0.1:9999/twilio/2010-04-01/Accounts/AC1/Calls.json?PageSize=5',
    );
    expect(rewriteTwilioUrl('https://messaging.twilio.com/v1/Services', base)).toBe('http://127.0.0.1:9999/twilio/v1/Services');
  });

  it('leaves other URLs, and everything without a base, alone', () => {
    expect(rewriteTwilioUrl('https://nottwilio.com/x', 'http://127.0.0.1:1')).toBe('https://nottwilio.com/x');
    expect(rewriteTwilioUrl('https://api.twilio.com/x', undefined)).toBe('https://api.twilio.com/x');
  });
});
