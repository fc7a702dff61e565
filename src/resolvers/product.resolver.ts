import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ConnectionArgs } from '../schema/connection.args';
import type { GraphQLContext } from '../context';
import type { Product } from '../entities/product.entity';
import { CreateProductInput, DeleteProductInput, DeleteProductPayload, ProductConnection, ProductFilterInput, ProductPayload, ProductType, UpdateProductInput } from '../schema/product.type';
import { MoneyAmount, moneyOf } from '../schema/quote-money.type';
import { findProductOrFail } from '../services/quotes/product.service';
import { findProducts } from '../services/quotes/product.queries';
import { formatScaled } from '../services/quotes/quote-money';
import { toConnection } from './connection';

@Resolver(() => ProductType)
export class ProductResolver {
  @Authorized('quotes:read')
  @Query(() => ProductType, { nullable: true, description: "One catalog product (needs quotes:read). Null with a NOT_FOUND error for unknown ids and other organizations' products alike" })
  product(@Arg('id', () => ID, { description: 'Product id' }) id: string, @Ctx() ctx: GraphQLContext): Promise<Product> {
    return findProductOrFail(ctx.em, id);
  }

  @Authorized('quotes:read')
  @Query(() => ProductConnection, { description: 'The catalog, by name (needs quotes:read); filter.search is full-text over sku, name and description' })
  async products(
    @Ctx() ctx: GraphQLContext,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Arg('filter', () => ProductFilterInput, { nullable: true, description: 'Narrows the list' }) filter?: ProductFilterInput,
  ) {
    return toConnection(await findProducts(ctx.em, filter, page, ctx.app.config.graphql.maxPageSize));
  }

  @Authorized('quotes:write')
  @Mutation(() => ProductPayload, { description: 'Adds a product to the catalog (needs quotes:write); audited' })
  async createProduct(@Arg('input', { description: 'The new product' }) input: CreateProductInput, @Ctx() ctx: GraphQLContext): Promise<{ product: Product }> {
    return { product: await ctx.app.products.create(ctx.scope(), input) };
  }

  @Authorized('quotes:write')
  @Mutation(() => ProductPayload, { description: 'Changes a product (needs quotes:write); existing quote lines keep their prices; audited' })
  async updateProduct(@Arg('input', { description: 'The changes' }) input: UpdateProductInput, @Ctx() ctx: GraphQLContext): Promise<{ product: Product }> {
    const { id, ...fields } = input;
    return { product: await ctx.app.products.update(ctx.scope(), id, fields) };
  }

  @Authorized('quotes:write')
  @Mutation(() => DeleteProductPayload, { description: 'Removes a product (needs quotes:write); quote lines keep their copy; audited. Prefer active: false to keep history linked.' })
  async deleteProduct(@Arg('input', { description: 'The product' }) input: DeleteProductInput, @Ctx() ctx: GraphQLContext): Promise<DeleteProductPayload> {
    return { deletedProductId: await ctx.app.products.delete(ctx.scope(), input.id) };
  }

  @FieldResolver(() => MoneyAmount, { description: 'Price of one unit, before tax' })
  unitPrice(@Root() p: Product): MoneyAmount {
    return moneyOf(p.unitPriceMinor, p.currency);
  }

  @FieldResolver(() => String, { description: 'Tax rate as a decimal percent' })
  taxRate(@Root() p: Product): string {
    return formatScaled(p.taxRateMilli);
  }
}
