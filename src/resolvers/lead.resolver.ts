import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ARG } from '../schema/argument-descriptions';
import type { GraphQLContext } from '../context';
import type { Lead } from '../entities/lead.entity';
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
import { DeleteLeadPayload, ImportLeadsPayload, LeadConnection, LeadPayload, LeadType, Money, ScoreEventType, UpsertLeadPayload } from '../schema/lead.type';
import { UserType } from '../schema/user.type';
import { findLeadOrFail } from '../services/lead.service';
import { findLeads } from '../services/lead-query.service';
import { toConnection } from './connection';
import { toFieldErrors } from './field-errors';

/** A Lead entity, or an import row's snapshot of one (LeadSnapshot). */
type LeadRoot = Pick<Lead, 'id' | 'owner' | 'budgetCents' | 'budgetCurrency'>;

@Resolver(() => LeadType)
export class LeadResolver {
  @Authorized('leads:read')
  @Query(() => LeadType, { nullable: true, description: "Null with a NOT_FOUND error for unknown ids and other organizations' leads alike; the query's other fields still answer" })
  lead(@Arg('id', () => ID, { description: ARG.id }) id: string, @Ctx() ctx: GraphQLContext): Promise<Lead> {
    return findLeadOrFail(ctx.em, id);
  }

  @Authorized('leads:read')
  @Query(() => LeadConnection, { description: 'My organization\'s leads, filtered and sorted. Needs leads:read.' })
  async leads(
    @Ctx() ctx: GraphQLContext,
    @Arg('filter', () => LeadFilterInput, { nullable: true, description: ARG.filter }) filter?: LeadFilterInput,
    @Arg('orderBy', () => LeadOrderByInput, { nullable: true, description: ARG.orderBy }) orderBy?: LeadOrderByInput,
    @Arg('first', () => Int, { nullable: true, description: ARG.first }) first?: number,
    @Arg('after', () => String, { nullable: true, description: ARG.after }) after?: string,
  ) {
    const order = { field: orderBy?.field ?? LeadOrderField.CREATED_AT, direction: orderBy?.direction ?? OrderDirection.DESC };
    const page = await findLeads(ctx.em, filter, order, { first, after }, ctx.app.config.graphql.maxPageSize);
    return toConnection(page);
  }

  @Authorized('leads:write')
  @Mutation(() => LeadPayload, { description: 'Creates a lead; scores its profile in the background (score events follow). CONFLICT on email or externalId when taken. Needs leads:write.' })
  async createLead(@Arg('input', { description: ARG.input }) input: CreateLeadInput, @Ctx() ctx: GraphQLContext): Promise<{ lead: Lead }> {
    return { lead: await ctx.app.leads.create(ctx.scope(), input) };
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
    return ctx.app.leads.upsert(ctx.scope(), input);
  }

  @Authorized('leads:write')
  @Mutation(() => ImportLeadsPayload, { description: 'Bulk upsert, in order; each row is validated on its own: bad rows are reported in results and do not stop the good ones' })
  async importLeads(@Arg('input', { description: ARG.input }) input: ImportLeadsInput, @Ctx() ctx: GraphQLContext) {
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
    return { lead: await ctx.app.leads.adjustScore(ctx.scope(), input.leadId, input.delta, input.reason) };
  }

  @FieldResolver(() => UserType, { nullable: true, description: 'The user who owns the lead; null: unassigned.' })
  owner(@Root() lead: LeadRoot, @Ctx() ctx: GraphQLContext) {
    return lead.owner ? ctx.loaders.userById.load(lead.owner.id) : null;
  }

  @FieldResolver(() => Money, { nullable: true, description: 'What the lead may spend; null: not known.' })
  budget(@Root() lead: LeadRoot): Money | null {
    return lead.budgetCents != null && lead.budgetCurrency ? { amountCents: Number(lead.budgetCents), currency: lead.budgetCurrency } : null;
  }

  @FieldResolver(() => [ScoreEventType], { description: 'How the score came to be, newest first.' })
  async scoreHistory(@Root() lead: LeadRoot, @Ctx() ctx: GraphQLContext, @Arg('first', () => Int, { defaultValue: 20, description: 'How many events, newest first: 0–100 (default 20).' }) first: number) {
    const events = await ctx.loaders.scoreEventsByLead.load(lead.id);
    return events.slice(0, Math.max(0, Math.min(first, 100)));
  }
}
