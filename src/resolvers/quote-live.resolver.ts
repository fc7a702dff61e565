import { Arg, Authorized, Ctx, Resolver, Root, Subscription } from 'type-graphql';
import type { GraphQLContext } from '../context';
import { Quote } from '../entities/quote.entity';
import { QuoteUpdatedFilterInput } from '../schema/quote.inputs';
import { type QuoteChangeKindEnum, QuoteUpdatedEvent } from '../schema/quote.type';
import type { QuoteUpdatedEvent as QuoteUpdatedPayload } from '../services/pubsub/events';
import { subscribeScoped } from './subscribe-scoped';
import { useEventFork } from './quote-loaders';
import type { EntityManager } from '@mikro-orm/postgresql';

@Resolver()
export class QuoteLiveResolver {
  @Authorized('quotes:read')
  @Subscription(() => QuoteUpdatedEvent, {
    description: 'Quotes of my organization created, edited, drafted by AI, sent, accepted, rejected, expired or withdrawn, after commit (needs quotes:read). A draftQuote result arrives here as DRAFTED.',
    subscribe: ({ context, args }) =>
      subscribeScoped<'quoteUpdated', { quote: Quote | null; em: EntityManager }>(context as GraphQLContext, 'quoteUpdated', async (event, em) => {
        const filter = args.filter as QuoteUpdatedFilterInput | undefined;
        if (filter?.quoteId && filter.quoteId !== event.quoteId) return false;
        if (filter?.leadId && filter.leadId !== event.leadId) return false;
        return { quote: await em.findOne(Quote, event.quoteId), em };
      }),
  })
  quoteUpdated(
    @Root() root: { event: QuoteUpdatedPayload; quote: Quote | null; em: EntityManager },
    @Ctx() ctx: GraphQLContext,
    @Arg('filter', () => QuoteUpdatedFilterInput, { nullable: true, description: 'Only some quotes' }) _filter?: QuoteUpdatedFilterInput,
  ): QuoteUpdatedEvent {
    useEventFork(ctx, root.em);
    return { kind: root.event.kind as QuoteChangeKindEnum, quoteId: root.event.quoteId, quote: root.quote as never, at: new Date(root.event.at) };
  }
}
