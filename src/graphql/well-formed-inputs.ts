import { GraphQLError, Kind, visit, type DocumentNode, type ValueNode } from 'graphql';
import { BadUserInputError } from '../errors';
import { findIllFormedText, ILL_FORMED_TEXT_MESSAGE, isWellFormedText } from '../services/well-formed-text';

/**
 * Every string an operation brings — in its variables and in the literals of
 * its document, whatever the field or scalar (String, ID, EmailAddress,
 * JSONObject…) — must be well-formed text. Checked once per operation before
 * anything runs, on HTTP (Apollo plugin) and WebSocket (graphql-ws onSubscribe),
 * so no resolver ever sees a NUL byte or a lone surrogate.
 *
 * @returns a BAD_USER_INPUT error naming the field (`input.name`, or `$input.name`
 *   for a variable's default), or null when every string is fine.
 */
export function illFormedInputError(document: DocumentNode, variables: Record<string, unknown> | null | undefined): GraphQLError | null {
  const field = illFormedVariable(variables ?? {}) ?? illFormedLiteral(document);
  if (field === null) return null;
  const error = BadUserInputError.forField(field, ILL_FORMED_TEXT_MESSAGE);
  // Apollo answers an error raised before execution with its extensions.http status (else 500).
  return new GraphQLError(error.message, { originalError: error, extensions: { ...error.extensions, http: { status: 400 } } });
}

function illFormedVariable(variables: Record<string, unknown>): string | null {
  for (const [name, value] of Object.entries(variables)) {
    const bad = findIllFormedText(value, name);
    if (bad) return bad;
  }
  return null;
}

function illFormedLiteral(document: DocumentNode): string | null {
  let found: string | null = null;
  visit(document, {
    Argument(node) {
      found ??= illFormedValue(node.value, node.name.value);
      return false;
    },
    VariableDefinition(node) {
      if (node.defaultValue) found ??= illFormedValue(node.defaultValue, `$${node.variable.name.value}`);
      return false;
    },
  });
  return found;
}

function illFormedValue(node: ValueNode, path: string): string | null {
  switch (node.kind) {
    case Kind.STRING:
      return isWellFormedText(node.value) ? null : path;
    case Kind.LIST:
      for (const [i, item] of node.values.entries()) {
        const bad = illFormedValue(item, `${path}.${i}`);
        if (bad) return bad;
      }
      return null;
    case Kind.OBJECT:
      for (const f of node.fields) {
        const bad = illFormedValue(f.value, `${path}.${f.name.value}`);
        if (bad) return bad;
      }
      return null;
    default:
      return null;
  }
}
