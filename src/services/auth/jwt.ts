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
}

/** One explicit algorithm: tokens signed any other way (including `alg: none`) are refused. */
const ALGORITHM = 'HS256';

export async function signSession(settings: JwtSettings, claims: SessionClaims): Promise<{ token: string; expiresAt: Date }> {
  const expiresAt = new Date(Date.now() + settings.ttlSeconds * 1000);
  const token = await new SignJWT({ org: claims.organizationId, role: claims.role })
    .setProtectedHeader({ alg: ALGORITHM, typ: 'JWT' })
    .setSubject(claims.userId)
    .setIssuer(settings.issuer)
    .setAudience(settings.audience)
    .setIssuedAt()
    .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
    .sign(settings.secret);
  return { token, expiresAt };
}

export async function verifySession(settings: JwtSettings, token: string): Promise<SessionClaims> {
  try {
    const { payload } = await jwtVerify(token, settings.secret, {
      algorithms: [ALGORITHM],
      issuer: settings.issuer,
      audience: settings.audience,
      requiredClaims: ['sub', 'exp', 'iat'],
    });
    if (typeof payload.org !== 'string' || typeof payload.role !== 'string' || !payload.sub) {
      throw new UnauthenticatedError('Token is missing claims');
    }
    return { userId: payload.sub, organizationId: payload.org, role: payload.role };
  } catch (err) {
    if (err instanceof UnauthenticatedError) throw err;
    if (err instanceof joseErrors.JWTExpired) throw new UnauthenticatedError('Token has expired');
    throw new UnauthenticatedError('Token is not valid');
  }
}
