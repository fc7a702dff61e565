import type { EntityManager } from '@mikro-orm/postgresql';
import { Lead, LeadTemperature } from '../entities/lead.entity';
import { Organization } from '../entities/organization.entity';
import { AlertSeverity, AlertType } from '../entities/alert.entity';
import { ScoreEvent } from '../entities/score-event.entity';
import { raiseAlert } from './alerts/raise-alert';
import type { AfterCommit } from './unit-of-work';
import type { Scope } from './scope';

export interface Thresholds {
  hot: number;
  warm: number;
}

export function temperatureOf(score: number, t: Thresholds): LeadTemperature {
  if (score >= t.hot) return LeadTemperature.HOT;
  if (score >= t.warm) return LeadTemperature.WARM;
  return LeadTemperature.COLD;
}

export async function thresholdsOf(tx: EntityManager, organizationId: string): Promise<Thresholds> {
  const org = await tx.findOneOrFail(Organization, organizationId);
  return { hot: org.hotThreshold, warm: org.warmThreshold };
}

export interface ScoreChange {
  before: number;
  after: number;
  temperatureBefore: LeadTemperature;
  temperatureAfter: LeadTemperature;
  /** True when this change moved the lead into HOT (and raised HOT_LEAD). */
  becameHot: boolean;
}

/**
 * The only way a lead's score changes: clamp to 0–100, write a ScoreEvent
 * with the real delta and a reason a person can read, re-derive temperature,
 * and raise HOT_LEAD once per crossing into HOT, whatever caused it.
 */
export async function adjustScore(
  tx: EntityManager,
  scope: Scope,
  after: AfterCommit,
  lead: Lead,
  change: { delta: number; reason: string; source: string; callId?: string },
): Promise<ScoreChange | null> {
  const before = lead.score;
  const next = Math.max(0, Math.min(100, before + Math.round(change.delta)));
  if (next === before) return null;
  const thresholds = await thresholdsOf(tx, scope.organizationId);
  const temperatureBefore = lead.temperature;
  lead.score = next;
  lead.temperature = temperatureOf(next, thresholds);
  lead.lastActivityAt = new Date();
  tx.create(ScoreEvent, {
    organization: lead.organization,
    lead,
    delta: next - before,
    scoreAfter: next,
    reason: change.reason,
    source: change.source,
    call: change.callId,
  });
  const changedFields = lead.temperature === temperatureBefore ? ['score'] : ['score', 'temperature'];
  after.publish('leadChanged', {
    organizationId: scope.organizationId,
    leadId: lead.id,
    kind: 'UPDATED',
    changedFields,
    at: new Date().toISOString(),
  });
  const becameHot = temperatureBefore !== LeadTemperature.HOT && lead.temperature === LeadTemperature.HOT;
  if (becameHot) {
    const alert = await raiseAlert(tx, scope, after, {
      type: AlertType.HOT_LEAD,
      severity: AlertSeverity.HIGH,
      title: `${lead.name} is now a hot lead (score ${next})`,
      body: change.reason,
      subjectType: 'Lead',
      subjectId: lead.id,
      dedupKey: `hot-lead:${lead.id}`,
    });
    after.publish('hotLead', { organizationId: scope.organizationId, leadId: lead.id, alertId: alert.alertId, score: next, reason: change.reason, at: new Date().toISOString() });
  }
  return { before, after: next, temperatureBefore, temperatureAfter: lead.temperature, becameHot };
}

/** Profile rules for a new lead's first score: what a salesperson would count before any call. */
const PROFILE_RULES: Array<{ applies: (l: Lead) => boolean; delta: number; reason: string }> = [
  { applies: (l) => !!l.email, delta: 5, reason: 'email address on file' },
  { applies: (l) => !!l.phone, delta: 10, reason: 'phone number on file' },
  { applies: (l) => !!l.company, delta: 5, reason: 'company named' },
  { applies: (l) => (l.budgetCents ?? 0) > 0, delta: 15, reason: 'stated a budget' },
  { applies: (l) => ['CALL', 'PARTNER'].includes(l.source), delta: 10, reason: 'came in by phone or a partner referral' },
];

/** Idempotent: a lead that already has profile score events is left alone. */
export async function scoreNewLead(tx: EntityManager, scope: Scope, after: AfterCommit, leadId: string): Promise<void> {
  const lead = await tx.findOne(Lead, leadId);
  if (!lead) return;
  if ((await tx.count(ScoreEvent, { lead: leadId, source: 'PROFILE' })) > 0) return;
  for (const rule of PROFILE_RULES.filter((r) => r.applies(lead))) {
    await adjustScore(tx, scope, after, lead, { delta: rule.delta, reason: `+${rule.delta} ${rule.reason}`, source: 'PROFILE' });
  }
}
