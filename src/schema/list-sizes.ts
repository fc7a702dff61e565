import { defaultFieldResolver, getNullableType, isListType, isObjectType, type GraphQLField, type GraphQLSchema } from 'graphql';
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
  /** The argument that asks for fewer (`first`), with its default when the schema has none. */
  argument?: { name: 'first' | 'last'; default?: number };
}

const page: ListSize = { max: (s) => s.maxPageSize, argument: { name: 'first', default: DEFAULT_PAGE_SIZE } };

/**
 * The one declaration of every list's maximum, keyed `Type.field`. The cost
 * rule (graphql/cost.ts) charges each list this size, and `enforceListSizes`
 * cuts what the resolvers return to the same size, so what is costed is what
 * can come back. A connection field declares its page; its `edges` inherit it.
 * test/unit/list-sizes.test.ts fails when a list field is missing here.
 */
export const LIST_SIZES: Readonly<Record<string, ListSize>> = {
  'Query.leads': page,
  'Query.calls': page,
  'Query.alerts': page,
  'Query.appointments': page,
  'Query.auditEvents': page,
  'Query.users': { max: 1000 },
  'Query.apiKeys': { max: 1000 },
  'Query.phoneNumbers': { max: 1000 },
  'Lead.calls': { max: 50 },
  'Lead.scoreHistory': { max: 100, argument: { name: 'first' } },
  'Lead.tags': { max: 50 },
  'LeadChangedEvent.changedFields': { max: 50 },
  'ImportLeadsPayload.results': { max: (s) => s.importMaxRows },
  'ImportLeadResult.errors': { max: 20 },
  'Transcript.segments': { max: 2000 },
  'Call.actionItems': { max: 50 },
  'Call.appointments': { max: 20 },
  'CallAnalysis.buyingSignals': { max: 50 },
  'CallAnalysis.objections': { max: 50 },
  'LiveCallAnalysisEvent.newBuyingSignals': { max: 20 },
  'LiveCallAnalysisEvent.newObjections': { max: 20 },
  'Alert.deliveries': { max: 100 },
  'AiUsageReport.byDay': { max: 366 },
  'AiUsageReport.byModel': { max: 50 },
  'AiUsageReport.byOperation': { max: 20 },
  'ApiKey.scopes': { max: 20 },
  'Viewer.permissions': { max: 50 },
  'SeverityChannels.critical': { max: 10 },
  'SeverityChannels.high': { max: 10 },
  'SeverityChannels.medium': { max: 10 },
  'SeverityChannels.low': { max: 10 },
  'SystemStatus.circuits': { max: 20 },
};

/** Items the field can return for these arguments: the argument, capped at the maximum, else the default or the maximum. */
export function listSize(entry: ListSize, args: Record<string, unknown>, settings: SizeSettings, schemaDefault?: unknown): number {
  const max = typeof entry.max === 'function' ? entry.max(settings) : entry.max;
  if (!entry.argument) return max;
  const asked = args[entry.argument.name] ?? schemaDefault ?? entry.argument.default;
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
