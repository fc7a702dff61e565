import type { EntityManager } from '@mikro-orm/postgresql';
import type { Config } from '../../config';
import { ACROSS_TENANTS, bindTenant } from '../../db/tenant-filter';
import { OneTimeToken, OneTimeTokenKind } from '../../entities/one-time-token.entity';
import { Organization } from '../../entities/organization.entity';
import { User, UserRole } from '../../entities/user.entity';
import { ConflictError, ForbiddenError, BadUserInputError } from '../../errors';
import { recordAudit } from '../audit.service';
import type { Clock } from '../clock';
import { isTimeZone, slugFor, type OrganizationService } from '../organization.service';
import type { Effects, Scope } from '../scope';
import { inTransaction } from '../unit-of-work';
import type { AuthService } from './auth.service';
import type { LoginThrottle } from './login-throttle';
import type { Session } from './user.service';
import { newSecret } from './user.service';
import { checkPassword, cleanName, normalizeEmail } from './user-input';

export interface NewTenant {
  name: string;
  ownerEmail: string;
  timezone?: string;
}

export interface CreatedTenant {
  organization: Organization;
  /** The owner's one-time invitation: acceptInvite with it creates the owner's account. */
  invite: { token: string; link: string; expiresAt: Date };
}

export interface SignUpInput {
  organizationName: string;
  name: string;
  email: string;
  password: string;
  timezone?: string | null;
}

/**
 * New organizations: by an operator (`org:create`: the organization and an
 * owner invitation, accepted with acceptInvite) or, when SIGNUP_ENABLED, by
 * anyone through the public signUp mutation (organization and owner at once,
 * signed in). New organizations get the default settings.
 */
export class OnboardingService {
  constructor(
    private readonly effects: Effects,
    private readonly organizations: OrganizationService,
    private readonly auth: AuthService,
    private readonly throttle: LoginThrottle,
    private readonly clock: Clock,
    private readonly settings: { signUp: Config['signUp']; accountEmail: Config['accountEmail'] },
    private readonly forkEm: () => EntityManager,
  ) {}

  /** The operator's way: the organization plus a one-time OWNER invitation for `ownerEmail` (valid INVITE_TTL_SECONDS). */
  async createOrganization(input: NewTenant): Promise<CreatedTenant> {
    const name = cleanName(input.name, 'name');
    const email = normalizeEmail(input.ownerEmail, 'ownerEmail');
    const timezone = checkZone(input.timezone, 'timezone');
    const secret = newSecret();
    const expiresAt = new Date(this.clock.now().getTime() + this.settings.accountEmail.inviteTtlSeconds * 1000);
    const organization = await inTransaction(this.forkEm(), this.effects, async (tx) => {
      if (await tx.count(User, { email }, ACROSS_TENANTS)) throw new ConflictError('Another user already has this email', 'ownerEmail');
      const org = tx.create(Organization, { name, slug: slugFor(name), timezone });
      const invite = tx.create(OneTimeToken, { organization: org, kind: OneTimeTokenKind.INVITE, tokenHash: secret.hash, email, role: UserRole.OWNER, expiresAt });
      const scope: Scope = { em: bindTenant(tx, org.id), organizationId: org.id, actor: { type: 'SYSTEM', id: null } };
      recordAudit(tx, scope, { action: 'organization.create', entityType: 'Organization', entityId: org.id, after: { name, timezone } });
      recordAudit(tx, scope, { action: 'user.invite', entityType: 'OneTimeToken', entityId: invite.id, after: { email, role: UserRole.OWNER, expiresAt: expiresAt.toISOString() } });
      return org;
    });
    const link = `${this.settings.accountEmail.appBaseUrl}/accept-invite?token=${encodeURIComponent(secret.token)}`;
    return { organization, invite: { token: secret.token, link, expiresAt } };
  }

  /** The public way (SIGNUP_ENABLED): organization and owner at once, signed in like login. */
  async signUp(input: SignUpInput, ip: string): Promise<Session> {
    if (!this.settings.signUp.enabled) throw new ForbiddenError('Sign-up is turned off on this server (SIGNUP_ENABLED); ask an operator to create your organization');
    const organizationName = cleanName(input.organizationName, 'input.organizationName');
    const email = normalizeEmail(input.email, 'input.email');
    const name = cleanName(input.name, 'input.name');
    checkPassword(input.password, 'input.password', [email, name, organizationName]);
    const timezone = checkZone(input.timezone ?? undefined, 'input.timezone');
    await this.throttle.spendSignUp(ip);
    const em = this.forkEm();
    if (await em.count(User, { email }, ACROSS_TENANTS)) throw new ConflictError('Another user already has this email', 'input.email');
    const { owner } = await this.organizations.createWithOwner(em, { name: organizationName, timezone, owner: { email, name, password: input.password } });
    return { ...(await this.auth.issue(owner)), user: owner };
  }
}

function checkZone(zone: string | undefined, field: string): string {
  if (zone === undefined) return 'UTC';
  if (!isTimeZone(zone)) throw BadUserInputError.forField(field, 'is not an IANA time zone, like Europe/Berlin');
  return zone;
}
