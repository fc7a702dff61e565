import Handlebars from 'handlebars';
import { QuoteDocumentKind, type QuoteDocumentModel } from './document-model';
import { formatDate, formatInstant, formatMoney } from './format';

/**
 * Per-organization text blocks of the four documents, written in Handlebars.
 * The layout (table of lines, totals, page breaks) is the renderer's; an
 * organization changes only the words around it. Output goes into a PDF, not
 * HTML, so nothing is HTML-escaped here (the public page escapes its own output).
 */

export const TEMPLATE_BLOCKS = ['title', 'intro', 'body', 'footer'] as const;
export type TemplateBlock = (typeof TEMPLATE_BLOCKS)[number];
export type TemplateBlocks = Record<TemplateBlock, string>;

/** Longest text block an organization may store (characters). */
export const MAX_BLOCK_LENGTH = 10_000;

export const DEFAULT_TEMPLATES: Readonly<Record<QuoteDocumentKind, TemplateBlocks>> = {
  [QuoteDocumentKind.QUOTE]: {
    title: 'Quote: {{quote.title}}',
    intro: 'Prepared for {{lead.name}}{{#if lead.company}}, {{lead.company}}{{/if}} by {{organization.name}}.{{#if quote.validUntil}} This quote is valid until {{quote.validUntil}}.{{/if}}',
    body: '',
    footer: 'Version {{quote.version}} issued {{quote.issuedOn}}. Prices in {{quote.currency}}.',
  },
  [QuoteDocumentKind.SCOPE_OF_WORK]: {
    title: 'Scope of work: {{quote.title}}',
    intro: '{{organization.name}} will carry out the following work for {{lead.name}}{{#if lead.company}} ({{lead.company}}){{/if}}.{{#if quote.request}} As requested: "{{quote.request}}"{{/if}}',
    body: 'Anything not listed above is out of scope and will be quoted separately.',
    footer: 'Scope of quote version {{quote.version}}.',
  },
  [QuoteDocumentKind.TERMS]: {
    title: 'Terms and conditions',
    intro: 'These terms apply to quote "{{quote.title}}" (version {{quote.version}}) from {{organization.name}} to {{lead.name}}.',
    body: [
      '1. Prices are as stated in the quote, in {{quote.currency}}, and include the tax shown.',
      '2. The quote is valid{{#if quote.validUntil}} until {{quote.validUntil}}{{else}} until withdrawn{{/if}}; work starts after acceptance.',
      '3. Invoices are payable within 30 days of issue.',
      '4. Work outside the scope of work is agreed and quoted separately before it starts.',
    ].join('\n'),
    footer: '{{organization.name}}',
  },
  [QuoteDocumentKind.CONTRACT]: {
    title: 'Contract: {{quote.title}}',
    intro: 'This contract is between {{organization.name}} (the supplier) and {{lead.name}}{{#if lead.company}}, {{lead.company}}{{/if}} (the customer){{#if contract.startsOn}}, for the term {{contract.startsOn}} to {{contract.endsOn}}{{/if}}.',
    body: 'The supplier delivers the lines below at the prices shown; the terms and conditions of quote version {{quote.version}} apply.',
    footer: '{{#if acceptance.name}}Accepted by {{acceptance.name}} on {{acceptance.acceptedAt}} (document SHA-256 {{acceptance.documentSha256}}).{{/if}}',
  },
};

/** The values a template may use, all strings (documented in the README). */
export function templateContext(model: QuoteDocumentModel): Record<string, unknown> {
  const money = (minor: number) => formatMoney(minor, model.quote.currency);
  return {
    organization: { name: model.organization.name },
    lead: { name: model.lead.name, company: model.lead.company ?? '', email: model.lead.email ?? '' },
    quote: {
      title: model.quote.title,
      request: model.quote.request ?? '',
      version: String(model.quote.version),
      currency: model.quote.currency,
      issuedOn: formatDate(model.quote.issuedAt.toISOString().slice(0, 10)),
      validUntil: model.quote.validUntil ? formatDate(model.quote.validUntil) : '',
    },
    totals: { subtotal: money(model.totals.subtotalMinor), discount: money(model.totals.discountMinor), tax: money(model.totals.taxMinor), total: money(model.totals.totalMinor) },
    lineCount: String(model.lines.length),
    contract: model.contract ? { startsOn: formatDate(model.contract.startsOn), endsOn: formatDate(model.contract.endsOn) } : {},
    acceptance: model.acceptance
      ? { name: model.acceptance.name, acceptedAt: formatInstant(model.acceptance.acceptedAt), documentSha256: model.acceptance.documentSha256 }
      : {},
  };
}

// Compiled templates by source text: the defaults and each organization's blocks compile once per process.
const compiled = new Map<string, HandlebarsTemplateDelegate>();
const MAX_COMPILED = 2000;

function compile(source: string): HandlebarsTemplateDelegate {
  let template = compiled.get(source);
  if (!template) {
    template = Handlebars.compile(source, { noEscape: true, strict: false, knownHelpersOnly: true, knownHelpers: { if: true, unless: true, each: true, with: true } });
    if (compiled.size >= MAX_COMPILED) compiled.clear();
    compiled.set(source, template);
  }
  return template;
}

/** The organization's blocks over the defaults: an empty or missing block falls back to the default. */
export function effectiveBlocks(kind: QuoteDocumentKind, custom: Partial<TemplateBlocks> | null | undefined): TemplateBlocks {
  const defaults = DEFAULT_TEMPLATES[kind];
  const out = { ...defaults };
  for (const block of TEMPLATE_BLOCKS) {
    const text = custom?.[block];
    if (typeof text === 'string' && text.trim() !== '') out[block] = text;
  }
  return out;
}

/** Renders every block of one document. Throws TemplateError naming the block that does not compile or run. */
export function renderBlocks(blocks: TemplateBlocks, model: QuoteDocumentModel): TemplateBlocks {
  const context = templateContext(model);
  const out = {} as TemplateBlocks;
  for (const block of TEMPLATE_BLOCKS) {
    try {
      out[block] = compile(blocks[block])(context, { allowProtoPropertiesByDefault: false, allowProtoMethodsByDefault: false }).trim();
    } catch (err) {
      throw new TemplateError(block, err instanceof Error ? err.message.split('\n')[0] : String(err));
    }
  }
  return out;
}

/** A text block that is not valid Handlebars (or uses a helper we do not offer). */
export class TemplateError extends Error {
  constructor(
    readonly block: TemplateBlock,
    detail: string,
  ) {
    super(`template block "${block}" is invalid: ${detail}`);
  }
}
