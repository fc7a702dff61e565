import type { EntityName } from '@mikro-orm/core';
import type { GraphQLContext } from '../context';
import { NotFoundError, UnauthenticatedError } from '../errors';
import type { KeyOwner } from '../services/idempotency/idempotency.service';

/**
 * How a mutation's payload is kept for retries and given back: `save` keeps
 * ids and the payload's own values (JSON-safe, never a secret), `load`
 * re-reads the objects as they are now. A replay does not repeat the effect;
 * its objects are the same ones, in their current state (README
 * "Idempotency keys").
 */
export interface Replay<P> {
  save(payload: P): Record<string, unknown>;
  load(saved: Record<string, unknown>, ctx: GraphQLContext): Promise<P>;
}

/**
 * Runs a mutation under the input's `idempotencyKey` (none: it just runs).
 * Usage: `return idempotent(ctx, 'createQuote', input, () => service.create(...), entityReplay('quote', Quote));`
 */
export async function idempotent<P>(ctx: GraphQLContext, operation: string, input: { idempotencyKey?: string | null }, run: () => Promise<P>, replay: Replay<P>): Promise<P> {
  if (input.idempotencyKey == null) return run();
  const store = ctx.app.idempotency;
  const claim = await store.claim(keyOwner(ctx), input.idempotencyKey, operation, input);
  if (claim.kind === 'replay') return replay.load(claim.response, ctx);
  let payload: P;
  try {
    payload = await run();
  } catch (err) {
    await store.release(claim.id).catch((e: unknown) => ctx.logger.error({ err: e, requestId: ctx.requestId }, 'could not release an idempotency key'));
    throw err;
  }
  // The effect is committed: a failure to store the answer must not turn it into an error (the key stays IN_PROGRESS).
  await store.complete(claim.id, replay.save(payload)).catch((e: unknown) => ctx.logger.error({ err: e, requestId: ctx.requestId }, 'could not store an idempotent answer'));
  return payload;
}

function keyOwner(ctx: GraphQLContext): KeyOwner {
  const p = ctx.principal;
  if (!p) throw new UnauthenticatedError();
  return { organizationId: p.organizationId, principal: p.kind === 'user' ? `user:${p.userId}` : `apiKey:${p.apiKeyId}` };
}

/**
 * The common payload `{ <field>: <object> }` plus plain values (`created`):
 * kept as the object's id, re-read in the caller's organization on replay;
 * NOT_FOUND if it has since been deleted.
 */
export function entityReplay<F extends string, E extends { id: string }, P extends { [K in F]: E }>(field: F, entity: EntityName<E> & { name: string }, values: Array<Exclude<keyof P, F>> = []): Replay<P> {
  return {
    save: (payload) => ({ [field]: payload[field].id, ...Object.fromEntries(values.map((v) => [v, payload[v]])) }),
    async load(saved, ctx) {
      const id = String(saved[field]);
      const found = await ctx.em.findOne(entity, { id } as never);
      if (!found) throw new NotFoundError(entity.name, id);
      return { ...Object.fromEntries(values.map((v) => [v, saved[v as string]])), [field]: found } as unknown as P;
    },
  };
}
