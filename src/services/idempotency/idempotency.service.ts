import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Orm } from '../../db/orm';
import { IdempotencyKeyStatus } from '../../entities/idempotency-key.entity';
import { BadUserInputError, ConflictError } from '../../errors';
import type { Clock } from '../clock';
import { isWellFormedText } from '../well-formed-text';
import { requestHash } from './canonical-json';

/** How long a key answers with its stored result (Stripe keeps keys 24 hours, too). */
export const IDEMPOTENCY_KEY_TTL_MS = 24 * 3600 * 1000;
export const IDEMPOTENCY_KEY_MAX_LENGTH = 255;
/** The field every idempotency error names. */
export const IDEMPOTENCY_KEY_FIELD = 'input.idempotencyKey';
/**
 * A request still IN_PROGRESS after this long did not finish (its process
 * stopped): the message then says so, since waiting will not help.
 */
const ABANDONED_AFTER_MS = 5 * 60 * 1000;

/** Who owns a key: keys are scoped per organization and per principal (`user:<id>`, `apiKey:<id>`). */
export interface KeyOwner {
  organizationId: string;
  principal: string;
}

export type Claim =
  /** This request owns the key: run the mutation, then `complete` or `release`. */
  | { kind: 'run'; id: string }
  /** The same request already finished: answer with what it stored. */
  | { kind: 'replay'; response: Record<string, unknown> };

interface KeyRow {
  id: string;
  operation: string;
  request_hash: string;
  status: IdempotencyKeyStatus;
  response: Record<string, unknown> | string | null;
  created_at: Date | string;
}

/**
 * Idempotency keys with Stripe's semantics: same key and same input → the
 * stored answer, no second effect; same key with another input (or another
 * mutation) → CONFLICT; a duplicate arriving while the first still runs →
 * CONFLICT ("in progress"). The claim is one committed insert made before
 * the mutation runs, so concurrent duplicates cannot both run. A mutation
 * that fails releases its key (our mutations store nothing half-done), so
 * the same request may be retried.
 *
 * Raw SQL on purpose: the claim is an upsert that only takes over an expired
 * row, which the ORM cannot express in one statement.
 */
export class IdempotencyService {
  constructor(
    private readonly orm: Orm,
    private readonly clock: Clock,
  ) {}

  async claim(owner: KeyOwner, key: string, operation: string, input: object, attempt = 0): Promise<Claim> {
    checkKey(key);
    const hash = requestHash(input);
    const now = this.clock.now();
    const id = randomUUID();
    const expiresAt = new Date(now.getTime() + IDEMPOTENCY_KEY_TTL_MS);
    const sql = this.sql();
    const taken = await sql.execute<Array<{ id: string }>>(
      `insert into idempotency_key (id, created_at, updated_at, organization_id, principal, key, operation, request_hash, status, expires_at)
       values (?, ?, ?, ?, ?, ?, ?, ?, 'IN_PROGRESS', ?)
       on conflict (organization_id, principal, key) do update
         set id = excluded.id, created_at = excluded.created_at, updated_at = excluded.updated_at, operation = excluded.operation,
             request_hash = excluded.request_hash, status = 'IN_PROGRESS', response = null, completed_at = null, expires_at = excluded.expires_at
         where idempotency_key.expires_at <= ?
       returning id`,
      [id, now, now, owner.organizationId, owner.principal, key, operation, hash, expiresAt, now],
    );
    if (taken[0]?.id === id) return { kind: 'run', id };
    const [row] = await sql.execute<KeyRow[]>(
      'select id, operation, request_hash, status, response, created_at from idempotency_key where organization_id = ? and principal = ? and key = ?',
      [owner.organizationId, owner.principal, key],
    );
    // Purged between the two statements (it had just expired): claim it afresh.
    if (!row && attempt < 3) return this.claim(owner, key, operation, input, attempt + 1);
    if (!row) throw new ConflictError('This idempotency key is being reused right now; retry', IDEMPOTENCY_KEY_FIELD);
    if (row.operation !== operation || row.request_hash !== hash) {
      throw new ConflictError(`This idempotency key was already used with ${row.operation === operation ? 'a different input' : `another mutation (${row.operation})`}; use a new key for a new request`, IDEMPOTENCY_KEY_FIELD);
    }
    if (row.status === IdempotencyKeyStatus.IN_PROGRESS) {
      const abandoned = now.getTime() - new Date(row.created_at).getTime() > ABANDONED_AFTER_MS;
      throw new ConflictError(
        abandoned
          ? 'A request with this idempotency key started but never finished (the server stopped); whether it took effect is unknown: check, then retry with a new key'
          : 'A request with this idempotency key is still in progress; retry once it has finished',
        IDEMPOTENCY_KEY_FIELD,
      );
    }
    return { kind: 'replay', response: typeof row.response === 'string' ? (JSON.parse(row.response) as Record<string, unknown>) : (row.response ?? {}) };
  }

  /** Stores what retries get; from now on the key replays. */
  async complete(id: string, response: Record<string, unknown>): Promise<void> {
    const now = this.clock.now();
    await this.sql().execute(`update idempotency_key set status = 'COMPLETED', response = ?, completed_at = ?, updated_at = ? where id = ?`, [JSON.stringify(response), now, now, id]);
  }

  /** The mutation failed and stored nothing: forget the key so the same request can be retried. */
  async release(id: string): Promise<void> {
    await this.sql().execute('delete from idempotency_key where id = ?', [id]);
  }

  /** The scheduled purge: every organization's expired keys. */
  async purgeExpired(): Promise<number> {
    const rows = await this.sql().execute<Array<{ id: string }>>('delete from idempotency_key where expires_at <= ? returning id', [this.clock.now()]);
    return rows.length;
  }

  /** A fresh fork's connection, outside any transaction: each statement commits at once. */
  private sql() {
    return (this.orm.em.fork() as EntityManager).getConnection();
  }
}

function checkKey(key: string): void {
  if (!key.trim() || key.length > IDEMPOTENCY_KEY_MAX_LENGTH || !isWellFormedText(key)) {
    throw BadUserInputError.forField(IDEMPOTENCY_KEY_FIELD, `must be 1–${IDEMPOTENCY_KEY_MAX_LENGTH} characters of text (a UUID is a good choice)`);
  }
}
