import { BadUserInputError } from '../errors';
import type { ByIdInput } from '../schema/by-id.inputs';

/**
 * The id of a mutation that moved from a bare `id` argument to `input: { id }`:
 * exactly one of the two (the bare one is deprecated, not gone).
 */
export function idOf(input: ByIdInput | null | undefined, deprecatedId: string | null | undefined): string {
  if (input && deprecatedId != null) throw BadUserInputError.forField('id', 'give input: { id } or the deprecated id argument, not both');
  const id = input?.id ?? deprecatedId;
  if (id == null) throw BadUserInputError.forField('input', 'is required: input: { id }');
  return id;
}
