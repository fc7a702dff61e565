import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { refId } from './ref-id';
import { ChildConnectionArgs, ConnectionArgs } from '../schema/connection.args';
import { ARG } from '../schema/argument-descriptions';
import type { GraphQLContext } from '../context';
import { Lead } from '../entities/lead.entity';
import { LeadOrderField, OrderDirection } from '../schema/enums';
import {
  AdjustLeadScoreInput,
  CreateLeadInput,
  DeleteLeadInput,
  ImportLeadsInput,
  LeadFilterInput,
  LeadOrderByInput,
  UpdateLeadInput,
  UpsertLeadInput,
} from '../schema/lead.inputs';
import { DeleteLeadPayload, ImportLeadsPayload, LeadConnection, LeadPayload, LeadType, Money, ScoreEventConnection, ScoreEventType, UpsertLeadPayload } from '../schema/lead.type';
import { UserType } from '../schema/user.type';
import { NotFoundError } from '../errors';
import { isUuid } from '../services/lead.service';
import { findLeads } from '../services/lead-query.service';
import { childConnection, childList } from './child-connection';
import { toConnection } from './connection';
import { toFieldErrors } from './field-errors';
import { entityReplay, idempotent } from './idempotent';
import { importLeadsReplay } from './idempotent-replays';

/** A Lead entity, a read-path row, or an import row's snapshot of one (LeadSnapshot). */
type LeadRoot = Pick<Lead, 'id' | 'budgetCents' | 'budgetCurrency'>;

@Resolver(() => LeadType)
export class LeadResolver {
  @Authorized('leads:read')
  @Query(() => LeadType, { nullable: true, description: "Null with a NOT_FOUND error for unknown ids and other organizations' leads alike; the query's other fields still answer" })
  async lead(@Arg('id', () => ID, { description: ARG.id }) id: string, @Ctx() ctx: GraphQLContext) {
    const row = isUuid(id) ? await ctx.loaders.leadById.load(id) : null;
    if (!row) throw new NotFoundError('Lead', id);
    return row;
  }

  @Authorized('leads:read')
  @Query(() => LeadConnection, { description: 'My organization\'s leads, filtered and sorted. Needs leads:read.' })
  async leads(
    @Ctx() ctx: GraphQLContext,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Arg('filter', () => LeadFilterInput, { nullable: true, description: ARG.filter }) filter?: LeadFilterInput,
    @Arg('orderBy', () => LeadOrderByInput, { nullable: true, description: ARG.orderBy }) orderBy?: LeadOrderByInput,
  ) {
    const order = { field: orderBy?.field ?? LeadOrderField.CREATED_AT, direction: orderBy?.direction ?? OrderDirection.DESC };
    return toConnection(await findLeads(ctx.em, filter, order, page, ctx.app.config.graphql.maxPageSize));
  }

  @Authorized('leads:write')
  @Mutation(() => LeadPayload, { description: 'Creates a lead; scores its profile in the background (score events follow). CONFLICT on email or externalId when taken. Needs leads:write.' })
  async createLead(@Arg('input', { description: ARG.input }) input: CreateLeadInput, @Ctx() ctx: GraphQLContext): Promise<{ lead: Lead }> {
    const { idempotencyKey: _key, ...fields } = input;
    return idempotent(ctx, 'createLead', input, async () => ({ lead: await ctx.app.leads.create(ctx.scope(), fields) }), entityReplay('lead', Lead));
  }

  @Authorized('leads:write')
  @Mutation(() => LeadPayload, { description: 'Changes a lead: omitted fields stay, null clears. Needs leads:write.' })
  async updateLead(@Arg('input', { description: ARG.input }) input: UpdateLeadInput, @Ctx() ctx: GraphQLContext): Promise<{ lead: Lead }> {
    const { id, ...fields } = input;
    return { lead: await ctx.app.leads.update(ctx.scope(), id, fields) };
  }

  @Authorized('leads:write')
  @Mutation(() => DeleteLeadPayload, { description: 'Deletes a lead with its score history (its calls stay, without a lead). Needs leads:write.' })
  async deleteLead(@Arg('input', { description: ARG.input }) input: DeleteLeadInput, @Ctx() ctx: GraphQLContext): Promise<DeleteLeadPayload> {
    return { deletedLeadId: await ctx.app.leads.delete(ctx.scope(), input.id) };
  }

  @Authorized('leads:write')
  @Mutation(() => UpsertLeadPayload, { description: 'Idempotent by externalId, else email, else phone: updates the lead found, else creates one. Needs leads:write.' })
  upsertLead(@Arg('input', { description: ARG.input }) input: UpsertLeadInput, @Ctx() ctx: GraphQLContext) {
    const { idempotencyKey: _key, ...fields } = input;
    return idempotent(ctx, 'upsertLead', input, () => ctx.app.leads.upsert(ctx.scope(), fields), entityReplay('lead', Lead, ['created']));
  }

  @Authorized('leads:write')
  @Mutation(() => ImportLeadsPayload, { description: 'Bulk upsert, in order; each row is validated on its own: bad rows are reported in results and do not stop the good ones' })
  importLeads(@Arg('input', { description: ARG.input }) input: ImportLeadsInput, @Ctx() ctx: GraphQLContext) {
    return idempotent(ctx, 'importLeads', input, () => this.runImport(input, ctx), importLeadsReplay);
  }

  private async runImport(input: ImportLeadsInput, ctx: GraphQLContext) {
    const rows = await ctx.app.leads.import(ctx.scope(), input.leads, ctx.app.config.graphql.importMaxRows);
    const results = rows.map((r) => ({ index: r.index, lead: r.lead, created: r.created, errors: r.error ? toFieldErrors(r.error, ctx) : [] }));
    return {
      createdCount: rows.filter((r) => r.lead && r.created).length,
      updatedCount: rows.filter((r) => r.lead && !r.created).length,
      failedCount: rows.filter((r) => r.error).length,
      results,
    };
  }

  @Authorized('leads:write')
  @Mutation(() => LeadPayload, { description: 'A person moves the score, with a reason kept in the score history' })
  async adjustLeadScore(@Arg('input', { description: ARG.input }) input: AdjustLeadScoreInput, @Ctx() ctx: GraphQLContext): Promise<{ lead: Lead }> {
    return idempotent(ctx, 'adjustLeadScore', input, async () => ({ lead: await ctx.app.leads.adjustScore(ctx.scope(), input.leadId, input.delta, input.reason) }), entityReplay('lead', Lead));
  }

  @FieldResolver(() => UserType, { nullable: true, description: 'The user who owns the lead; null: unassigned.' })
  owner(@Root() lead: LeadRoot, @Ctx() ctx: GraphQLContext) {
    const ownerId = refId(lead, 'owner');
    return ownerId ? ctx.loaders.userById.load(ownerId) : null;
  }

  @FieldResolver(() => Money, { nullable: true, description: 'What the lead may spend; null: not known.' })
  budget(@Root() lead: LeadRoot): Money | null {
    return lead.budgetCents != null && lead.budgetCurrency ? { amountCents: Number(lead.budgetCents), currency: lead.budgetCurrency } : null;
  }

  @FieldResolver(() => [ScoreEventType], {
    description: 'Newest first (in the order the changes were applied); first is clamped to 0–100',
    deprecationReason: 'Use scoreHistoryConnection: the same events as a connection (cursors, totalCount, paging both ways)',
  })
  scoreHistory(@Root() lead: LeadRoot, @Ctx() ctx: GraphQLContext, @Arg('first', () => Int, { defaultValue: 20, description: 'How many of the newest events (0–100)' }) first: number) {
    return childList(ctx, 'leadScoreHistory', lead.id, first, 100);
  }

  @FieldResolver(() => ScoreEventConnection, { description: 'Score changes, newest first (in the order they were applied); 20 per page by default, at most 100' })
  scoreHistoryConnection(@Root() lead: LeadRoot, @Ctx() ctx: GraphQLContext, @Args(() => ChildConnectionArgs) page: ChildConnectionArgs) {
    return childConnection(ctx, 'leadScoreHistory', lead.id, page, { default: 20, max: 100 });
  }
}
