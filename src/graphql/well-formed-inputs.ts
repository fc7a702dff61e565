import { GraphQLError, Kind, type ArgumentNode, type DirectiveNode, type DocumentNode, type SelectionSetNode, type ValueNode } from 'graphql';
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

/** Arguments (of fields and directives) and variable defaults anywhere in the document; a plain walk, far cheaper than visit(). */
function illFormedLiteral(document: DocumentNode): string | null {
  const nodes: Array<{ arguments?: readonly ArgumentNode[]; directives?: readonly DirectiveNode[]; selectionSet?: SelectionSetNode }> = [];
  for (const definition of document.definitions) {
    if (definition.kind === Kind.OPERATION_DEFINITION) {
      for (const v of definition.variableDefinitions ?? []) {
        const bad = v.defaultValue ? illFormedValue(v.defaultValue, `$${v.variable.name.value}`) : null;
        if (bad) return bad;
      }
    }
    if (definition.kind === Kind.OPERATION_DEFINITION || definition.kind === Kind.FRAGMENT_DEFINITION) nodes.push(definition);
  }
  while (nodes.length) {
    const node = nodes.pop()!;
    for (const directive of node.directives ?? []) nodes.push(directive);
    for (const arg of node.arguments ?? []) {
      const bad = illFormedValue(arg.value, arg.name.value);
      if (bad) return bad;
    }
    for (const selection of node.selectionSet?.selections ?? []) nodes.push(selection);
  }
  return null;
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
