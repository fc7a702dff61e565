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

export interface ScoreChangeInput {
  delta: number;
  reason: string;
  source: string;
  callId?: string;
}

/**
 * The only way a lead's score changes: clamp to 0–100, write a ScoreEvent
 * with the real delta and a reason a person can read, re-derive temperature,
 * and raise HOT_LEAD once per crossing into HOT, whatever caused it.
 */
export async function adjustScore(tx: EntityManager, scope: Scope, after: AfterCommit, lead: Lead, change: ScoreChangeInput): Promise<ScoreChange | null> {
  return applyScoreChanges(tx, scope, after, lead, [change]);
}

/**
 * Several changes that belong together (one analysis, one profile re-score),
 * each with its own ScoreEvent in order of application. The crossing into HOT
 * is judged from the start to the end of the whole batch: a re-analysis that
 * takes back an earlier effect and gives it again leaves a HOT lead HOT
 * without a new HOT_LEAD. Null when the score did not move.
 */
export async function applyScoreChanges(tx: EntityManager, scope: Scope, after: AfterCommit, lead: Lead, changes: ScoreChangeInput[]): Promise<ScoreChange | null> {
  const before = lead.score;
  const temperatureBefore = lead.temperature;
  const thresholds = await thresholdsOf(tx, scope.organizationId);
  const applied: ScoreChangeInput[] = [];
  for (const change of changes) {
    const current = lead.score;
    const next = Math.max(0, Math.min(100, current + Math.round(change.delta)));
    if (next === current) continue;
    lead.score = next;
    // Flushed in creation order, so the database sequence follows the order of application.
    tx.create(ScoreEvent, { organization: lead.organization, lead, delta: next - current, scoreAfter: next, reason: change.reason, source: change.source, call: change.callId });
    applied.push(change);
  }
  if (applied.length === 0) return null;
  lead.temperature = temperatureOf(lead.score, thresholds);
  lead.lastActivityAt = new Date();
  const changedFields = lead.temperature === temperatureBefore ? ['score'] : ['score', 'temperature'];
  after.publish('leadChanged', { organizationId: scope.organizationId, leadId: lead.id, kind: 'UPDATED', changedFields, at: new Date().toISOString() });
  const becameHot = temperatureBefore !== LeadTemperature.HOT && lead.temperature === LeadTemperature.HOT;
  if (becameHot) {
    const reason = applied.map((c) => c.reason).join('; ');
    const alert = await raiseAlert(tx, scope, after, {
      type: AlertType.HOT_LEAD,
      severity: AlertSeverity.HIGH,
      title: `${lead.name} is now a hot lead (score ${lead.score})`,
      body: reason,
      subjectType: 'Lead',
      subjectId: lead.id,
      dedupKey: `hot-lead:${lead.id}`,
    });
    after.publish('hotLead', { organizationId: scope.organizationId, leadId: lead.id, alertId: alert.alertId, score: lead.score, reason, at: new Date().toISOString() });
  }
  return { before, after: lead.score, temperatureBefore, temperatureAfter: lead.temperature, becameHot };
}

/** The lead fields the profile rules read (a Lead, or a summary of one before an update). */
export interface ProfileFields {
  email?: string | null;
  phone?: string | null;
  company?: string | null;
  budgetCents?: number | null;
  source: string;
}

/** Profile rules: what a salesperson would count before any call. Each names what earns it and what losing it reads as. */
const PROFILE_RULES: Array<{ applies: (l: ProfileFields) => boolean; points: number; earned: string; lost: string }> = [
  { applies: (l) => !!l.email, points: 5, earned: 'email address on file', lost: 'email address removed' },
  { applies: (l) => !!l.phone, points: 10, earned: 'phone number on file', lost: 'phone number removed' },
  { applies: (l) => !!l.company, points: 5, earned: 'company named', lost: 'company removed' },
  { applies: (l) => (l.budgetCents ?? 0) > 0, points: 15, earned: 'stated a budget', lost: 'budget removed' },
  { applies: (l) => ['CALL', 'PARTNER'].includes(l.source), points: 10, earned: 'came in by phone or a partner referral', lost: 'no longer a phone or partner lead' },
];

/** The lead fields the profile rules read: a change to one of them re-derives the profile score. */
export const PROFILE_FIELDS: ReadonlyArray<keyof ProfileFields> = ['email', 'phone', 'company', 'budgetCents', 'source'];

/** The profile-score job for a new lead. Idempotent: it only brings the profile score to what the fields earn. */
export async function scoreNewLead(tx: EntityManager, scope: Scope, after: AfterCommit, leadId: string): Promise<void> {
  const lead = await tx.findOne(Lead, leadId);
  if (lead) await rederiveProfileScore(tx, scope, after, lead);
}

/**
 * Brings the lead's profile score to what its fields earn now. The first time
 * each rule gets its own event ("+5 company named"); afterwards the
 * difference between what the rules give and what PROFILE events already
 * gave is one event naming the rules that flipped ("-5 company removed").
 * `previous` is the lead as it was before an update, to say what changed.
 */
export async function rederiveProfileScore(tx: EntityManager, scope: Scope, after: AfterCommit, lead: Lead, previous?: ProfileFields): Promise<ScoreChange | null> {
  // The profile job and an update of a just-created lead may run at once: take the lead's row lock,
  // then read its score and profile events as committed, so neither counts a rule twice.
  const [row] = await tx.execute<Array<{ score: number; temperature: LeadTemperature }>>('select "score", "temperature" from "lead" where "id" = ? for update', [lead.id]);
  if (!row) return null;
  Object.assign(lead, { score: row.score, temperature: row.temperature });
  const given = await tx.find(ScoreEvent, { lead: lead.id, source: 'PROFILE' }, { refresh: true });
  const earned = PROFILE_RULES.filter((r) => r.applies(lead));
  if (given.length === 0) {
    return applyScoreChanges(tx, scope, after, lead, earned.map((r) => ({ delta: r.points, reason: `+${r.points} ${r.earned}`, source: 'PROFILE' })));
  }
  const delta = earned.reduce((sum, r) => sum + r.points, 0) - given.reduce((sum, e) => sum + e.delta, 0);
  if (delta === 0) return null;
  const was = previous ? PROFILE_RULES.filter((r) => r.applies(previous)) : [];
  const flipped = PROFILE_RULES.flatMap((r) => (earned.includes(r) === was.includes(r) || !previous ? [] : [earned.includes(r) ? r.earned : r.lost]));
  const words = flipped.length ? flipped.join(', ') : 'profile re-scored';
  return applyScoreChanges(tx, scope, after, lead, [{ delta, reason: `${delta > 0 ? '+' : ''}${delta} ${words}`, source: 'PROFILE' }]);
}
