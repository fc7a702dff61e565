import { DEFAULT_PAGE_SIZE } from '../services/pagination';

/** Descriptions of the arguments many fields share, so they read the same everywhere. */
export const ARG = {
  input: "The mutation's one argument; its type describes each field.",
  id: "The object's id (a UUID); NOT_FOUND for an unknown id and another organization's alike.",
  first: `How many items to return: 0 to MAX_PAGE_SIZE (default ${DEFAULT_PAGE_SIZE}).`,
  after: "Return the items after this cursor (a previous page's pageInfo.endCursor).",
  filter: 'Only items matching every given condition; omitted: all.',
  orderBy: 'Sort order; default newest first (CREATED_AT, DESC). Ties are broken by id.',
  subscriptionFilter: 'Only events matching every given condition; omitted: all of my organization.',
} as const;
