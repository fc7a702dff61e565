import { GraphQLScalarType, type ValueNode } from 'graphql';
import { DateTimeResolver, EmailAddressResolver, JSONObjectResolver, JSONResolver, PhoneNumberResolver, UUIDResolver, CurrencyResolver } from 'graphql-scalars';

/** The scalars of DESIGN.md §6, from graphql-scalars. */
export const DateTime = DateTimeResolver;
export const EmailAddress = EmailAddressResolver;
export const PhoneNumber = PhoneNumberResolver;
export const UUID = UUIDResolver;
export const Currency = CurrencyResolver;

/** Bounds of every JSON value we accept: deep nesting once stored broke every later read of the row. */
export const JSON_MAX_DEPTH = 5;
export const JSON_MAX_BYTES = 16 * 1024;

/**
 * graphql-scalars' JSONObject, bounded on input: at most JSON_MAX_DEPTH levels
 * of objects and lists (`{"a":{"b":1}}` is 2) and JSON_MAX_BYTES as UTF-8 JSON.
 * Output is unchanged.
 */
export const JSONObject = new GraphQLScalarType({
  ...JSONObjectResolver.toConfig(),
  description: `${JSONObjectResolver.description} Input: at most ${JSON_MAX_DEPTH} levels of nesting and ${JSON_MAX_BYTES / 1024} KB as JSON.`,
  parseValue: (value: unknown) => bounded(JSONObjectResolver.parseValue(checkDepth(value))),
  parseLiteral: (ast: ValueNode, variables?: Record<string, unknown> | null) => bounded(checkDepth(JSONObjectResolver.parseLiteral(ast, variables))),
});

/** Throws past the depth bound; stops descending there, so any depth is safe to check. */
function checkDepth(value: unknown, depth = 0): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (depth >= JSON_MAX_DEPTH) throw new TypeError(`must be at most ${JSON_MAX_DEPTH} levels deep`);
  for (const item of Object.values(value)) checkDepth(item, depth + 1);
  return value;
}

function bounded(value: unknown): unknown {
  if (Buffer.byteLength(JSON.stringify(value)) > JSON_MAX_BYTES) throw new TypeError(`must be at most ${JSON_MAX_BYTES / 1024} KB as JSON`);
  return value;
}

/**
 * Any JSON value, with the same bounds; for inputs whose shape is checked in the service, where a wrong type
 * must fail one row and not the request (import rows).
 */
export const JSONValue = new GraphQLScalarType({
  ...JSONResolver.toConfig(),
  description: `${JSONResolver.description} Input: at most ${JSON_MAX_DEPTH} levels of nesting and ${JSON_MAX_BYTES / 1024} KB as JSON.`,
  parseValue: (value: unknown) => bounded(JSONResolver.parseValue(checkDepth(value))),
  parseLiteral: (ast: ValueNode, variables?: Record<string, unknown> | null) => bounded(checkDepth(JSONResolver.parseLiteral(ast, variables))),
});
