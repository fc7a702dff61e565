import type { Config } from '../../config';
import type { Orm } from '../../db/orm';
import type { Clock } from '../clock';
import type { Effects } from '../scope';
import { ContractService } from './contract.service';
import { DocumentTemplateService } from './documents/document-template.service';
import { PublicAcceptanceService } from './public-acceptance.service';
import { QuoteMailer } from './quote-mailer';
import { QuoteSendingService } from './quote-sending.service';
import type { QuoteService } from './quote.service';
import { LinkSigner } from './signed-links';

/**
 * The documents side of quoting, one facade for the composition root:
 * sending (documents + email), the customer's public page, contracts, and
 * the organization's document templates, sharing one link signer.
 */
export class QuoteDocuments {
  readonly signer: LinkSigner;
  readonly sending: QuoteSendingService;
  readonly publicPage: PublicAcceptanceService;
  readonly contracts: ContractService;
  readonly templates: DocumentTemplateService;
  private readonly mailer: QuoteMailer;

  constructor(orm: Orm, effects: Effects, clock: Clock, quotes: QuoteService, config: Config, fallbackSecret: Uint8Array) {
    const settings = config.quoteDocuments;
    this.signer = new LinkSigner(settings.linkSecret ?? Buffer.from(fallbackSecret));
    this.mailer = new QuoteMailer(config.smtpUrl, settings.emailFrom);
    this.sending = new QuoteSendingService(effects, clock, quotes, this.signer, this.mailer, settings, config.accountEmail.appBaseUrl);
    this.publicPage = new PublicAcceptanceService(orm, effects, clock, this.signer);
    this.contracts = new ContractService(effects, clock, quotes, settings);
    this.templates = new DocumentTemplateService(effects);
  }

  close(): void {
    this.mailer.close();
  }
}
