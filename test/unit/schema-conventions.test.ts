import { buildSchema, isEnumType, isInputObjectType, isInterfaceType, isObjectType, isSpecifiedScalarType, type GraphQLSchema } from 'graphql';
import { buildAppSchema } from '../../src/graphql/schema';
import { NODE_KINDS } from '../../src/schema/node-types';

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildAppSchema();
});

describe('Node', () => {
  it('is implemented by exactly the types node(id:) can resolve (src/schema/node-types.ts)', () => {
    const node = schema.getType('Node');
    if (!isInterfaceType(node)) throw new Error('Node is not an interface');
    const implementing = schema.getPossibleTypes(node).map((t) => t.name).sort();
    expect(implementing).toEqual(NODE_KINDS.map((k) => k.typeName).sort());
  });
});

/** Every element a client developer sees, with where it is: `Type`, `Type.field`, `Type.field(arg)`, `Enum.VALUE`. */
function undescribed(s: GraphQLSchema): string[] {
  const missing: string[] = [];
  const need = (description: string | null | undefined, where: string) => {
    if (!description?.trim()) missing.push(where);
  };
  for (const type of Object.values(s.getTypeMap())) {
    if (type.name.startsWith('__') || isSpecifiedScalarType(type)) continue;
    need(type.description, type.name);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const field of Object.values(type.getFields())) {
        need(field.description, `${type.name}.${field.name}`);
        for (const arg of field.args) need(arg.description, `${type.name}.${field.name}(${arg.name})`);
      }
    } else if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) need(field.description, `${type.name}.${field.name}`);
    } else if (isEnumType(type)) {
      for (const value of type.getValues()) need(value.description, `${type.name}.${value.name}`);
    }
  }
  return missing.sort();
}

describe('descriptions', () => {
  it('every type, field, argument, input field and enum value has one (STYLE.md §12; npm run lint:schema checks the same)', () => {
    expect(undescribed(schema)).toEqual([]);
  });

  it('the check itself notices a missing one', () => {
    const probe = buildSchema('"""A type""" type Query { """ok""" a(x: Int): Int } enum E { """one""" A B }');
    expect(undescribed(probe)).toEqual(['E', 'E.B', 'Query.a(x)']);
  });
});
