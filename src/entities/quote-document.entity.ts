import { BlobType, Entity, Enum, Index, ManyToOne, Property, type Ref, Unique } from '@mikro-orm/core';
import { QuoteDocumentKind } from '../services/quotes/documents/document-model';
import { Quote } from './quote.entity';
import { TenantEntity } from './tenant.entity';

export { QuoteDocumentKind };

/**
 * One rendered PDF of one quote version (quote, scope of work, terms, or the
 * contract), kept as it was sent: acceptance records point at its SHA-256.
 * The bytes load only when asked for (`content` is lazy); lists read the rest.
 */
@Entity()
@Unique({ properties: ['organization', 'quote', 'version', 'kind'] })
@Index({ properties: ['quote', 'version'] })
export class QuoteDocument extends TenantEntity {
  @ManyToOne(() => Quote, { ref: true, deleteRule: 'cascade' })
  quote!: Ref<Quote>;

  @Property({ type: 'int' })
  version!: number;

  @Enum({ items: () => QuoteDocumentKind, nativeEnumName: 'quote_document_kind' })
  kind!: QuoteDocumentKind;

  /** Lower-case hex SHA-256 of `content`. */
  @Property({ length: 64 })
  sha256!: string;

  @Property({ type: 'int' })
  sizeBytes!: number;

  @Property({ type: BlobType, lazy: true })
  content!: Buffer;
}
