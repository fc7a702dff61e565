import { IdempotencyKeyField } from './idempotency';
import { Node } from './node.type';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { QuoteDecisionKind } from '../entities/quote-acceptance.entity';
import { QuoteDocumentKind } from '../services/quotes/documents/document-model';
import { connectionTypes } from './connection';
import { Money } from './lead.type';
import { QuoteType } from './quote.type';

registerEnumType(QuoteDocumentKind, {
  name: 'QuoteDocumentKind',
  description: 'The documents a quote version renders',
  valuesConfig: {
    QUOTE: { description: 'The quote itself: lines, totals, validity. Emailed to the customer and accepted on the public page' },
    SCOPE_OF_WORK: { description: 'What will be done: the lines as a list of work, with the scope text' },
    TERMS: { description: "The organization's terms and conditions for this quote" },
    CONTRACT: { description: 'The contract made from an accepted quote (exists only after generateContract)' },
  },
});

registerEnumType(QuoteDecisionKind, {
  name: 'QuoteDecisionKind',
  description: "The customer's answer on the public page",
  valuesConfig: { ACCEPTED: { description: 'Accepted by typing their name' }, REJECTED: { description: 'Declined, optionally with a reason' } },
});

@ObjectType('QuoteDocument', { description: 'One stored PDF of one quote version. Never re-rendered once stored: its SHA-256 is what the customer saw' })
export class QuoteDocumentType {
  @Field(() => ID, { description: 'Document id' })
  id!: string;

  @Field(() => QuoteDocumentKind, { description: 'Which of the four documents this is' })
  kind!: QuoteDocumentKind;

  @Field(() => Int, { description: 'The quote version this document shows (1, 2, …)' })
  version!: number;

  @Field({ description: 'A signed download link, valid QUOTE_DOCUMENT_URL_TTL_SECONDS (default 15 minutes) from when this field was read; after that it answers 410, a changed link 404. No login needed: share it with care' })
  url!: string;

  @Field({ description: 'Lower-case hex SHA-256 of the PDF bytes' })
  sha256!: string;

  @Field(() => Int, { description: 'Size of the PDF in bytes' })
  sizeBytes!: number;

  @Field({ description: 'When the document was rendered' })
  createdAt!: Date;
}

@ObjectType('QuoteDecision', { description: "The customer's recorded answer to one sent version" })
export class QuoteDecisionType {
  @Field(() => QuoteDecisionKind, { description: 'Accepted or rejected' })
  decision!: QuoteDecisionKind;

  @Field(() => Int, { description: 'The version that was answered' })
  version!: number;

  @Field(() => String, { nullable: true, description: 'The name the customer typed to accept; null for a rejection' })
  name!: string | null;

  @Field(() => String, { nullable: true, description: 'Why the customer declined, as they wrote it; null when accepted or not given' })
  reason!: string | null;

  @Field({ description: 'When the customer answered' })
  decidedAt!: Date;

  @Field({ description: 'The IP address the answer came from (the TCP peer; no forwarded headers are trusted)' })
  ip!: string;

  @Field(() => String, { nullable: true, description: "The browser's User-Agent header, as sent" })
  userAgent!: string | null;

  @Field({ description: 'SHA-256 of the QUOTE document of that version: the exact PDF the customer was shown' })
  documentSha256!: string;
}

@ObjectType('ContractParty', { description: 'One party of a contract, as it was when the contract was made' })
export class ContractPartyType {
  @Field({ description: 'Person or organization name' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Company, when known' })
  company!: string | null;

  @Field(() => String, { nullable: true, description: 'Email address, when known' })
  email!: string | null;
}

@ObjectType('ContractLine', { description: 'One line of a contract, copied from the accepted quote version' })
export class ContractLineType {
  @Field({ description: 'What is delivered' })
  description!: string;

  @Field({ description: 'Quantity as an exact decimal, e.g. "1.5"' })
  quantity!: string;

  @Field({ description: 'Unit of the quantity (each, hour, metre, drop…)' })
  unit!: string;

  @Field(() => Money, { description: 'Price of one unit' })
  unitPrice!: Money;

  @Field(() => Money, { description: 'Line discount (zero when none)' })
  discount!: Money;

  @Field({ description: 'Tax rate in percent, exact decimal, e.g. "20"' })
  taxRatePercent!: string;

  @Field(() => Money, { description: 'Quantity × unit price − line discount, before tax and the quote discount' })
  lineTotal!: Money;
}

@ObjectType('Contract', { implements: Node, description: 'What an accepted quote became: parties, lines and totals frozen at acceptance, the acceptance itself, and a term' })
export class ContractType {
  @Field(() => ID, { description: 'Contract id (a UUID, also usable with node(id:))' })
  id!: string;

  @Field(() => ID, { description: 'The accepted quote' })
  quoteId!: string;

  @Field(() => ID, { description: 'The lead (customer) of the quote' })
  leadId!: string;

  @Field(() => Int, { description: 'The accepted quote version' })
  version!: number;

  @Field({ description: 'The quote title at acceptance' })
  title!: string;

  @Field(() => ContractPartyType, { description: 'The organization' })
  supplier!: ContractPartyType;

  @Field(() => ContractPartyType, { description: 'The customer' })
  customer!: ContractPartyType;

  @Field(() => [ContractLineType], { description: 'The accepted lines, in order (at most 200)' })
  lines!: ContractLineType[];

  @Field(() => Money, { description: 'Sum of the lines after their own discounts' })
  subtotal!: Money;

  @Field(() => Money, { description: 'The quote discount' })
  discount!: Money;

  @Field(() => Money, { description: 'Tax over all lines' })
  tax!: Money;

  @Field(() => Money, { description: 'What the customer pays' })
  total!: Money;

  @Field({ description: 'First day of the term, YYYY-MM-DD (organization calendar)' })
  startsOn!: string;

  @Field({ description: 'Last day of the term, inclusive, YYYY-MM-DD' })
  endsOn!: string;

  @Field(() => QuoteDecisionType, { description: 'The acceptance the contract rests on' })
  acceptance!: QuoteDecisionType;

  @Field(() => ID, { nullable: true, description: 'The newest renewal quote made from this contract (generateQuoteFromContract)' })
  renewalQuoteId!: string | null;

  @Field(() => Int, { description: 'How many renewal quotes were made from this contract' })
  renewals!: number;

  @Field(() => QuoteDocumentType, { nullable: true, description: 'The contract PDF' })
  document!: QuoteDocumentType | null;

  @Field({ description: 'When the contract was made' })
  createdAt!: Date;
}

export const { Connection: ContractConnection } = connectionTypes(ContractType, 'Contract');

@ObjectType('DocumentTemplateBlocks', { description: 'The four Handlebars text blocks of a document (see README, "Quote documents and the public page")' })
export class DocumentTemplateBlocksType {
  @Field(() => String, { nullable: true, description: 'Heading under the organization name' })
  title!: string | null;

  @Field(() => String, { nullable: true, description: 'Paragraph before the lines' })
  intro!: string | null;

  @Field(() => String, { nullable: true, description: 'Paragraph after the lines (terms: the terms themselves)' })
  body!: string | null;

  @Field(() => String, { nullable: true, description: 'Small print at the end' })
  footer!: string | null;
}

@ObjectType('DocumentTemplate', { description: "One document kind's template: the organization's own blocks (null: the default) and the defaults" })
export class DocumentTemplateType {
  @Field(() => QuoteDocumentKind, { description: 'The document these blocks are for' })
  kind!: QuoteDocumentKind;

  @Field(() => DocumentTemplateBlocksType, { description: "The organization's blocks; a null block uses the default" })
  custom!: DocumentTemplateBlocksType;

  @Field(() => DocumentTemplateBlocksType, { description: 'The built-in blocks' })
  defaults!: DocumentTemplateBlocksType;
}

@InputType({ description: 'Send a quote: freezes its current version, renders its documents, and emails the lead after commit' })
export class SendQuoteInput {
  @IdempotencyKeyField()
  idempotencyKey?: string | null;

  @Field(() => ID, { description: 'The DRAFT quote to send (or a SENT one, to send its version again)' })
  quoteId!: string;

  @Field(() => String, { nullable: true, description: 'A personal note at the top of the email, at most 5,000 characters' })
  message?: string | null;
}

@ObjectType({ description: 'The result of sendQuote' })
export class SendQuotePayload {
  @Field(() => QuoteType, { description: 'The quote, now SENT' })
  quote!: unknown;

  @Field(() => ID, { description: 'Id of the quote' })
  quoteId!: string;

  @Field(() => Int, { description: 'The version that was sent (frozen from now on)' })
  version!: number;

  @Field(() => [QuoteDocumentType], { description: 'The QUOTE, SCOPE_OF_WORK and TERMS documents of that version' })
  documents!: QuoteDocumentType[];

  @Field({ description: "The customer's page, /q/{token}: signed, unguessable; the same link is in the email" })
  publicUrl!: string;

  @Field({ description: 'When the public link stops working (410): the end of the validity plus QUOTE_LINK_TTL_DAYS' })
  publicUrlExpiresAt!: Date;
}

@InputType({ description: 'Make the contract of an accepted quote' })
export class GenerateContractInput {
  @Field(() => ID, { description: 'An ACCEPTED quote without a contract' })
  quoteId!: string;

  @Field(() => String, { nullable: true, description: 'First day of the term, YYYY-MM-DD; default: the day of acceptance' })
  startsOn?: string | null;

  @Field(() => String, { nullable: true, description: 'Last day of the term, inclusive, YYYY-MM-DD; default: one year from startsOn, less a day' })
  endsOn?: string | null;
}

@ObjectType({ description: 'The result of generateContract' })
export class ContractPayload {
  @Field(() => ContractType, { description: 'The contract' })
  contract!: ContractType;
}

@InputType({ description: 'Make a renewal quote (DRAFT) from a contract' })
export class GenerateQuoteFromContractInput {
  @Field(() => ID, { description: 'The contract to renew' })
  contractId!: string;

  @Field(() => String, { nullable: true, description: 'Title of the new quote; default "Renewal: <contract title>"' })
  title?: string | null;
}

@ObjectType({ description: 'The result of generateQuoteFromContract' })
export class RenewalQuotePayload {
  @Field(() => ID, { description: 'The new DRAFT quote, with the contract lines at their contracted prices' })
  quoteId!: string;

  @Field(() => ContractType, { description: 'The contract, now pointing at its renewal' })
  contract!: ContractType;
}

@InputType({ description: "Change an organization's template of one document kind. Omitted blocks stay; null or blank goes back to the default" })
export class UpdateDocumentTemplateInput {
  @Field(() => QuoteDocumentKind, { description: 'The document whose blocks to set' })
  kind!: QuoteDocumentKind;

  @Field(() => String, { nullable: true, description: 'Handlebars, at most 10,000 characters' })
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'Handlebars, at most 10,000 characters' })
  intro?: string | null;

  @Field(() => String, { nullable: true, description: 'Handlebars, at most 10,000 characters' })
  body?: string | null;

  @Field(() => String, { nullable: true, description: 'Handlebars, at most 10,000 characters' })
  footer?: string | null;
}

@ObjectType({ description: 'The result of updateDocumentTemplate' })
export class DocumentTemplatePayload {
  @Field(() => DocumentTemplateType, { description: 'The template as stored' })
  template!: DocumentTemplateType;
}
