import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

/**
 * relay-compiler (what `npx relay-compiler` runs) against the committed
 * src/schema/schema.graphql, in a temp project: a @refetchable fragment on a
 * Node type and a backward-paginated @connection (last/before) must compile.
 * Relay accepts @refetchable only on Query, Viewer or a type implementing
 * Node with `node(id: ID!): Node` on Query, and @connection only with
 * first/after or last/before on a field whose type has edges and pageInfo.
 */

const run = promisify(execFile);
const SCHEMA = join(__dirname, '../../../src/schema/schema.graphql');
const COMPILER = require.resolve('relay-compiler/cli.js');

const SOURCES: Record<string, string> = {
  'LeadsList.ts': `import { graphql } from 'relay-runtime';
export const leadsList = graphql\`
  fragment LeadsList_query on Query
  @refetchable(queryName: "LeadsListPaginationQuery")
  @argumentDefinitions(last: { type: "Int", defaultValue: 10 }, before: { type: "String" }) {
    leads(last: $last, before: $before, orderBy: { field: CREATED_AT, direction: DESC }) @connection(key: "LeadsList_leads") {
      totalCount
      edges { node { id ...LeadCard_lead } }
    }
  }
\`;
export const leadsListQuery = graphql\`
  query LeadsListQuery { ...LeadsList_query }
\`;
`,
  'LeadCard.ts': `import { graphql } from 'relay-runtime';
export const leadCard = graphql\`
  fragment LeadCard_lead on Lead @refetchable(queryName: "LeadCardRefetchQuery") {
    id
    name
    score
    temperature
  }
\`;
`,
};

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'switchboard-relay-'));
  mkdirSync(join(dir, 'src'));
  writeFileSync(join(dir, 'relay.config.json'), JSON.stringify({ src: './src', schema: SCHEMA, language: 'typescript' }));
  for (const [name, text] of Object.entries(SOURCES)) writeFileSync(join(dir, 'src', name), text);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const artifact = (name: string) => readFileSync(join(dir, 'src', '__generated__', `${name}.graphql.ts`), 'utf8');

describe('relay-compiler', () => {
  it('compiles a @refetchable Node fragment and a last/before @connection against our schema', async () => {
    const result = await run(process.execPath, [COMPILER], { cwd: dir, timeout: 60_000 }).catch((err: { code?: number; stdout?: string; stderr?: string }) => err);
    const output = `${result.stdout ?? ''}${result.stderr ?? ''}`;
    expect({ code: 'code' in result ? result.code : 0, output }).toEqual({ code: 0, output: expect.stringContaining('Compilation completed') });

    expect(readdirSync(join(dir, 'src', '__generated__')).sort()).toEqual(
      ['LeadCardRefetchQuery', 'LeadCard_lead', 'LeadsListPaginationQuery', 'LeadsListQuery', 'LeadsList_query'].map((n) => `${n}.graphql.ts`),
    );
    // The refetch query goes through node(id:), which the schema must have.
    expect(artifact('LeadCardRefetchQuery')).toContain('node(id: $id)');
    // The pagination metadata pages backward, with last/before.
    const list = artifact('LeadsList_query');
    expect(list).toMatch(/"direction": "backward"/);
    expect(list).toMatch(/"cursor": "before"/);
    expect(list).toMatch(/"count": "last"/);
    expect(artifact('LeadsListPaginationQuery')).toMatch(/leads\(last: \$last, before: \$before/);
  });
});
