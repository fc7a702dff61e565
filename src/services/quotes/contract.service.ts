import type { EntityManager } from '@mikro-orm/postgresql';
import type { Config } from '../../config';
import { Contract } from '../../entities/contract.entity';
import { Lead } from '../../entities/lead.entity';
import { Organization } from '../../entities/organization.entity';
import { QuoteAcceptance, QuoteDecisionKind } from '../../entities/quote-acceptance.entity';
import { Quote, QuoteStatus, QuoteVersion } from '../../entities/quote.entity';
import { BadUserInputError, ConflictError, NotFoundError } from '../../errors';
import { addDays, compareDays, type CalendarDay } from '../ai/local/zoned-time';
import { recordAudit } from '../audit.service';
import type { Clock } from '../clock';
import { findPage, type Page, type PageArgs } from '../pagination';
import type { Effects, Scope } from '../scope';
import { inTransaction } from '../unit-of-work';
import { isUuid } from '../uuid';
import { QuoteDocumentKind } from './documents/document-model';
import { documentModelOf } from './documents/map-quote';
import { storeDocuments } from './documents/quote-documents.service';
import type { DiscountInput, QuoteLineInput } from './quote-input';
import type { Discount } from './quote-money';
import { formatScaled } from './quote-money';
import { discountOfRow } from './quote-versions';
import { findQuoteOrFail, linesOf, type QuoteService } from './quote.service';
import { dayAt, formatDay, parseCalendarDay } from './valid-until';

export interface GenerateContractInput {
  quoteId: string;
  /** YYYY-MM-DD; default: the day of acceptance in the organization's zone. */
  startsOn?: string | null;
  /** YYYY-MM-DD, inclusive; default: the day before the first anniversary of `startsOn`. */
  endsOn?: string | null;
}

export interface GenerateQuoteFromContractInput {
  contractId: string;
  /** Default: "Renewal: <contract title>". */
  title?: string | null;
}

export async function findContractOrFail(em: EntityManager, id: string): Promise<Contract> {
  const contract = isUuid(id) ? await em.findOne(Contract, id) : null;
  if (!contract) throw new NotFoundError('Contract', id);
  return contract;
}

export function findContracts(em: EntityManager, args: PageArgs, maxPageSize: number): Promise<Page<Contract>> {
  // Read-path rows (db/read-rows.ts): scalars by name, references as <name>Id; field resolvers use refId.
  return findPage(em, Contract, () => ({}), { createdAt: 'desc' }, args, maxPageSize, null) as unknown as Promise<Page<Contract>>;
}

/**
 * Contracts: made from an accepted quote (a frozen copy of the accepted
 * version's parties, lines and totals, the acceptance, a term) with its
 * CONTRACT document; and a renewal quote (DRAFT) made from a contract.
 */
export class ContractService {
  constructor(
    private readonly effects: Effects,
    private readonly clock: Clock,
    private readonly quotes: QuoteService,
    private readonly settings: Config['quoteDocuments'],
  ) {}

  async generate(scope: Scope, input: GenerateContractInput): Promise<Contract> {
    return inTransaction(scope.em, this.effects, async (tx) => {
      const quote = await findQuoteOrFail(tx, input.quoteId);
      if (quote.status !== QuoteStatus.ACCEPTED || quote.sentVersion == null) throw new ConflictError(`only an ACCEPTED quote becomes a contract; this one is ${quote.status}`, 'input.quoteId');
      if (await tx.findOne(Contract, { quote: quote.id }, { fields: ['id'] })) throw new ConflictError('this quote already has a contract', 'input.quoteId');
      const acceptance = await tx.findOneOrFail(QuoteAcceptance, { quote: quote.id, version: quote.sentVersion, decision: QuoteDecisionKind.ACCEPTED });
      const organization = await tx.findOneOrFail(Organization, scope.organizationId);
      const term = termOf(input, dayAt(acceptance.decidedAt, organization.timezone));
      const lead = await tx.findOneOrFail(Lead, quote.lead.id);
      const version = await tx.findOneOrFail(QuoteVersion, { quote: quote.id, number: quote.sentVersion });
      const model = documentModelOf({ organization, lead, quote, version, lines: await linesOf(tx, version), issuedAt: acceptance.decidedAt });
      const contract = tx.create(Contract, {
        organization: quote.organization,
        quote,
        lead,
        acceptance,
        version: version.number,
        title: quote.title,
        supplier: { name: organization.name },
        customer: { name: lead.name, company: lead.company ?? null, email: lead.email ?? null },
        lines: model.lines,
        currency: quote.currency,
        subtotalMinor: version.subtotalMinor,
        discountMinor: version.discountMinor,
        taxMinor: version.taxMinor,
        totalMinor: version.totalMinor,
        startsOn: term.startsOn,
        endsOn: term.endsOn,
      });
      const withContract = { ...model, acceptance: { name: acceptance.name ?? '', acceptedAt: acceptance.decidedAt, documentSha256: acceptance.documentSha256 }, contract: term };
      await storeDocuments(tx, quote, withContract, [QuoteDocumentKind.CONTRACT], this.settings.maxDocumentBytes);
      recordAudit(tx, scope, { action: 'contract.create', entityType: 'Contract', entityId: contract.id, after: { quoteId: quote.id, version: version.number, ...term, totalMinor: version.totalMinor } });
      return contract;
    });
  }

  /** A DRAFT quote for the same lead with the contract's lines at their contracted prices (product lines keep their product). */
  async renewalQuote(scope: Scope, input: GenerateQuoteFromContractInput): Promise<Quote> {
    const contract = await findContractOrFail(scope.em, input.contractId);
    const version = await scope.em.findOneOrFail(QuoteVersion, { quote: contract.quote.id, number: contract.version });
    const lines = await linesOf(scope.em, version);
    const title = input.title?.trim() || `Renewal: ${contract.title}`.slice(0, 200);
    const quote = await this.quotes.create(scope, {
      leadId: contract.lead.id,
      currency: contract.currency,
      title,
      request: `Renewal of contract ${contract.id} (${contract.startsOn} to ${contract.endsOn})`,
      discount: discountInputOf(discountOfRow(version)),
      lines: lines.map(
        (l): QuoteLineInput => ({
          productId: l.product?.id ?? null,
          description: l.description,
          quantity: formatScaled(l.quantityMilli),
          unit: l.unit,
          unitPrice: l.unitPriceMinor ?? null,
          taxRate: formatScaled(l.taxRateMilli),
          discount: discountInputOf(discountOfRow(l)),
        }),
      ),
    });
    // A second unit of work: the renewal quote stands on its own if this bookkeeping fails.
    await inTransaction(scope.em.fork(), this.effects, async (tx) => {
      const row = await tx.findOneOrFail(Contract, contract.id);
      row.renewalQuote = tx.getReference(Quote, quote.id, { wrapped: true });
      row.renewals += 1;
      recordAudit(tx, scope, { action: 'contract.renew', entityType: 'Contract', entityId: contract.id, after: { renewalQuoteId: quote.id } });
    });
    return quote;
  }
}

function discountInputOf(d: Discount | null): DiscountInput | null {
  if (!d) return null;
  return d.kind === 'PERCENT' ? { percent: formatScaled(d.rateMilli) } : { amount: d.amountMinor };
}

/** The same day next year; 29 February's is 1 March. */
function anniversary(day: CalendarDay): CalendarDay {
  const next = { ...day, year: day.year + 1 };
  return parseCalendarDay(formatDay(next)) ?? { year: day.year + 1, month: 3, day: 1 };
}

function termOf(input: GenerateContractInput, acceptedOn: CalendarDay): { startsOn: string; endsOn: string } {
  const start = input.startsOn != null ? parseCalendarDay(input.startsOn) : acceptedOn;
  if (!start) throw BadUserInputError.forField('input.startsOn', 'must be a date YYYY-MM-DD');
  const end = input.endsOn != null ? parseCalendarDay(input.endsOn) : addDays(anniversary(start), -1);
  if (!end) throw BadUserInputError.forField('input.endsOn', 'must be a date YYYY-MM-DD');
  if (compareDays(end, start) < 0) throw BadUserInputError.forField('input.endsOn', 'must not be before startsOn');
  return { startsOn: formatDay(start), endsOn: formatDay(end) };
}
