import type { EntityManager } from '@mikro-orm/postgresql';
import { randomBytes } from 'node:crypto';
import { Lead, LeadTemperature } from '../entities/lead.entity';
import { AiBudgetPolicy, Organization, type AlertSettings, type NotificationChannel, type Severity } from '../entities/organization.entity';
import { User, UserRole } from '../entities/user.entity';
import { BadUserInputError } from '../errors';
import { bindTenant } from '../db/tenant-filter';
import { recordAudit } from './audit.service';
import { hashPassword } from './auth/auth.service';
import { checkPassword, cleanName, normalizeEmail } from './auth/user-input';
import type { Effects, Scope } from './scope';
import { inTransaction } from './unit-of-work';

export interface AlertSettingsPatch {
  escalationMinutes?: Partial<Record<Lowercase<Severity>, number | null>>;
  routing?: Record<Lowercase<Severity>, NotificationChannel[]>;
  quietHours?: { start: string; end: string } | null;
  slackWebhookUrl?: string | null;
}

export interface OrganizationSettings {
  name?: string;
  timezone?: string;
  hotThreshold?: number;
  warmThreshold?: number;
  aiMonthlyBudgetMicros?: number | null;
  aiBudgetPolicy?: AiBudgetPolicy;
  alertSettings?: AlertSettingsPatch;
}

const SEVERITIES: Severity[] = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW'];

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * The webhook URL carries its own secret, so it must travel over https; plain
 * http is accepted only to a loopback host (a local relay, a test peer),
 * where it never crosses a network.
 */
export function isSlackWebhookUrl(text: string): boolean {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return false;
  }
  return url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname));
}

/** Applies a partial change to the alert settings; the stored shape is always complete. */
export function mergeAlertSettings(current: AlertSettings, patch: AlertSettingsPatch): AlertSettings {
  const next: AlertSettings = structuredClone(current);
  for (const severity of SEVERITIES) {
    const key = severity.toLowerCase() as Lowercase<Severity>;
    if (patch.escalationMinutes && key in patch.escalationMinutes) next.escalationMinutes[severity] = patch.escalationMinutes[key] ?? null;
    if (patch.routing) next.routing[severity] = [...new Set(patch.routing[key])];
  }
  if (patch.quietHours !== undefined) next.quietHours = patch.quietHours;
  if (patch.slackWebhookUrl !== undefined) {
    // The URL scalar hands over a URL object; the settings store its text.
    const url = patch.slackWebhookUrl == null ? null : String(patch.slackWebhookUrl);
    if (url && !isSlackWebhookUrl(url)) throw BadUserInputError.forField('input.alertSettings.slackWebhookUrl', 'must be an https URL (or http to this machine)');
    next.slackWebhookUrl = url;
  }
  return next;
}

export interface NewOrganization {
  name: string;
  slug?: string;
  timezone?: string;
  owner: { email: string; name: string; password: string };
}

/** A readable, unique-enough slug: the name's letters and digits plus random hex. */
export function slugFor(name: string): string {
  return `${name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60)}-${randomBytes(3).toString('hex')}`;
}

export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export class OrganizationService {
  constructor(private readonly effects: Effects) {}

  /** Creates a tenant with its first owner (seed, tests, and later a sign-up flow). */
  async createWithOwner(em: EntityManager, input: NewOrganization): Promise<{ organization: Organization; owner: User }> {
    const email = normalizeEmail(input.owner.email, 'owner.email');
    const name = cleanName(input.owner.name, 'owner.name');
    checkPassword(input.owner.password, 'owner.password', [email, name]);
    const passwordHash = await hashPassword(input.owner.password);
    const slug = input.slug ?? slugFor(input.name);
    return inTransaction(em, this.effects, async (tx) => {
      const organization = tx.create(Organization, { name: input.name, slug, timezone: input.timezone ?? 'UTC' });
      const owner = tx.create(User, {
        organization,
        email,
        name,
        passwordHash,
        role: UserRole.OWNER,
      });
      const scope: Scope = { em: bindTenant(tx, organization.id), organizationId: organization.id, actor: { type: 'SYSTEM', id: null } };
      recordAudit(tx, scope, { action: 'organization.create', entityType: 'Organization', entityId: organization.id, after: { name: input.name } });
      return { organization, owner };
    });
  }

  /** Changing thresholds re-derives every lead's temperature in the same transaction. */
  async update(scope: Scope, settings: OrganizationSettings): Promise<Organization> {
    if (settings.timezone !== undefined && !isTimeZone(settings.timezone)) {
      throw BadUserInputError.forField('input.timezone', 'is not an IANA time zone');
    }
    if (settings.name !== undefined && !settings.name.trim()) throw BadUserInputError.forField('input.name', 'must not be empty');
    return inTransaction(scope.em, this.effects, async (tx) => {
      const org = await tx.findOneOrFail(Organization, scope.organizationId);
      const before = { name: org.name, timezone: org.timezone, hotThreshold: org.hotThreshold, warmThreshold: org.warmThreshold };
      const hot = settings.hotThreshold ?? org.hotThreshold;
      const warm = settings.warmThreshold ?? org.warmThreshold;
      if (!Number.isInteger(hot) || hot < 1 || hot > 100) throw BadUserInputError.forField('input.hotThreshold', 'must be 1–100');
      if (!Number.isInteger(warm) || warm < 1 || warm >= hot) throw BadUserInputError.forField('input.warmThreshold', 'must be a whole number, at least 1 and below hotThreshold');
      if (settings.aiMonthlyBudgetMicros != null && (!Number.isSafeInteger(settings.aiMonthlyBudgetMicros) || settings.aiMonthlyBudgetMicros < 0)) {
        throw BadUserInputError.forField('input.aiMonthlyBudgetMicros', 'must be a whole, non-negative number of micro-dollars');
      }
      const { alertSettings, aiMonthlyBudgetMicros, ...plain } = settings;
      tx.assign(org, { ...plain, name: settings.name?.trim() ?? org.name });
      if (aiMonthlyBudgetMicros !== undefined) org.aiMonthlyBudgetMicros = aiMonthlyBudgetMicros ?? undefined;
      if (alertSettings) org.alertSettings = mergeAlertSettings(org.alertSettings, alertSettings);
      if (hot !== before.hotThreshold || warm !== before.warmThreshold) await retemper(tx, org.id, hot, warm);
      const after = { ...settings, ...(settings.alertSettings?.slackWebhookUrl ? { alertSettings: { ...settings.alertSettings, slackWebhookUrl: '[set]' } } : {}) };
      recordAudit(tx, scope, { action: 'organization.update', entityType: 'Organization', entityId: org.id, before, after });
      return org;
    });
  }
}

async function retemper(tx: EntityManager, organizationId: string, hot: number, warm: number): Promise<void> {
  const org = { organization: organizationId };
  await tx.nativeUpdate(Lead, { ...org, score: { $gte: hot } }, { temperature: LeadTemperature.HOT });
  await tx.nativeUpdate(Lead, { ...org, score: { $gte: warm, $lt: hot } }, { temperature: LeadTemperature.WARM });
  await tx.nativeUpdate(Lead, { ...org, score: { $lt: warm } }, { temperature: LeadTemperature.COLD });
}
