import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { GraphQLContext } from '../context';
import { Product } from '../entities/product.entity';
import type { Quote, QuoteLine, QuoteVersion } from '../entities/quote.entity';
import { linesOfVersions, quotesOfLeads, versionsOfQuotes } from '../services/quotes/quote.queries';

/** Lead.quotes returns at most this many, newest first. */
export const LEAD_QUOTES_MAX = 50;

export interface QuoteLoaders {
  versionsByQuote: DataLoader<string, QuoteVersion[]>;
  linesByVersion: DataLoader<string, QuoteLine[]>;
  quotesByLead: DataLoader<string, Quote[]>;
  productById: DataLoader<string, Product | null>;
}

// Per request (the context object), so batches never cross tenants or requests.
const perContext = new WeakMap<GraphQLContext, QuoteLoaders>();

/** The quote domain's batch loaders, kept beside it rather than growing the shared loaders file. */
export function quoteLoaders(ctx: GraphQLContext): QuoteLoaders {
  let loaders = perContext.get(ctx);
  if (!loaders) {
    loaders = createQuoteLoaders(ctx.em);
    perContext.set(ctx, loaders);
  }
  return loaders;
}

/**
 * A subscription's context lives for the whole subscription; each event is
 * read in its own fresh fork, and its fields must load through that fork
 * (not a cache from an earlier event).
 */
export function useEventFork(ctx: GraphQLContext, em: EntityManager): void {
  perContext.set(ctx, createQuoteLoaders(em));
}

function createQuoteLoaders(em: EntityManager): QuoteLoaders {
  {
    const loaders: QuoteLoaders = {
      versionsByQuote: new DataLoader(async (ids) => {
        const map = await versionsOfQuotes(em, ids);
        return ids.map((id) => map.get(id) ?? []);
      }),
      linesByVersion: new DataLoader(async (ids) => {
        const map = await linesOfVersions(em, ids);
        return ids.map((id) => map.get(id) ?? []);
      }),
      quotesByLead: new DataLoader(async (ids) => {
        const map = await quotesOfLeads(em, ids, LEAD_QUOTES_MAX);
        return ids.map((id) => map.get(id) ?? []);
      }),
      productById: new DataLoader(async (ids) => {
        const rows = await em.find(Product, { id: { $in: [...ids] } });
        const byId = new Map(rows.map((p) => [p.id, p]));
        return ids.map((id) => byId.get(id) ?? null);
      }),
    };
    return loaders;
  }
}
