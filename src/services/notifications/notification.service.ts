import type { EntityManager } from '@mikro-orm/postgresql';
import { Alert, AlertSeverity, AlertStatus } from '../../entities/alert.entity';
import { DeliveryChannel, DeliveryStatus, NotificationDelivery } from '../../entities/notification-delivery.entity';
import { Organization } from '../../entities/organization.entity';
import type { Clock } from '../clock';
import { MAX_ATTEMPTS } from '../jobs/job-types';
import type { Effects, Scope } from '../scope';
import { inTransaction, type AfterCommit } from '../unit-of-work';
import { PermanentDeliveryError, type ChannelSenders, type OutgoingNotification } from './channels';
import { sendableAt } from './quiet-hours';
import { recipientsAt } from './recipients';

type Plan = { channel: DeliveryChannel; recipient: string; userId?: string; skipReason?: string };

/**
 * Alert notifications (DESIGN.md §5.5): per severity routing, one delivery row
 * per channel and recipient, quiet hours for all but CRITICAL, each delivery
 * its own job so a failing channel never holds up the others.
 */
export class NotificationService {
  constructor(
    private readonly effects: Effects,
    private readonly senders: ChannelSenders,
    private readonly clock: Clock,
  ) {}

  /** The notify-alert job: who hears about `alert` at `level`, over which channels. Idempotent per (alert, level). */
  async planDeliveries(scope: Scope, alertId: string, level: number): Promise<void> {
    await inTransaction(scope.em, this.effects, async (tx, after) => {
      const alert = await tx.findOne(Alert, alertId);
      if (!alert || alert.status === AlertStatus.RESOLVED) return;
      if ((await tx.count(NotificationDelivery, { alert: alertId, escalationLevel: level })) > 0) return;
      const org = await tx.findOneOrFail(Organization, scope.organizationId);
      const plans = await this.plan(tx, alert, level, org);
      const now = this.clock.now();
      const sendAt = alert.severity === AlertSeverity.CRITICAL ? now : sendableAt(now, org.timezone, org.alertSettings.quietHours);
      for (const p of plans) this.createDelivery(tx, scope, after, alert, level, p, sendAt, now);
    });
  }

  private async plan(tx: EntityManager, alert: Alert, level: number, org: Organization): Promise<Plan[]> {
    const channels = org.alertSettings.routing[alert.severity] ?? [];
    const people = channels.some((c) => c !== 'SLACK') ? await recipientsAt(tx, alert, level) : [];
    const plans: Plan[] = [];
    for (const channel of channels) {
      if (channel === 'SLACK') {
        const url = org.alertSettings.slackWebhookUrl;
        plans.push(url ? { channel: DeliveryChannel.SLACK, recipient: url } : { channel: DeliveryChannel.SLACK, recipient: '', skipReason: 'Slack is not configured for this organization' });
        continue;
      }
      const configured = channel === 'EMAIL' ? this.senders.email : this.senders.sms;
      const kind = channel === 'EMAIL' ? DeliveryChannel.EMAIL : DeliveryChannel.SMS;
      if (!people.length) plans.push({ channel: kind, recipient: '', skipReason: 'nobody to notify at this level' });
      for (const user of people) {
        const address = channel === 'EMAIL' ? user.email : user.phone;
        const skipReason = !configured ? `${channel} is not configured` : !address ? `${user.name} has no ${channel === 'EMAIL' ? 'email' : 'phone number'}` : undefined;
        plans.push({ channel: kind, recipient: address ?? '', userId: user.id, skipReason });
      }
    }
    return plans;
  }

  private createDelivery(tx: EntityManager, scope: Scope, after: AfterCommit, alert: Alert, level: number, p: Plan, sendAt: Date, now: Date): void {
    const held = !p.skipReason && sendAt > now;
    const delivery = tx.create(NotificationDelivery, {
      organization: scope.organizationId,
      alert: alert.id,
      channel: p.channel,
      recipient: p.recipient,
      userId: p.userId,
      escalationLevel: level,
      status: p.skipReason ? DeliveryStatus.SKIPPED : held ? DeliveryStatus.HELD : DeliveryStatus.PENDING,
      lastError: p.skipReason,
      sendAfter: held ? sendAt : undefined,
    });
    if (!p.skipReason) {
      after.enqueue('deliver-notification', { organizationId: scope.organizationId, deliveryId: delivery.id }, { jobId: `deliver-${delivery.id}`, delayMs: held ? sendAt.getTime() - now.getTime() : undefined });
    }
  }

  /**
   * The deliver-notification job. Throws to be retried with backoff; the last attempt marks it FAILED.
   * At most once: the row is SENDING before it is handed to the channel, and a delivery found SENDING
   * (its worker died between handing it over and recording the outcome) is never sent again, since
   * no channel can tell us whether it arrived; it is marked FAILED saying so.
   */
  async deliver(scope: Scope, deliveryId: string): Promise<void> {
    const loaded = await scope.em.fork().findOne(NotificationDelivery, deliveryId, { populate: ['alert'] });
    if (loaded?.status === DeliveryStatus.SENDING) return this.finish(scope, deliveryId, { status: DeliveryStatus.FAILED, lastError: INTERRUPTED });
    if (!loaded || ![DeliveryStatus.PENDING, DeliveryStatus.HELD].includes(loaded.status)) return;
    const alert = loaded.alert.getEntity();
    const stop = alert.status === AlertStatus.RESOLVED ? 'alert was resolved' : alert.snoozedUntil && alert.snoozedUntil > this.clock.now() ? 'alert is snoozed' : null;
    if (stop) return this.finish(scope, deliveryId, { status: DeliveryStatus.SKIPPED, lastError: stop });
    const taken = await scope.em.fork().nativeUpdate(NotificationDelivery, { id: deliveryId, status: { $in: [DeliveryStatus.PENDING, DeliveryStatus.HELD] } }, { status: DeliveryStatus.SENDING });
    if (!taken) return;
    try {
      await this.send(loaded, messageFor(alert, deliveryId));
      await this.finish(scope, deliveryId, { status: DeliveryStatus.SENT, sentAt: new Date(), lastError: undefined }, true);
    } catch (err) {
      const attempts = loaded.attempts + 1;
      const final = err instanceof PermanentDeliveryError || attempts >= MAX_ATTEMPTS;
      const message = err instanceof Error ? err.message : String(err);
      await this.finish(scope, deliveryId, { status: final ? DeliveryStatus.FAILED : DeliveryStatus.PENDING, lastError: message.slice(0, 500) }, true);
      if (!final) throw err;
    }
  }

  /** Final failure of its job (attempts used up, or its worker died too often): FAILED with the reason, unless already settled. */
  async markFailed(scope: Scope, deliveryId: string, reason: string): Promise<void> {
    await scope.em.fork().nativeUpdate(
      NotificationDelivery,
      { id: deliveryId, status: { $in: [DeliveryStatus.PENDING, DeliveryStatus.HELD, DeliveryStatus.SENDING] } },
      { status: DeliveryStatus.FAILED, lastError: reason.slice(0, 500) },
    );
  }

  private send(delivery: NotificationDelivery, message: OutgoingNotification): Promise<void> {
    switch (delivery.channel) {
      case DeliveryChannel.EMAIL:
        return this.senders.email!(delivery.recipient, message);
      case DeliveryChannel.SMS:
        return this.senders.sms!(delivery.recipient, message);
      case DeliveryChannel.SLACK:
        return this.senders.slack(delivery.recipient, message);
      default: {
        const unknown: never = delivery.channel;
        throw new Error(`unknown channel ${String(unknown)}`);
      }
    }
  }

  private async finish(scope: Scope, deliveryId: string, patch: Partial<NotificationDelivery>, attempted = false): Promise<void> {
    const em = scope.em.fork();
    const row = await em.findOneOrFail(NotificationDelivery, deliveryId);
    em.assign(row, { ...patch, attempts: row.attempts + (attempted ? 1 : 0) });
    await em.flush();
  }
}

const INTERRUPTED = 'interrupted while being sent: it may have reached the recipient, so it is not sent again';

function messageFor(alert: Alert, deliveryId: string): OutgoingNotification {
  const level = alert.escalationLevel > 1 ? ` (escalated, level ${alert.escalationLevel})` : '';
  return {
    subject: `[${alert.severity}] ${alert.title}${level}`,
    text: [alert.body, `Alert ${alert.type} · seen ${alert.count}× · ${alert.lastSeenAt.toISOString()}`].filter(Boolean).join('\n'),
    deliveryId,
  };
}
