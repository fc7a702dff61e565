import { defaultFieldResolver, getNullableType, isListType, isObjectType, type GraphQLField, type GraphQLSchema } from 'graphql';
import { API_KEY_SCOPES, PERMISSIONS } from '../services/auth/permissions';
import { DEFAULT_PAGE_SIZE } from '../services/pagination';

/** The server settings some sizes follow (MAX_PAGE_SIZE, IMPORT_MAX_ROWS). */
export interface SizeSettings {
  maxPageSize: number;
  importMaxRows: number;
}

/**
 * How many items a list field (or a connection's page) can hold. `max` is what
 * comes back when the caller passes no size argument, and caps the argument.
 */
export interface ListSize {
  max: number | ((s: SizeSettings) => number);
  /**
   * The argument that asks for fewer: a count (`first`), or a list in the
   * input whose length the result follows (`input.leads`); with its default
   * when the schema has none. `or` names the backward twin (`last`), used when given.
   */
  argument?: { name: string; default?: number; or?: string };
}

/** How many ids one `nodes(ids:)` call may ask for; more is BAD_USER_INPUT. */
export const NODES_MAX_IDS = 100;

const page: ListSize = { max: (s) => s.maxPageSize, argument: { name: 'first', or: 'last', default: DEFAULT_PAGE_SIZE } };

/**
 * The one declaration of every list's maximum, keyed `Type.field`. The cost
 * rule (graphql/cost.ts) charges each list this size, and `enforceListSizes`
 * cuts what the resolvers return to the same size, so what is costed is what
 * can come back. A connection field declares its page; its `edges` inherit it
 * (as `importLeads` results follow its input rows).
 * test/unit/list-sizes.test.ts fails when a list field is missing here.
 */
export const LIST_SIZES: Readonly<Record<string, ListSize>> = {
  'Query.leads': page,
  'Query.calls': page,
  'Query.alerts': page,
  'Query.appointments': page,
  'Query.auditEvents': page,
  'Query.nodes': { max: NODES_MAX_IDS, argument: { name: 'ids' } },
  'Query.users': { max: 1000 },
  'Query.apiKeys': { max: 1000 },
  'Query.phoneNumbers': { max: 1000 },
  'Query.usersConnection': page,
  'Query.apiKeysConnection': page,
  'Query.phoneNumbersConnection': page,
  'Lead.calls': { max: 50, argument: { name: 'first' } },
  'Lead.callsConnection': { max: 50, argument: { name: 'first', or: 'last', default: 10 } },
  'Lead.scoreHistory': { max: 100, argument: { name: 'first' } },
  'Lead.scoreHistoryConnection': { max: 100, argument: { name: 'first', or: 'last', default: 20 } },
  'Lead.tags': { max: 50 },
  'LeadChangedEvent.changedFields': { max: 50 },
  // One result per input row: the payload's `results` follow the page of the mutation, like `edges`.
  'Mutation.importLeads': { max: (s) => s.importMaxRows, argument: { name: 'input.leads' } },
  'ImportLeadsPayload.results': { max: (s) => s.importMaxRows },
  'ImportLeadResult.errors': { max: 10 },
  'Transcript.segments': { max: 2000, argument: { name: 'first' } },
  'Transcript.segmentsConnection': { max: 500, argument: { name: 'first', or: 'last', default: 100 } },
  'Call.actionItems': { max: 50, argument: { name: 'first' } },
  'Call.appointments': { max: 20, argument: { name: 'first' } },
  'CallAnalysis.buyingSignals': { max: 50 },
  'CallAnalysis.objections': { max: 50 },
  'LiveCallAnalysisEvent.newBuyingSignals': { max: 20 },
  'LiveCallAnalysisEvent.newObjections': { max: 20 },
  'Alert.deliveries': { max: 100, argument: { name: 'first' } },
  'AiUsageReport.byDay': { max: 366 },
  'AiUsageReport.byModel': { max: 50 },
  'AiUsageReport.byOperation': { max: 20 },
  'ApiKey.scopes': { max: API_KEY_SCOPES.length },
  'Viewer.permissions': { max: PERMISSIONS.length },
  'SeverityChannels.critical': { max: 10 },
  'SeverityChannels.high': { max: 10 },
  'SeverityChannels.medium': { max: 10 },
  'SeverityChannels.low': { max: 10 },
  'SystemStatus.circuits': { max: 20 },
  'Query.contracts': page,
  'Contract.lines': { max: 200 },
  'Query.documentTemplates': { max: 4 },
  'SendQuotePayload.documents': { max: 3 },
  'Quote.documents': { max: 4 },
  // Quotes (services/quotes): versions and lines are bounded by MAX_QUOTE_LINES and one version per edit of a sent quote.
  'Query.quotes': page,
  'Query.products': page,
  'Lead.quotes': { max: 50 },
  'Quote.versions': { max: 100, argument: { name: 'first', default: 5 } },
  'QuoteVersion.lines': { max: 200 },
  'QuoteVersion.taxes': { max: 200 },
  'QuoteVersionDiff.added': { max: 200 },
  'QuoteVersionDiff.removed': { max: 200 },
  'QuoteVersionDiff.changed': { max: 200 },
  'QuoteLineChange.fields': { max: 10 },
};

/** Items the field can return for these arguments: the argument, capped at the maximum, else the default or the maximum. */
export function listSize(entry: ListSize, args: Record<string, unknown>, settings: SizeSettings, schemaDefault?: unknown): number {
  const max = typeof entry.max === 'function' ? entry.max(settings) : entry.max;
  if (!entry.argument) return max;
  const name = entry.argument.or != null && args[entry.argument.or] != null ? entry.argument.or : entry.argument.name;
  const given = name.split('.').reduce<unknown>((v, key) => (v && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined), args);
  const asked = Array.isArray(given) ? given.length : (given ?? schemaDefault ?? entry.argument.default);
  return typeof asked === 'number' && Number.isInteger(asked) && asked >= 0 ? Math.min(asked, max) : max;
}

/**
 * Wraps the resolver of every declared plain list so it never returns more
 * than its declared size (connections are cut by their page query already).
 */
export function enforceListSizes(schema: GraphQLSchema, settings: SizeSettings): GraphQLSchema {
  for (const [key, entry] of Object.entries(LIST_SIZES)) {
    const [typeName, fieldName] = key.split('.') as [string, string];
    const type = schema.getType(typeName);
    const field = isObjectType(type) ? type.getFields()[fieldName] : undefined;
    if (!field || !isListType(getNullableType(field.type))) continue;
    wrap(field, entry, settings);
  }
  return schema;
}

function wrap(field: GraphQLField<unknown, unknown>, entry: ListSize, settings: SizeSettings): void {
  const resolve = field.resolve ?? defaultFieldResolver;
  const schemaDefault = entry.argument ? field.args.find((a) => a.name === entry.argument!.name)?.defaultValue : undefined;
  const cut = (value: unknown, n: number) => (Array.isArray(value) && value.length > n ? value.slice(0, n) : value);
  field.resolve = (source, args, ctx, info) => {
    const n = listSize(entry, args, settings, schemaDefault);
    const value = resolve(source, args, ctx, info);
    return value instanceof Promise ? value.then((v) => cut(v, n)) : cut(value, n);
  };
}
