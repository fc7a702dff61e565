import type { EntityManager } from '@mikro-orm/postgresql';
import type { Orm } from '../../db/orm';
import type { Clock } from '../clock';
import type { Effects } from '../scope';
import { inTransaction } from '../unit-of-work';

/**
 * The recovery sweep (a scheduled job): a call whose analysis stayed
 * PENDING or RUNNING past the deadline lost its job (a worker killed at the
 * wrong moment, a queue that lost its data). Queue it again: its transcript
 * is analyzed, or its recording transcribed first. Touching `updated_at`
 * gives the new job a full deadline before the sweep looks at the call again.
 */
export async function recoverStaleAnalyses(orm: Orm, effects: Effects, clock: Clock, deadlineMs: number): Promise<number> {
  const now = clock.now();
  return inTransaction(orm.em.fork() as EntityManager, effects, async (tx, after) => {
    const stale = await tx.execute<Array<{ id: string; organization_id: string; transcribe: boolean }>>(
      `update "call" c set updated_at = ?
        where c.id in (select id from "call" where analysis_status in ('PENDING', 'RUNNING') and updated_at < ? order by updated_at limit 100 for update skip locked)
        returning c.id, c.organization_id,
          (c.recording_url is not null and not exists (select 1 from transcript_segment s where s.call_id = c.id and s.is_final)) as transcribe`,
      [now, new Date(now.getTime() - deadlineMs)],
    );
    for (const call of stale) {
      const name = call.transcribe ? 'transcribe-call' : 'analyze-call';
      after.enqueue(name, { organizationId: call.organization_id, callId: call.id }, { jobId: `recover-${name}-${call.id}-${now.getTime()}` });
    }
    if (stale.length) effects.logger.warn({ calls: stale.map((c) => c.id) }, 'analysis left unfinished past its deadline: queued again');
    return stale.length;
  });
}
