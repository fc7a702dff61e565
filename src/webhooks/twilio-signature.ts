import twilio from 'twilio';

/**
 * Twilio signs each webhook over the exact URL it called and the form
 * parameters. We rebuild that URL from the configured public base URL — never
 * from Host or X-Forwarded-* headers, which a caller controls.
 */
export function isValidTwilioSignature(authToken: string, publicBaseUrl: string, pathAndQuery: string, signature: string | undefined, params: Record<string, string>): boolean {
  if (!signature) return false;
  return twilio.validateRequest(authToken, signature, `${publicBaseUrl}${pathAndQuery}`, params);
}
