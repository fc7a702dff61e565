import {
  Kind,
  getNamedType,
  getNullableType,
  isInterfaceType,
  isListType,
  isObjectType,
  valueFromASTUntyped,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { LIST_SIZES, listSize, type SizeSettings } from '../schema/list-sizes';

/** What a list missing from LIST_SIZES is charged (a unit test keeps every list declared). */
const UNDECLARED_LIST_SIZE = 100;

/**
 * The query cost model (README "Errors and limits"): the most values an
 * operation can return. Every selected field counts 1 each time it can
 * appear; a list multiplies its subtree by its size (LIST_SIZES: the `first`
 * argument, read from variables too, else the field's default, else its
 * maximum), so nested lists multiply. Fragments and inline fragments count
 * where they are spread. Introspection fields are free.
 *
 * Returns the highest cost among the document's operations: a document is as
 * costly as its worst operation, whichever one is run.
 */
export function documentCost(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown> | null | undefined, settings: SizeSettings): number {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const def of document.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
  let worst = 0;
  for (const def of document.definitions) {
    if (def.kind !== Kind.OPERATION_DEFINITION) continue;
    const root = schema.getRootType(def.operation);
    if (root) worst = Math.max(worst, new CostWalk(schema, fragments, operationVariables(def, variables), settings).selection(root, def.selectionSet, undefined));
  }
  return worst;
}

/** The caller's variables over the operation's declared defaults. */
function operationVariables(op: OperationDefinitionNode, given: Record<string, unknown> | null | undefined): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const v of op.variableDefinitions ?? []) {
    if (v.defaultValue) values[v.variable.name.value] = valueFromASTUntyped(v.defaultValue);
  }
  return { ...values, ...(given ?? {}) };
}

class CostWalk {
  /** Fragment cost per (fragment, inherited page): a fragment spread many times is walked once. */
  private readonly memo = new Map<string, number>();
  private readonly active = new Set<string>();

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly fragments: Map<string, FragmentDefinitionNode>,
    private readonly variables: Record<string, unknown>,
    private readonly settings: SizeSettings,
  ) {}

  /** `page`: the page size of the connection whose selection this is; its `edges` list has that many items. */
  selection(type: GraphQLNamedType, set: SelectionSetNode, page: number | undefined): number {
    let total = 0;
    for (const node of set.selections) {
      if (node.kind === Kind.INLINE_FRAGMENT) {
        const on = node.typeCondition ? this.schema.getType(node.typeCondition.name.value) : type;
        if (on) total += this.selection(on, node.selectionSet, page);
      } else if (node.kind === Kind.FRAGMENT_SPREAD) {
        total += this.spread(node.name.value, page);
      } else {
        total += this.field(type, node, page);
      }
    }
    return total;
  }

  private field(type: GraphQLNamedType, node: FieldNode, page: number | undefined): number {
    const name = node.name.value;
    if (name.startsWith('__') || !(isObjectType(type) || isInterfaceType(type))) return 0;
    const def = type.getFields()[name];
    if (!def) return 0; // unknown fields are the validation rules' to report
    const entry = LIST_SIZES[`${type.name}.${name}`];
    const args: Record<string, unknown> = {};
    for (const arg of node.arguments ?? []) args[arg.name.value] = valueFromASTUntyped(arg.value, this.variables);
    const schemaDefault = entry?.argument ? def.args.find((a) => a.name === entry.argument!.name)?.defaultValue : undefined;
    const size = entry ? listSize(entry, args, this.settings, schemaDefault) : undefined;
    const isList = isListType(getNullableType(def.type));
    // The enclosing page (a connection's `first`, a mutation's input rows) decides first: it is the tighter bound.
    const items = isList ? (page ?? size ?? UNDECLARED_LIST_SIZE) : 1;
    const children = node.selectionSet ? this.selection(getNamedType(def.type), node.selectionSet, isList ? undefined : size) : 0;
    return items * (1 + children);
  }

  private spread(name: string, page: number | undefined): number {
    const fragment = this.fragments.get(name);
    const key = `${name}:${page ?? ''}`;
    if (!fragment || this.active.has(key)) return 0; // unknown or cyclic: validation rejects those
    const known = this.memo.get(key);
    if (known !== undefined) return known;
    const on = this.schema.getType(fragment.typeCondition.name.value);
    this.active.add(key);
    const cost = on ? this.selection(on, fragment.selectionSet, page) : 0;
    this.active.delete(key);
    this.memo.set(key, cost);
    return cost;
  }
}
