import type { EntityManager } from '@mikro-orm/postgresql';
import { DocumentTemplate } from '../../../entities/document-template.entity';
import { Organization } from '../../../entities/organization.entity';
import { BadUserInputError } from '../../../errors';
import { recordAudit } from '../../audit.service';
import type { Effects, Scope } from '../../scope';
import { inTransaction } from '../../unit-of-work';
import { QuoteDocumentKind } from './document-model';
import { DEFAULT_TEMPLATES, effectiveBlocks, MAX_BLOCK_LENGTH, renderBlocks, TEMPLATE_BLOCKS, TemplateError, type TemplateBlock, type TemplateBlocks } from './templates';
import { sampleModel } from './sample-model';

export interface DocumentTemplateView {
  kind: QuoteDocumentKind;
  /** The organization's own blocks (null: the default is used). */
  custom: Record<TemplateBlock, string | null>;
  defaults: TemplateBlocks;
}

export type TemplateChange = { kind: QuoteDocumentKind } & Partial<Record<TemplateBlock, string | null>>;

/** The organization's document templates: read (with the defaults beside them) and change (validated by rendering a sample). */
export class DocumentTemplateService {
  constructor(private readonly effects: Effects) {}

  async list(em: EntityManager): Promise<DocumentTemplateView[]> {
    const rows = await em.find(DocumentTemplate, {});
    return Object.values(QuoteDocumentKind).map((kind) => viewOf(kind, rows.find((r) => r.kind === kind) ?? null));
  }

  async update(scope: Scope, change: TemplateChange): Promise<DocumentTemplateView> {
    for (const block of TEMPLATE_BLOCKS) {
      const text = change[block];
      if (typeof text === 'string' && text.length > MAX_BLOCK_LENGTH) throw BadUserInputError.forField(`input.${block}`, `at most ${MAX_BLOCK_LENGTH} characters`);
    }
    return inTransaction(scope.em, this.effects, async (tx) => {
      const row = (await tx.findOne(DocumentTemplate, { kind: change.kind })) ?? tx.create(DocumentTemplate, { organization: tx.getReference(Organization, scope.organizationId), kind: change.kind });
      const before = blocksOf(row);
      for (const block of TEMPLATE_BLOCKS) {
        // Omitted: unchanged; null or blank: back to the default.
        if (change[block] !== undefined) row[block] = change[block]?.trim() ? change[block] : null;
      }
      try {
        renderBlocks(effectiveBlocks(change.kind, blocksOf(row) as Partial<TemplateBlocks>), sampleModel());
      } catch (err) {
        if (err instanceof TemplateError) throw BadUserInputError.forField(`input.${err.block}`, err.message);
        throw err;
      }
      recordAudit(tx, scope, { action: 'documentTemplate.update', entityType: 'DocumentTemplate', entityId: row.id, before, after: blocksOf(row) });
      return viewOf(change.kind, row);
    });
  }
}

function blocksOf(row: DocumentTemplate): Record<TemplateBlock, string | undefined> {
  return { title: row.title ?? undefined, intro: row.intro ?? undefined, body: row.body ?? undefined, footer: row.footer ?? undefined };
}

function viewOf(kind: QuoteDocumentKind, row: DocumentTemplate | null): DocumentTemplateView {
  return {
    kind,
    custom: { title: row?.title ?? null, intro: row?.intro ?? null, body: row?.body ?? null, footer: row?.footer ?? null },
    defaults: DEFAULT_TEMPLATES[kind],
  };
}
