import { getNullableType, isInterfaceType, isListType, isObjectType, parse, type GraphQLObjectType, type GraphQLResolveInfo, type GraphQLSchema } from 'graphql';
import { buildAppSchema } from '../../src/graphql/schema';
import { loadConfig } from '../../src/config';
import { documentCost } from '../../src/graphql/cost';
import { LIST_SIZES, enforceListSizes } from '../../src/schema/list-sizes';

/** The cost model of README "Errors and limits", on the real schema with the default settings. */
const SETTINGS = { maxPageSize: 100, importMaxRows: 1000 };
let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildAppSchema();
});
const cost = (query: string, variables?: Record<string, unknown>) => documentCost(schema, parse(query), variables, SETTINGS);

describe('query cost model', () => {
  it('declares the maximum of every list field of the schema once, in LIST_SIZES (connection edges follow their page)', () => {
    const lists: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || !(isObjectType(type) || isInterfaceType(type))) continue;
      for (const field of Object.values(type.getFields())) {
        const isConnectionEdges = field.name === 'edges' && type.name.endsWith('Connection');
        if (isListType(getNullableType(field.type)) && !isConnectionEdges) lists.push(`${type.name}.${field.name}`);
      }
    }
    // Every connection field, top-level or a child's (Lead.callsConnection), declares its page.
    const connections = Object.values(schema.getTypeMap())
      .filter((type) => !type.name.startsWith('__') && isObjectType(type))
      .flatMap((type) => Object.values((type as GraphQLObjectType).getFields()).filter((f) => /Connection!?$/.test(String(f.type))).map((f) => `${type.name}.${f.name}`));
    expect(Object.keys(LIST_SIZES).sort()).toEqual([...lists, ...connections, 'Mutation.importLeads'].sort());
  });

  it('costs the README worked example 1, the dashboard page, at 6,701', () => {
    expect(cost('{ leads(first: 50) { edges { node { owner { id } tags scoreHistory { delta } calls { analysis { sentiment { label } } } } } } }')).toBe(6_701);
  });

  it('costs the README worked example 2, fifteen aliases of a lead’s calls with transcripts, at 600,465', () => {
    const aliases = Array.from({ length: 15 }, (_, i) => `a${i}: lead(id: "x") { calls { id transcript { segments { text } } } }`).join(' ');
    expect(cost(`{ ${aliases} }`)).toBe(600_465);
  });

  it('reads first from variables, then from the variable default, then the field default', () => {
    const q = 'query ($n: Int = 30) { leads(first: $n) { edges { node { id } } } }';
    expect(cost(q, { n: 5 })).toBe(1 + 5 * 3);
    expect(cost(q)).toBe(1 + 30 * 3);
    expect(cost('{ leads { edges { node { id } } } }')).toBe(1 + 20 * 3);
    expect(cost('{ leads(first: 1000) { edges { node { id } } } }')).toBe(1 + 100 * 3);
    expect(cost('query ($h: Int) { lead(id: "x") { scoreHistory(first: $h) { delta } } }', { h: 3 })).toBe(1 + 3 * 2);
    expect(cost('{ lead(id: "x") { scoreHistory { delta } } }')).toBe(1 + 20 * 2);
  });

  it('costs a backward page by last, from variables too, capped like first', () => {
    expect(cost('{ leads(last: 7) { edges { node { id } } } }')).toBe(1 + 7 * 3);
    expect(cost('query ($n: Int) { calls(last: $n) { edges { node { id } } } }', { n: 4 })).toBe(1 + 4 * 3);
    expect(cost('{ alerts(last: 1000) { edges { node { id } } } }')).toBe(1 + 100 * 3);
  });

  it('costs importLeads results by the rows sent, not by IMPORT_MAX_ROWS', () => {
    const q = 'mutation ($i: ImportLeadsInput!) { importLeads(input: $i) { results { index errors { field } } } }';
    expect(cost(q, { i: { leads: [{ name: 'a' }, { name: 'b' }] } })).toBe(1 + 2 * (1 + 1 + 10 * 2));
    expect(cost(q, {})).toBe(1 + 1000 * (1 + 1 + 10 * 2));
  });

  it('lets a 1,000-row importLeads pass the default limit, also when it echoes each lead with its tags (99,004 ≤ 100,000)', () => {
    const q = 'mutation ($i: ImportLeadsInput!) { importLeads(input: $i) { createdCount updatedCount failedCount results { index created lead { id name } errors { code field message } } } }';
    const leads = Array.from({ length: 1000 }, (_, i) => ({ name: `Row ${i}` }));
    expect(cost(q, { i: { leads } })).toBe(46_004);
    const withTags = q.replace('lead { id name }', 'lead { id name email source status tags }');
    expect(cost(withTags, { i: { leads } })).toBe(99_004);
    expect(cost(withTags, { i: { leads } })).toBeLessThanOrEqual(loadConfig({}).graphql.maxCost);
  });

  it('walks a fragment spread many times once, and costs every spread', () => {
    const fragments = Array.from({ length: 12 }, (_, i) => `fragment F${i} on Lead { ${i === 11 ? 'id' : `...F${i + 1} ...F${i + 1}`} }`).join(' ');
    expect(cost(`{ lead(id: "x") { ...F0 } } ${fragments}`)).toBe(1 + 2 ** 11);
  });

  it('costs a document as its most costly operation', () => {
    expect(cost('query A { organization { id } } query B { leads(first: 10) { edges { node { id } } } }')).toBe(31);
  });

  it('cuts what a list field returns to its declared size, so the data never exceeds what was costed', async () => {
    const enforced = enforceListSizes(await buildAppSchema(), SETTINGS);
    const field = (type: string, name: string) => (enforced.getType(type) as GraphQLObjectType).getFields()[name]!;
    const info = {} as GraphQLResolveInfo;
    const tags = field('Lead', 'tags').resolve!({ tags: Array.from({ length: 60 }, (_, i) => `t${i}`) }, {}, {}, info) as string[];
    expect(tags).toHaveLength(50);
  });
});
