import { SignJWT, jwtVerify, errors as joseErrors } from 'jose';
import { UnauthenticatedError } from '../../errors';

export interface JwtSettings {
  secret: Uint8Array;
  issuer: string;
  audience: string;
  ttlSeconds: number;
}

export interface SessionClaims {
  userId: string;
  organizationId: string;
  role: string;
  /** The user's sessionVersion when the token was issued; a bump ends the session. */
  sessionVersion: number;
}

/** One explicit algorithm: tokens signed any other way (including `alg: none`) are refused. */
const ALGORITHM = 'HS256';
/** Tolerated clock difference between API processes, in seconds. */
const CLOCK_TOLERANCE_SECONDS = 30;

export async function signSession(settings: JwtSettings, claims: SessionClaims, now: Date): Promise<{ token: string; expiresAt: Date }> {
  const issuedAt = Math.floor(now.getTime() / 1000);
  const expiresAt = new Date((issuedAt + settings.ttlSeconds) * 1000);
  const token = await new SignJWT({ org: claims.organizationId, role: claims.role, sv: claims.sessionVersion })
    .setProtectedHeader({ alg: ALGORITHM, typ: 'JWT' })
    .setSubject(claims.userId)
    .setIssuer(settings.issuer)
    .setAudience(settings.audience)
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + settings.ttlSeconds)
    .sign(settings.secret);
  return { token, expiresAt };
}

/**
 * Signature, issuer, audience and expiry, and the token's lifetime: a token
 * whose exp − iat exceeds JWT_TTL_SECONDS (or issued longer ago than that)
 * was not made by this server's settings and is refused, however well signed.
 */
export async function verifySession(settings: JwtSettings, token: string, now: Date): Promise<SessionClaims> {
  try {
    const { payload } = await jwtVerify(token, settings.secret, {
      algorithms: [ALGORITHM],
      issuer: settings.issuer,
      audience: settings.audience,
      requiredClaims: ['sub', 'exp', 'iat'],
      currentDate: now,
      maxTokenAge: settings.ttlSeconds + CLOCK_TOLERANCE_SECONDS,
      clockTolerance: CLOCK_TOLERANCE_SECONDS,
    });
    if (typeof payload.org !== 'string' || typeof payload.role !== 'string' || !payload.sub || !Number.isSafeInteger(payload.sv)) {
      throw new UnauthenticatedError('Token is missing claims');
    }
    if (payload.exp! - payload.iat! > settings.ttlSeconds) throw new UnauthenticatedError('Token lifetime is longer than this server issues');
    if (payload.iat! > now.getTime() / 1000 + CLOCK_TOLERANCE_SECONDS) throw new UnauthenticatedError('Token is not valid');
    return { userId: payload.sub, organizationId: payload.org, role: payload.role, sessionVersion: payload.sv as number };
  } catch (err) {
    if (err instanceof UnauthenticatedError) throw err;
    if (err instanceof joseErrors.JWTExpired) throw new UnauthenticatedError('Token has expired');
    throw new UnauthenticatedError('Token is not valid');
  }
}
