import { Arg, Authorized, Ctx, Resolver, Root, Subscription } from 'type-graphql';
import { ARG } from '../schema/argument-descriptions';
import type { GraphQLContext } from '../context';
import { Lead } from '../entities/lead.entity';
import { LeadChangedFilterInput } from '../schema/lead.inputs';
import { LeadChangedEvent } from '../schema/lead.type';
import type { LeadChangedEvent as LeadChangedPayload } from '../services/pubsub/events';
import { subscribeScoped } from './subscribe-scoped';

@Resolver()
export class LeadChangedResolver {
  @Authorized('leads:read')
  @Subscription(() => LeadChangedEvent, {
    description: 'Leads of my organization created, updated or deleted, after commit',
    subscribe: ({ context, args }) =>
      subscribeScoped<'leadChanged', { lead?: Lead }>(context as GraphQLContext, 'leadChanged', async (event, em) => {
        const filter = args.filter as LeadChangedFilterInput | undefined;
        if (filter?.kinds?.length && !filter.kinds.includes(event.kind as never)) return false;
        if (event.kind === 'DELETED') return filter?.status || filter?.temperature || filter?.ownerId ? false : {};
        const lead = await em.findOne(Lead, event.leadId);
        if (!lead) return false;
        if (filter?.status?.length && !filter.status.includes(lead.status)) return false;
        if (filter?.temperature?.length && !filter.temperature.includes(lead.temperature)) return false;
        if (filter?.ownerId && lead.owner?.id !== filter.ownerId) return false;
        return { lead };
      }),
  })
  leadChanged(
    @Root() root: { event: LeadChangedPayload; lead?: Lead },
    @Ctx() _ctx: GraphQLContext,
    @Arg('filter', () => LeadChangedFilterInput, { nullable: true, description: ARG.subscriptionFilter }) _filter?: LeadChangedFilterInput,
  ): LeadChangedEvent {
    return {
      kind: root.event.kind as LeadChangedEvent['kind'],
      leadId: root.event.leadId,
      changedFields: root.event.changedFields,
      lead: root.lead ?? null,
      at: new Date(root.event.at),
    };
  }
}
