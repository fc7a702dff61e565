import { ActionItem, ActionItemStatus } from '../../entities/action-item.entity';
import { Appointment, AppointmentStatus } from '../../entities/appointment.entity';
import { BadUserInputError, NotFoundError } from '../../errors';
import { recordAudit } from '../audit.service';
import { isUuid } from '../lead.service';
import type { Effects, Scope } from '../scope';
import { inTransaction } from '../unit-of-work';

/** What people do with what a call produced: action items and proposed appointments. */
export class FollowUpService {
  constructor(private readonly effects: Effects) {}

  async updateActionItem(scope: Scope, id: string, patch: { description?: string; dueAt?: Date | null; status?: ActionItemStatus }): Promise<ActionItem> {
    return inTransaction(scope.em, this.effects, async (tx) => {
      const item = isUuid(id) ? await tx.findOne(ActionItem, id) : null;
      if (!item) throw new NotFoundError('ActionItem', id);
      const before = { description: item.description, dueAt: item.dueAt?.toISOString() ?? null, status: item.status };
      if (patch.description !== undefined) item.description = patch.description.trim();
      if (patch.dueAt !== undefined) item.dueAt = patch.dueAt ?? undefined;
      if (patch.status !== undefined) {
        item.status = patch.status;
        item.completedAt = patch.status === ActionItemStatus.DONE ? (item.completedAt ?? new Date()) : undefined;
      }
      const after = { description: item.description, dueAt: item.dueAt?.toISOString() ?? null, status: item.status };
      if (JSON.stringify(before) !== JSON.stringify(after)) item.touchedAt = new Date(); // a re-analysis leaves it alone from now on
      recordAudit(tx, scope, { action: 'actionItem.update', entityType: 'ActionItem', entityId: item.id, before, after });
      return item;
    });
  }

  async setAppointmentStatus(scope: Scope, id: string, status: AppointmentStatus.CONFIRMED | AppointmentStatus.CANCELED): Promise<Appointment> {
    return inTransaction(scope.em, this.effects, async (tx) => {
      const appointment = isUuid(id) ? await tx.findOne(Appointment, id) : null;
      if (!appointment) throw new NotFoundError('Appointment', id);
      if (appointment.status === status) return appointment;
      const allowed = status === AppointmentStatus.CONFIRMED ? [AppointmentStatus.PROPOSED] : [AppointmentStatus.PROPOSED, AppointmentStatus.CONFIRMED];
      if (!allowed.includes(appointment.status)) throw BadUserInputError.forField('id', `a ${appointment.status} appointment cannot become ${status}`);
      const before = appointment.status;
      appointment.status = status;
      appointment.touchedAt = new Date();
      recordAudit(tx, scope, { action: `appointment.${status === AppointmentStatus.CONFIRMED ? 'confirm' : 'cancel'}`, entityType: 'Appointment', entityId: appointment.id, before: { status: before }, after: { status } });
      return appointment;
    });
  }
}
