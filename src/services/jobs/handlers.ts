import type { EntityManager } from '@mikro-orm/postgresql';
import type { Orm } from '../../db/orm';
import { bindTenant } from '../../db/tenant-filter';
import { AlertSeverity, AlertType } from '../../entities/alert.entity';
import { raiseAlert } from '../alerts/raise-alert';
import type { AlertService } from '../alerts/alert.service';
import type { CallAnalysisService } from '../calls/call-analysis.service';
import { jobContext } from '../job-context';
import type { NotificationService } from '../notifications/notification.service';
import type { QuoteSendingService } from '../quotes/quote-sending.service';
import { scoreNewLead } from '../scoring.service';
import { SYSTEM_ACTOR, type Effects, type Scope } from '../scope';
import { inTransaction } from '../unit-of-work';
import type { JobMap, JobName, JobSet } from './job-types';
import type { QuoteDraftService } from '../quotes/quote-draft.service';
import type { QuoteService } from '../quotes/quote.service';

/** A job's unit of work: its own fork, bound to the organization the job names. */
function jobScope(orm: Orm, organizationId: string): Scope {
  const em = bindTenant(orm.em.fork() as EntityManager, organizationId);
  return { em, organizationId, actor: SYSTEM_ACTOR };
}

export interface JobServices {
  callAnalysis: CallAnalysisService;
  notifications: NotificationService;
  alerts: AlertService;
  quotes: QuoteService;
  quoteDrafts: QuoteDraftService;
  /** The recovery sweep of analyses left PENDING or RUNNING past their deadline. */
  recoverAnalyses(): Promise<unknown>;
  /** Deletes expired idempotency keys. */
  purgeIdempotencyKeys(): Promise<unknown>;
  quoteSending: QuoteSendingService;
}

/** Every handler runs inside the job context of its organization (see job-context.ts). */
function inContext<K extends JobName>(handler: (data: JobMap[K]) => Promise<void>) {
  return (data: JobMap[K]) => {
    const organizationId = (data as { organizationId?: string }).organizationId;
    return organizationId ? jobContext.run({ organizationId }, () => handler(data)) : handler(data);
  };
}

export function createJobHandlers(orm: Orm, effects: Effects, services: JobServices): JobSet {
  return { handlers: handlersOf(orm, effects, services), onFinalFailure: finalFailuresOf(orm, services) };
}

/**
 * What a job that will never run again leaves behind: without these, a call
 * whose analysis job died stays PENDING forever and a delivery stays PENDING.
 */
function finalFailuresOf(orm: Orm, services: JobServices): JobSet['onFinalFailure'] {
  const analysisFailed = ({ organizationId, callId }: { organizationId: string; callId: string }, reason: string) =>
    services.callAnalysis.markFailed(jobScope(orm, organizationId), callId, reason);
  return {
    'analyze-call': analysisFailed,
    'transcribe-call': analysisFailed,
    'deliver-notification': ({ organizationId, deliveryId }, reason) => services.notifications.markFailed(jobScope(orm, organizationId), deliveryId, reason),
    'send-quote-email': (data, reason) => services.quoteSending.emailFailed(jobScope(orm, data.organizationId), data, reason),
    'draft-quote': ({ organizationId, quoteId }, reason) => services.quoteDrafts.markFailed(jobScope(orm, organizationId), quoteId, `The draft could not be written: ${reason}`),
  };
}

function handlersOf(orm: Orm, effects: Effects, services: JobServices): JobSet['handlers'] {
  return {
    'score-new-lead': inContext<'score-new-lead'>(async ({ organizationId, leadId }) => {
      const scope = jobScope(orm, organizationId);
      await inTransaction(scope.em, effects, (tx, after) => scoreNewLead(tx, scope, after, leadId));
    }),
    'analyze-call': inContext<'analyze-call'>(({ organizationId, callId }) => services.callAnalysis.runFinalAnalysis(jobScope(orm, organizationId), callId)),
    'transcribe-call': inContext<'transcribe-call'>(({ organizationId, callId }) => services.callAnalysis.runTranscription(jobScope(orm, organizationId), callId)),
    'notify-alert': inContext<'notify-alert'>(({ organizationId, alertId, level }) => services.notifications.planDeliveries(jobScope(orm, organizationId), alertId, level)),
    'deliver-notification': inContext<'deliver-notification'>(({ organizationId, deliveryId }) => services.notifications.deliver(jobScope(orm, organizationId), deliveryId)),
    'escalation-check': async () => {
      await services.alerts.escalateDue(orm);
    },
    'recover-analysis': async () => {
      await services.recoverAnalyses();
    },
    'purge-idempotency-keys': async () => {
      await services.purgeIdempotencyKeys();
    },
    'send-quote-email': inContext<'send-quote-email'>((data) => services.quoteSending.deliverEmail(jobScope(orm, data.organizationId), data)),
    'draft-quote': inContext<'draft-quote'>(({ organizationId, quoteId }) => services.quoteDrafts.run(jobScope(orm, organizationId), quoteId)),
    'expire-quotes': async () => {
      await services.quotes.expireDue(orm);
    },
    'circuit-open-alert': inContext<'circuit-open-alert'>(async ({ organizationId, circuit, consecutiveFailures, lastFailure }) => {
      const scope = jobScope(orm, organizationId);
      await inTransaction(scope.em, effects, (tx, after) =>
        raiseAlert(tx, scope, after, {
          type: AlertType.CIRCUIT_OPEN,
          severity: AlertSeverity.HIGH,
          title: `${circuit} is failing: calls to it are paused`,
          body: `${consecutiveFailures} failures in a row${lastFailure ? `; last: ${lastFailure}` : ''}`,
          subjectType: 'Dependency',
          subjectId: circuit,
          dedupKey: `circuit-open:${circuit}`,
        }),
      );
    }),
  };
}
