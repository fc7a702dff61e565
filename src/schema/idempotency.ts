import { Field } from 'type-graphql';

/**
 * The `idempotencyKey` input field of a mutation that a partner or bridge may
 * retry (services/idempotency). One line per input:
 * `@IdempotencyKeyField() idempotencyKey?: string | null;`
 */
export const IdempotencyKeyField = () =>
  Field(() => String, {
    nullable: true,
    description:
      'Optional, 1–255 characters (a UUID is a good choice), kept 24 hours per caller (user or API key) and organization. Retrying with the same key and the same input returns the first answer without doing it again (its objects as they are now); the same key with a different input is CONFLICT on input.idempotencyKey, and so is a retry while the first request is still running. A request that fails keeps nothing: retry it with the same key.',
  });
