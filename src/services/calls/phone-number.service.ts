import { Organization } from '../../entities/organization.entity';
import { PhoneNumber } from '../../entities/phone-number.entity';
import { ConflictError, NotFoundError } from '../../errors';
import { recordAudit } from '../audit.service';
import { isUuid } from '../lead.service';
import { toE164 } from '../lead-input';
import type { Effects, Scope } from '../scope';
import { inTransaction } from '../unit-of-work';

export interface PhoneNumberFields {
  label?: string;
  purpose?: string;
  forwardTo?: string | null;
}

/** The organization's Twilio numbers; inbound webhooks find the organization through them. */
export class PhoneNumberService {
  constructor(private readonly effects: Effects) {}

  async create(scope: Scope, e164: string, fields: PhoneNumberFields): Promise<PhoneNumber> {
    const number = toE164(e164, 'input.e164');
    const forwardTo = fields.forwardTo ? toE164(fields.forwardTo, 'input.forwardTo') : undefined;
    return inTransaction(scope.em, this.effects, async (tx) => {
      if (await tx.count(PhoneNumber, { e164: number }, { filters: false })) throw new ConflictError('This number is already registered', 'input.e164');
      const row = tx.create(PhoneNumber, { organization: tx.getReference(Organization, scope.organizationId), e164: number, label: fields.label ?? '', purpose: (fields.purpose ?? 'SALES').toUpperCase(), forwardTo });
      recordAudit(tx, scope, { action: 'phoneNumber.create', entityType: 'PhoneNumber', entityId: row.id, after: { e164: number, forwardTo: forwardTo ?? null } });
      return row;
    });
  }

  async update(scope: Scope, id: string, fields: PhoneNumberFields): Promise<PhoneNumber> {
    const forwardTo = fields.forwardTo ? toE164(fields.forwardTo, 'input.forwardTo') : fields.forwardTo;
    return inTransaction(scope.em, this.effects, async (tx) => {
      const row = isUuid(id) ? await tx.findOne(PhoneNumber, id) : null;
      if (!row) throw new NotFoundError('PhoneNumber', id);
      const before = { label: row.label, purpose: row.purpose, forwardTo: row.forwardTo ?? null };
      if (fields.label !== undefined) row.label = fields.label;
      if (fields.purpose !== undefined) row.purpose = fields.purpose.toUpperCase();
      if (forwardTo !== undefined) row.forwardTo = forwardTo ?? undefined;
      recordAudit(tx, scope, { action: 'phoneNumber.update', entityType: 'PhoneNumber', entityId: row.id, before, after: { label: row.label, purpose: row.purpose, forwardTo: row.forwardTo ?? null } });
      return row;
    });
  }

  async delete(scope: Scope, id: string): Promise<string> {
    return inTransaction(scope.em, this.effects, async (tx) => {
      const row = isUuid(id) ? await tx.findOne(PhoneNumber, id) : null;
      if (!row) throw new NotFoundError('PhoneNumber', id);
      recordAudit(tx, scope, { action: 'phoneNumber.delete', entityType: 'PhoneNumber', entityId: row.id, before: { e164: row.e164 } });
      tx.remove(row);
      return row.id;
    });
  }
}
