import { Arg, Authorized, Ctx, Resolver, Root, Subscription } from 'type-graphql';
import { ARG } from '../schema/argument-descriptions';
import type { GraphQLContext } from '../context';
import { LeadChangedFilterInput } from '../schema/lead.inputs';
import { LeadChangedEvent } from '../schema/lead.type';
import { subscribeScoped, type EventRoot } from './subscribe-scoped';

@Resolver()
export class LeadChangedResolver {
  @Authorized('leads:read')
  @Subscription(() => LeadChangedEvent, {
    description: 'Leads of my organization created, updated or deleted, after commit',
    subscribe: ({ context, args }) => {
      const filter = args.filter as LeadChangedFilterInput | undefined;
      const byLead = Boolean(filter?.status?.length || filter?.temperature?.length || filter?.ownerId);
      return subscribeScoped(context as GraphQLContext, 'leadChanged', {
        // A deleted lead has nothing left to match a status, temperature or owner against.
        wants: (event) => !(filter?.kinds?.length && !filter.kinds.includes(event.kind as never)) && !(event.kind === 'DELETED' && byLead),
        keeps: (event, lead) => {
          if (event.kind === 'DELETED') return true;
          if (!lead) return false;
          if (filter?.status?.length && !filter.status.includes(lead.status)) return false;
          if (filter?.temperature?.length && !filter.temperature.includes(lead.temperature)) return false;
          return !filter?.ownerId || lead.owner?.id === filter.ownerId;
        },
      });
    },
  })
  leadChanged(
    @Root() root: EventRoot<'leadChanged'>,
    @Ctx() _ctx: GraphQLContext,
    @Arg('filter', () => LeadChangedFilterInput, { nullable: true, description: ARG.subscriptionFilter }) _filter?: LeadChangedFilterInput,
  ): LeadChangedEvent {
    return {
      kind: root.event.kind as LeadChangedEvent['kind'],
      leadId: root.event.leadId,
      changedFields: root.event.changedFields,
      lead: root.data,
      at: new Date(root.event.at),
    };
  }
}
