import type { EntityManager } from '@mikro-orm/postgresql';
import { Organization } from '../../entities/organization.entity';
import { Product } from '../../entities/product.entity';
import { NotFoundError } from '../../errors';
import { recordAudit } from '../audit.service';
import type { Effects, Scope } from '../scope';
import { inTransaction } from '../unit-of-work';
import { isUuid } from '../uuid';
import { parseRate, Problems } from './quote-input';
import { formatScaled } from './quote-money';

export interface ProductFieldsInput {
  sku?: string | null;
  name?: string | null;
  description?: string | null;
  unit?: string | null;
  /** Minor units of `currency`. */
  unitPrice?: number | null;
  currency?: string | null;
  /** Decimal percent, up to 3 decimals. */
  taxRate?: string | null;
  active?: boolean | null;
}

export async function findProductOrFail(em: EntityManager, id: string): Promise<Product> {
  const product = isUuid(id) ? await em.findOne(Product, id) : null;
  if (!product) throw new NotFoundError('Product', id);
  return product;
}

function productSummary(p: Product): Record<string, unknown> {
  return { sku: p.sku, name: p.name, unit: p.unit, unitPriceMinor: p.unitPriceMinor, currency: p.currency, taxRate: formatScaled(p.taxRateMilli), active: p.active };
}

/** Applies the given fields (omitted ones stay), collecting every problem by its field path. */
function applyFields(product: Product, input: ProductFieldsInput, creating: boolean, problems: Problems): void {
  const required = (key: 'sku' | 'name' | 'unit' | 'currency', max: number) => {
    const value = input[key];
    if (value === undefined && !creating) return;
    const t = value?.trim();
    if (!t) problems.add(`input.${key}`, 'is required');
    else if (t.length > max) problems.add(`input.${key}`, `must be at most ${max} characters`);
    else product[key] = key === 'currency' ? t.toUpperCase() : t;
  };
  required('sku', 64);
  required('name', 200);
  required('unit', 32);
  required('currency', 3);
  if (input.description !== undefined) product.description = input.description?.trim() || (null as unknown as undefined);
  if (input.unitPrice !== undefined || creating) {
    if (input.unitPrice == null || !Number.isSafeInteger(input.unitPrice) || input.unitPrice < 0) problems.add('input.unitPrice', 'must be a whole, non-negative number of minor units');
    else product.unitPriceMinor = input.unitPrice;
  }
  if (input.taxRate != null) {
    const rate = parseRate(input.taxRate, 'input.taxRate', problems);
    if (rate != null) product.taxRateMilli = rate;
  }
  if (input.active != null) product.active = input.active;
}

/** The catalog's writes. A sku is unique within an organization (a duplicate is CONFLICT on input.sku). */
export class ProductService {
  constructor(private readonly effects: Effects) {}

  async create(scope: Scope, input: ProductFieldsInput): Promise<Product> {
    return inTransaction(scope.em, this.effects, async (tx) => {
      const product = tx.create(Product, { organization: tx.getReference(Organization, scope.organizationId) } as never) as Product;
      const problems = new Problems();
      applyFields(product, input, true, problems);
      problems.throwIfAny();
      recordAudit(tx, scope, { action: 'product.create', entityType: 'Product', entityId: product.id, after: productSummary(product) });
      return product;
    });
  }

  async update(scope: Scope, id: string, input: ProductFieldsInput): Promise<Product> {
    return inTransaction(scope.em, this.effects, async (tx) => {
      const product = await findProductOrFail(tx, id);
      const before = productSummary(product);
      const problems = new Problems();
      applyFields(product, input, false, problems);
      problems.throwIfAny();
      recordAudit(tx, scope, { action: 'product.update', entityType: 'Product', entityId: product.id, before, after: productSummary(product) });
      return product;
    });
  }

  /** Lines of existing quotes keep their copy of the product (sku, price); the link becomes null. */
  async delete(scope: Scope, id: string): Promise<string> {
    return inTransaction(scope.em, this.effects, async (tx) => {
      const product = await findProductOrFail(tx, id);
      recordAudit(tx, scope, { action: 'product.delete', entityType: 'Product', entityId: product.id, before: productSummary(product) });
      tx.remove(product);
      return product.id;
    });
  }
}
