#!/usr/bin/env node
// Breaking-change check (npm run schema:breaking, run by .ci/run): compares the
// emitted src/schema/schema.graphql with the committed baseline
// src/schema/schema.baseline.graphql and fails on any BREAKING change.
// A deliberate break (after deprecating first): `npm run schema:breaking -- --accept`
// copies the current schema over the baseline; commit both, and say why in the message.
import { copyFileSync, readFileSync } from 'node:fs';
import { buildSchema } from 'graphql';
import { diff } from '@graphql-inspector/core';

const CURRENT = 'src/schema/schema.graphql';
const BASELINE = 'src/schema/schema.baseline.graphql';

if (process.argv.includes('--accept')) {
  copyFileSync(CURRENT, BASELINE);
  console.log(`${BASELINE} now equals ${CURRENT}: commit it with the reason for the break.`);
  process.exit(0);
}

const load = (file) => buildSchema(readFileSync(file, 'utf8'));
const changes = await diff(load(BASELINE), load(CURRENT));
const by = (level) => changes.filter((c) => c.criticality.level === level);
for (const c of by('DANGEROUS')) console.log(`dangerous: ${c.message}`);
const breaking = by('BREAKING');
for (const c of breaking) console.error(`BREAKING: ${c.message}`);
console.log(`schema:breaking: ${breaking.length} breaking, ${by('DANGEROUS').length} dangerous, ${by('NON_BREAKING').length} safe changes against ${BASELINE}`);
if (breaking.length) {
  console.error('Deprecate first (@deprecated with a reason) and remove later; for a deliberate break run `npm run schema:breaking -- --accept` and commit the baseline.');
  process.exit(1);
}
