import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { User } from './entities/user.entity';
import type { ScoreEvent } from './entities/score-event.entity';
import { scoreEventsOfLeads } from './services/lead-query.service';

/**
 * Per-request batch loaders over the request's tenant-bound fork, so nested
 * fields cost one query per level, not one per row.
 */
export function createLoaders(em: EntityManager) {
  return {
    userById: new DataLoader<string, User | null>(async (ids) => {
      const users = await em.find(User, { id: { $in: [...ids] } });
      const byId = new Map(users.map((u) => [u.id, u]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    scoreEventsByLead: new DataLoader<string, ScoreEvent[]>((ids) => scoreEventsOfLeads(em, ids)),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
