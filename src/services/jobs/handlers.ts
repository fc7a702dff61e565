import type { EntityManager } from '@mikro-orm/postgresql';
import type { Orm } from '../../db/orm';
import { bindTenant } from '../../db/tenant-filter';
import type { CallAnalysisService } from '../calls/call-analysis.service';
import { scoreNewLead } from '../scoring.service';
import { SYSTEM_ACTOR, type Effects, type Scope } from '../scope';
import { inTransaction } from '../unit-of-work';
import type { JobHandlers } from './job-types';

/** A job's unit of work: its own fork, bound to the organization the job names. */
function jobScope(orm: Orm, organizationId: string): Scope {
  const em = bindTenant(orm.em.fork() as EntityManager, organizationId);
  return { em, organizationId, actor: SYSTEM_ACTOR };
}

export function createJobHandlers(orm: Orm, effects: Effects, services: { callAnalysis: CallAnalysisService }): JobHandlers {
  return {
    async 'score-new-lead'({ organizationId, leadId }) {
      const scope = jobScope(orm, organizationId);
      await inTransaction(scope.em, effects, (tx, after) => scoreNewLead(tx, scope, after, leadId));
    },
    async 'analyze-call'({ organizationId, callId }) {
      await services.callAnalysis.runFinalAnalysis(jobScope(orm, organizationId), callId);
    },
    async 'transcribe-call'({ organizationId, callId }) {
      await services.callAnalysis.runTranscription(jobScope(orm, organizationId), callId);
    },
  };
}
