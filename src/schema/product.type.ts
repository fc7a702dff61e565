import { Node } from './node.type';
import { GraphQLSafeInt } from 'graphql-scalars';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { connectionTypes } from './connection';
import { MoneyAmount } from './quote-money.type';
import { Currency } from './scalars';

@ObjectType('Product', { implements: Node, description: "One item of the organization's catalog, which quotes are priced from and AI drafts match against" })
export class ProductType {
  @Field(() => ID, { description: 'Product id' })
  id!: string;

  @Field({ description: 'Stock-keeping code, unique within the organization (1–64 characters)' })
  sku!: string;

  @Field({ description: 'Name shown on quote lines (1–200 characters)' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Longer text; searched like the name' })
  description?: string | null;

  @Field({ description: 'What one of the quantity means: each, hour, day, metre, m², drop… (1–32 characters)' })
  unit!: string;

  @Field(() => MoneyAmount, { description: 'Price of one unit, before tax' })
  unitPrice!: MoneyAmount;

  @Field({ description: 'Tax rate as a decimal percent with up to 3 decimals, e.g. "20" or "8.875"' })
  taxRate!: string;

  @Field({ description: 'Inactive products stay on existing quotes but cannot be added to new lines or matched by drafts' })
  active!: boolean;

  @Field({ description: 'When it was created' })
  createdAt!: Date;

  @Field({ description: 'When it last changed' })
  updatedAt!: Date;
}

export const { Connection: ProductConnection } = connectionTypes(ProductType, 'Product');

@InputType({ description: 'Narrows products; all given conditions apply' })
export class ProductFilterInput {
  @Field(() => String, { nullable: true, description: 'Full-text search over sku, name and description in web-search syntax: words (all must match), "a phrase", -excluded, or (at most 200 characters)' })
  search?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only active (true) or only inactive (false) products' })
  active?: boolean | null;
}

@InputType({ description: 'A new catalog product (needs quotes:write)' })
export class CreateProductInput {
  @Field({ description: 'Unique within the organization; a duplicate is CONFLICT' })
  sku!: string;

  @Field({ description: 'Name shown on quote lines' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'Longer text, searched' })
  description?: string | null;

  @Field({ description: 'Unit of the quantity (each, hour, day, drop, m²…)' })
  unit!: string;

  @Field(() => GraphQLSafeInt, { description: 'Price of one unit in integer minor units of currency, ≥ 0' })
  unitPrice!: number;

  @Field(() => Currency, { description: 'ISO 4217 currency of unitPrice' })
  currency!: string;

  @Field(() => String, { nullable: true, description: 'Tax rate, decimal percent 0–100 with up to 3 decimals; default "0"' })
  taxRate?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Default true' })
  active?: boolean | null;
}

@InputType({ description: 'Changes to a product; omitted fields stay as they are. Existing quote lines keep the price they were written with.' })
export class UpdateProductInput {
  @Field(() => ID, { description: 'The product to change' })
  id!: string;

  @Field(() => String, { nullable: true, description: 'New sku (unique within the organization)' })
  sku?: string | null;

  @Field(() => String, { nullable: true, description: 'New name' })
  name?: string | null;

  @Field(() => String, { nullable: true, description: 'New description; null clears it' })
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'New unit' })
  unit?: string | null;

  @Field(() => GraphQLSafeInt, { nullable: true, description: 'New unit price in minor units' })
  unitPrice?: number | null;

  @Field(() => Currency, { nullable: true, description: 'New currency' })
  currency?: string | null;

  @Field(() => String, { nullable: true, description: 'New tax rate, decimal percent' })
  taxRate?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Activate or deactivate' })
  active?: boolean | null;
}

@InputType({ description: 'The product to delete' })
export class DeleteProductInput {
  @Field(() => ID, { description: 'Product id; quote lines that used it keep their copy of sku, description and price' })
  id!: string;
}

@ObjectType({ description: 'The product a mutation created or changed' })
export class ProductPayload {
  @Field(() => ProductType, { description: 'The product as stored' })
  product!: ProductType;
}

@ObjectType({ description: 'What deleteProduct removed' })
export class DeleteProductPayload {
  @Field(() => ID, { description: 'Id of the deleted product' })
  deletedProductId!: string;
}
