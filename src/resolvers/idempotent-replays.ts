import type { GraphQLContext } from '../context';
import { ApiKey } from '../entities/api-key.entity';
import { Lead } from '../entities/lead.entity';
import { ConflictError } from '../errors';
import type { FieldError } from '../schema/field-error.type';
import { IDEMPOTENCY_KEY_FIELD } from '../services/idempotency/idempotency.service';
import type { Replay } from './idempotent';

interface ImportAnswer {
  createdCount: number;
  updatedCount: number;
  failedCount: number;
  results: Array<{ index: number; lead: { id: string } | null; created: boolean; errors: FieldError[] }>;
}

/** importLeads: the counts and row errors as they were; each row's lead as it is now (null if deleted since). */
export const importLeadsReplay: Replay<ImportAnswer> = {
  save: (p) => ({
    counts: [p.createdCount, p.updatedCount, p.failedCount],
    results: p.results.map((r) => ({ index: r.index, leadId: r.lead?.id ?? null, created: r.created, errors: r.errors })),
  }),
  async load(saved, ctx: GraphQLContext) {
    const [createdCount, updatedCount, failedCount] = saved.counts as [number, number, number];
    const rows = saved.results as Array<{ index: number; leadId: string | null; created: boolean; errors: FieldError[] }>;
    const ids = [...new Set(rows.map((r) => r.leadId).filter((id): id is string => !!id))];
    const leads = new Map((ids.length ? await ctx.em.find(Lead, { id: { $in: ids } }) : []).map((l) => [l.id, l]));
    return {
      createdCount,
      updatedCount,
      failedCount,
      results: rows.map((r) => ({ index: r.index, lead: (r.leadId && leads.get(r.leadId)) || null, created: r.created, errors: r.errors })),
    };
  },
};

/**
 * createApiKey: the secret is never stored (only its hash), so a replay
 * cannot show it again. It answers CONFLICT naming the key that was made,
 * so the caller can revoke it if the first answer was lost.
 */
export const createApiKeyReplay: Replay<{ apiKey: ApiKey; secret: string }> = {
  save: (p) => ({ apiKeyId: p.apiKey.id, prefix: p.apiKey.prefix }),
  async load(saved) {
    throw new ConflictError(
      `This idempotency key already created API key ${String(saved.prefix)}… (id ${String(saved.apiKeyId)}). Its secret is shown only once and is not kept: if you did not store it, revoke that key and create another with a new idempotency key`,
      IDEMPOTENCY_KEY_FIELD,
    );
  },
};
