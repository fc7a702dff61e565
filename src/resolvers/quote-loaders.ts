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

// Per EntityManager fork: a request's fork, or a subscription event's shared fork (fan-out), so batches never cross tenants or events.
const perFork = new WeakMap<EntityManager, QuoteLoaders>();

/** The quote domain's batch loaders, kept beside it rather than growing the shared loaders file. */
export function quoteLoaders(ctx: GraphQLContext): QuoteLoaders {
  const em = ctx.em;
  let loaders = perFork.get(em);
  if (!loaders) {
    loaders = createQuoteLoaders(em);
    perFork.set(em, loaders);
  }
  return loaders;
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
