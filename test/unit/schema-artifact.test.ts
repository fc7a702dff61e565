import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildAppSchema, printAppSchema } from '../../src/graphql/schema';

describe('schema artifact', () => {
  it('src/schema/schema.graphql is what the code emits (run `npm run schema:emit` after changing the schema)', async () => {
    const committed = readFileSync(path.join(__dirname, '../../src/schema/schema.graphql'), 'utf8');
    expect(printAppSchema(await buildAppSchema())).toBe(committed);
  });
});
