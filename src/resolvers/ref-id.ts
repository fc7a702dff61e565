/**
 * The id behind a to-one reference, on a managed entity (`lead.owner.id`,
 * from a mutation payload) or on a read-path row (`lead.ownerId`): field
 * resolvers take both, so one object type serves writes and reads.
 */
export function refId(root: object, name: string): string | null {
  const r = root as Record<string, unknown>;
  const id = r[`${name}Id`];
  if (typeof id === 'string') return id;
  const ref = r[name] as { id?: string } | null | undefined;
  return ref?.id ?? null;
}
