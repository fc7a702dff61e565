import { Arg, Authorized, Ctx, Resolver, Root, Subscription } from 'type-graphql';
import type { GraphQLContext } from '../context';
import { QuoteUpdatedFilterInput } from '../schema/quote.inputs';
import { type QuoteChangeKindEnum, QuoteUpdatedEvent } from '../schema/quote.type';
import { subscribeScoped, type EventRoot } from './subscribe-scoped';

@Resolver()
export class QuoteLiveResolver {
  @Authorized('quotes:read')
  @Subscription(() => QuoteUpdatedEvent, {
    description: 'Quotes of my organization created, edited, drafted by AI, sent, accepted, rejected, expired or withdrawn, after commit (needs quotes:read). A draftQuote result arrives here as DRAFTED.',
    subscribe: ({ context, args }) => {
      const filter = args.filter as QuoteUpdatedFilterInput | undefined;
      // The quote is loaded once per event for all subscribers of the organization (fan-out); each keeps its own filter.
      return subscribeScoped(context as GraphQLContext, 'quoteUpdated', {
        wants: (event) => !(filter?.quoteId && filter.quoteId !== event.quoteId) && !(filter?.leadId && filter.leadId !== event.leadId),
      });
    },
  })
  quoteUpdated(
    @Root() root: EventRoot<'quoteUpdated'>,
    @Ctx() _ctx: GraphQLContext,
    @Arg('filter', () => QuoteUpdatedFilterInput, { nullable: true, description: 'Only some quotes' }) _filter?: QuoteUpdatedFilterInput,
  ): QuoteUpdatedEvent {
    return { kind: root.event.kind as QuoteChangeKindEnum, quoteId: root.event.quoteId, quote: root.data as never, at: new Date(root.event.at) };
  }
}
