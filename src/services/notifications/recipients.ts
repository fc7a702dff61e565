import type { EntityManager } from '@mikro-orm/postgresql';
import type { Alert } from '../../entities/alert.entity';
import { Call } from '../../entities/call.entity';
import { Lead } from '../../entities/lead.entity';
import { User, UserRole } from '../../entities/user.entity';

/** The person an alert is about first: the owner of the lead it concerns (directly or through a call). */
async function subjectOwner(tx: EntityManager, alert: Alert): Promise<User | null> {
  let leadId: string | undefined;
  if (alert.subjectType === 'Lead') leadId = alert.subjectId;
  if (alert.subjectType === 'Call' && alert.subjectId) leadId = (await tx.findOne(Call, alert.subjectId))?.lead?.id;
  const lead = leadId ? await tx.findOne(Lead, leadId) : null;
  const owner = lead?.owner ? await tx.findOne(User, lead.owner.id) : null;
  return owner?.active ? owner : null;
}

/**
 * Who hears about an alert at each escalation level (issue 4): 1 — the lead's
 * owner (admins when nobody owns it), 2 — admins, 3 — owners.
 */
export async function recipientsAt(tx: EntityManager, alert: Alert, level: number): Promise<User[]> {
  if (level <= 1) {
    const owner = await subjectOwner(tx, alert);
    if (owner) return [owner];
  }
  const role = level >= 3 ? UserRole.OWNER : UserRole.ADMIN;
  const users = await tx.find(User, { role, active: true }, { orderBy: { createdAt: 'asc' } });
  // An organization without admins escalates straight to its owners.
  return users.length ? users : tx.find(User, { role: UserRole.OWNER, active: true });
}
