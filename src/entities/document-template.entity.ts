import { Entity, Enum, Property, Unique } from '@mikro-orm/core';
import { QuoteDocumentKind } from '../services/quotes/documents/document-model';
import { TenantEntity } from './tenant.entity';

/**
 * An organization's own words for one kind of quote document (Handlebars text
 * blocks, see services/quotes/documents/templates.ts). A null block uses the
 * default; no row means all defaults.
 */
@Entity()
@Unique({ properties: ['organization', 'kind'] })
export class DocumentTemplate extends TenantEntity {
  @Enum({ items: () => QuoteDocumentKind, nativeEnumName: 'quote_document_kind' })
  kind!: QuoteDocumentKind;

  @Property({ type: 'text', nullable: true })
  title?: string | null;

  @Property({ type: 'text', nullable: true })
  intro?: string | null;

  @Property({ type: 'text', nullable: true })
  body?: string | null;

  @Property({ type: 'text', nullable: true })
  footer?: string | null;
}
