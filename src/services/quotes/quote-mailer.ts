import nodemailer from 'nodemailer';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Organization } from '../../entities/organization.entity';
import { OutboxEmail } from '../../entities/outbox-email.entity';

export interface QuoteEmail {
  organizationId: string;
  to: string;
  subject: string;
  text: string;
  attachment: { filename: string; content: Buffer };
}

/**
 * The quote email, sent by the `send-quote-email` job (so it leaves only
 * after the send committed, and a failure retries without touching the
 * quote). SMTP when SMTP_URL is set; otherwise the outbox_email table an
 * operator reads with `npm run mail:outbox` — that table keeps text only,
 * so the PDF is not kept there (it stays downloadable from the quote).
 */
export class QuoteMailer {
  private readonly transport: nodemailer.Transporter | null;

  constructor(
    smtpUrl: string | undefined,
    private readonly from: string,
  ) {
    this.transport = smtpUrl ? nodemailer.createTransport(smtpUrl) : null;
  }

  /** Throws when SMTP refuses or cannot be reached: the job retries. */
  async send(em: EntityManager, mail: QuoteEmail): Promise<'smtp' | 'outbox'> {
    if (this.transport) {
      await this.transport.sendMail({
        from: this.from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        attachments: [{ filename: mail.attachment.filename, content: mail.attachment.content, contentType: 'application/pdf' }],
      });
      return 'smtp';
    }
    em.create(OutboxEmail, { organization: em.getReference(Organization, mail.organizationId), to: mail.to, subject: mail.subject, text: `${mail.text}\n\n[attachment not kept in the outbox: ${mail.attachment.filename}]` });
    await em.flush();
    return 'outbox';
  }

  close(): void {
    this.transport?.close();
  }
}
