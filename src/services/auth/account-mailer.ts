import nodemailer from 'nodemailer';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Organization } from '../../entities/organization.entity';
import { OutboxEmail } from '../../entities/outbox-email.entity';
import { ACROSS_TENANTS } from '../../db/tenant-filter';
import type { Logger } from '../../logger';

export interface AccountEmail {
  organizationId: string;
  to: string;
  subject: string;
  text: string;
}

/**
 * Sends account email (resets, invitations) over SMTP when SMTP_URL is set;
 * otherwise keeps it in the outbox table for an operator, so nothing leaves
 * the machine. Delivery runs after commit and is not awaited by callers: an
 * answer must not take longer when the address exists (reset requests).
 */
export class AccountMailer {
  private readonly transport: nodemailer.Transporter | null;
  private readonly pending = new Set<Promise<void>>();

  constructor(
    smtpUrl: string | undefined,
    private readonly from: string,
    private readonly forkEm: () => EntityManager,
    private readonly logger: Logger,
  ) {
    this.transport = smtpUrl ? nodemailer.createTransport(smtpUrl) : null;
  }

  /** Where messages go: "smtp" or "outbox" (shown to operators). */
  get mode(): 'smtp' | 'outbox' {
    return this.transport ? 'smtp' : 'outbox';
  }

  send(message: AccountEmail): void {
    const delivery = this.deliver(message)
      .catch((err: unknown) => this.logger.error({ err, subject: message.subject }, 'account email not delivered'))
      .finally(() => this.pending.delete(delivery));
    this.pending.add(delivery);
  }

  /** Waits for deliveries in flight (shutdown, tests). */
  async flush(): Promise<void> {
    await Promise.allSettled([...this.pending]);
  }

  private async deliver(message: AccountEmail): Promise<void> {
    if (this.transport) {
      await this.transport.sendMail({ from: this.from, to: message.to, subject: message.subject, text: message.text });
      return;
    }
    const em = this.forkEm();
    em.create(OutboxEmail, { organization: em.getReference(Organization, message.organizationId), to: message.to, subject: message.subject, text: message.text });
    await em.flush();
  }
}

/** The newest outbox messages across organizations, for the operator command. */
export function recentOutbox(em: EntityManager, limit: number): Promise<OutboxEmail[]> {
  return em.find(OutboxEmail, {}, { ...ACROSS_TENANTS, orderBy: { createdAt: 'desc' }, limit });
}
