import type { EntityManager } from '@mikro-orm/postgresql';
import { Alert, AlertStatus } from '../../entities/alert.entity';
import { BadUserInputError, NotFoundError } from '../../errors';
import { bindTenant } from '../../db/tenant-filter';
import type { Orm } from '../../db/orm';
import { recordAudit } from '../audit.service';
import type { Clock } from '../clock';
import { isUuid } from '../lead.service';
import type { AlertChange } from '../pubsub/events';
import type { Effects, Scope } from '../scope';
import { inTransaction, type AfterCommit } from '../unit-of-work';

/** Escalation tops out here: 1 owner of the lead, 2 admins, 3 owners. */
export const MAX_ESCALATION_LEVEL = 3;
const MAX_SNOOZE_MS = 7 * 24 * 3600_000;

function publishChange(after: AfterCommit, scope: Scope, alertId: string, change: AlertChange): void {
  after.publish('alertUpdated', { organizationId: scope.organizationId, alertId, change, at: new Date().toISOString() });
}

/** What people do with alerts, and the escalation of those nobody acknowledges. */
export class AlertService {
  constructor(
    private readonly effects: Effects,
    private readonly clock: Clock,
  ) {}

  acknowledge(scope: Scope, id: string): Promise<Alert> {
    return this.transition(scope, id, 'ACKNOWLEDGED', (alert) => {
      if (alert.status !== AlertStatus.OPEN) return false;
      alert.status = AlertStatus.ACKNOWLEDGED;
      alert.acknowledgedAt = this.clock.now();
      alert.acknowledgedBy = scope.actor.id ?? undefined;
      return true;
    });
  }

  resolve(scope: Scope, id: string): Promise<Alert> {
    return this.transition(scope, id, 'RESOLVED', (alert) => {
      if (alert.status === AlertStatus.RESOLVED) return false;
      alert.status = AlertStatus.RESOLVED;
      alert.resolvedAt = this.clock.now();
      alert.resolvedBy = scope.actor.id ?? undefined;
      return true;
    });
  }

  /** Quiet until `until`: no escalation, no notifications; the escalation clock restarts then. */
  snooze(scope: Scope, id: string, until: Date): Promise<Alert> {
    const now = this.clock.now();
    if (until <= now || until.getTime() - now.getTime() > MAX_SNOOZE_MS) throw BadUserInputError.forField('input.until', 'must be in the future, at most 7 days ahead');
    return this.transition(scope, id, 'SNOOZED', (alert) => {
      if (alert.status === AlertStatus.RESOLVED) throw BadUserInputError.forField('input.id', 'a resolved alert cannot be snoozed');
      alert.snoozedUntil = until;
      alert.escalatedAt = until;
      return true;
    });
  }

  private transition(scope: Scope, id: string, change: AlertChange, apply: (alert: Alert) => boolean): Promise<Alert> {
    return inTransaction(scope.em, this.effects, async (tx, after) => {
      const alert = isUuid(id) ? await tx.findOne(Alert, id) : null;
      if (!alert) throw new NotFoundError('Alert', id);
      const before = { status: alert.status, snoozedUntil: alert.snoozedUntil?.toISOString() ?? null };
      if (!apply(alert)) return alert;
      recordAudit(tx, scope, { action: `alert.${change.toLowerCase()}`, entityType: 'Alert', entityId: alert.id, before, after: { status: alert.status, snoozedUntil: alert.snoozedUntil?.toISOString() ?? null } });
      publishChange(after, scope, alert.id, change);
      return alert;
    });
  }

  /**
   * The escalation-check job, across organizations: every OPEN, unsnoozed
   * alert that waited its severity's minutes goes up one level and notifies
   * that level. A compare-and-set on the level makes one process win when
   * several workers check at once.
   */
  async escalateDue(orm: Orm, now = this.clock.now()): Promise<number> {
    const due = await (orm.em.fork() as EntityManager).getConnection().execute<Array<{ id: string; organization_id: string; escalation_level: number }>>(
      `select a.id, a.organization_id, a.escalation_level
         from alert a join organization o on o.id = a.organization_id
        where a.status = 'OPEN' and a.escalation_level < ?
          and (a.snoozed_until is null or a.snoozed_until <= ?)
          and (o.alert_settings -> 'escalationMinutes' ->> a.severity::text) is not null
          and a.escalated_at + make_interval(mins => (o.alert_settings -> 'escalationMinutes' ->> a.severity::text)::int) <= ?
        order by a.escalated_at
        limit 500`,
      [MAX_ESCALATION_LEVEL, now, now],
    );
    let escalated = 0;
    for (const row of due) {
      const scope: Scope = { em: bindTenant(orm.em.fork() as EntityManager, row.organization_id), organizationId: row.organization_id, actor: { type: 'SYSTEM', id: 'escalation' } };
      const won = await inTransaction(scope.em, this.effects, async (tx, after) => {
        const updated = await tx.execute<Array<{ escalation_level: number }>>(
          `update alert set escalation_level = escalation_level + 1, escalated_at = ?, updated_at = now()
            where id = ? and escalation_level = ? and status = 'OPEN' returning escalation_level`,
          [now, row.id, row.escalation_level],
        );
        const level = updated[0]?.escalation_level;
        if (!level) return false;
        after.enqueue('notify-alert', { organizationId: row.organization_id, alertId: row.id, level }, { jobId: `notify-${row.id}-${level}` });
        publishChange(after, scope, row.id, 'ESCALATED');
        return true;
      });
      if (won) escalated++;
    }
    return escalated;
  }
}
