import type { Page } from '../services/pagination';

/** A service page as a Relay connection; totalCount runs only when selected. */
export function toConnection<T>(page: Page<T>) {
  return {
    edges: page.items.map((node) => ({ node, cursor: page.cursorOf(node) })),
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: page.hasPreviousPage,
      startCursor: page.startCursor,
      endCursor: page.endCursor,
    },
    get totalCount() {
      return page.totalCount();
    },
  };
}
