import PDFDocument from 'pdfkit';
import { QuoteDocumentKind, type QuoteDocumentModel } from './document-model';
import { formatMoney } from './format';
import type { TemplateBlocks } from './templates';

/**
 * Lays out one quote document as a PDF (A4, the standard Helvetica fonts, no
 * embedding: small files and fast renders). The creation date is the model's
 * issue date and nothing else varies, so the same model renders the same
 * bytes and the same SHA-256. Limitation: the standard fonts cover Latin-1
 * (WinAnsi) only; other scripts need an embedded font (not done yet).
 */

const MARGIN = 50;
const PAGE_WIDTH = 595.28;
const CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN;

interface Column {
  header: string;
  width: number;
  align: 'left' | 'right';
  cell(line: QuoteDocumentModel['lines'][number], index: number, currency: string): string;
}

// Widths add up to CONTENT_WIDTH (495.28).
const COLUMNS: Column[] = [
  { header: '#', width: 22, align: 'left', cell: (_l, i) => String(i + 1) },
  { header: 'Description', width: 168.28, align: 'left', cell: (l) => l.description },
  { header: 'Qty', width: 40, align: 'right', cell: (l) => l.quantity },
  { header: 'Unit', width: 40, align: 'left', cell: (l) => l.unit },
  { header: 'Unit price', width: 65, align: 'right', cell: (l, _i, c) => formatMoney(l.unitPriceMinor, c) },
  { header: 'Discount', width: 55, align: 'right', cell: (l, _i, c) => (l.discountMinor ? formatMoney(l.discountMinor, c) : '') },
  { header: 'Tax', width: 35, align: 'right', cell: (l) => `${l.taxRatePercent}%` },
  { header: 'Total', width: 70, align: 'right', cell: (l, _i, c) => formatMoney(l.lineTotalMinor, c) },
];

const PDF_TITLES: Record<QuoteDocumentKind, string> = {
  QUOTE: 'Quote',
  SCOPE_OF_WORK: 'Scope of work',
  TERMS: 'Terms and conditions',
  CONTRACT: 'Contract',
};

export function renderQuotePdf(kind: QuoteDocumentKind, model: QuoteDocumentModel, blocks: TemplateBlocks): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    bufferPages: false,
    info: { Title: `${PDF_TITLES[kind]}: ${model.quote.title} (v${model.quote.version})`, Author: model.organization.name, Producer: 'Switchboard', Creator: 'Switchboard', CreationDate: model.quote.issuedAt },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  header(doc, model, blocks.title);
  paragraph(doc, blocks.intro);
  if (kind === QuoteDocumentKind.QUOTE || kind === QuoteDocumentKind.CONTRACT) {
    if (kind === QuoteDocumentKind.CONTRACT) paragraph(doc, blocks.body);
    lineTable(doc, model);
    totals(doc, model);
    if (kind === QuoteDocumentKind.QUOTE) paragraph(doc, blocks.body);
  } else if (kind === QuoteDocumentKind.SCOPE_OF_WORK) {
    scopeList(doc, model);
    paragraph(doc, blocks.body);
  } else {
    paragraph(doc, blocks.body);
  }
  paragraph(doc, blocks.footer, 8);
  doc.end();
  return done;
}

function header(doc: PDFKit.PDFDocument, model: QuoteDocumentModel, title: string): void {
  doc.font('Helvetica-Bold').fontSize(16).text(model.organization.name, MARGIN, MARGIN, { width: CONTENT_WIDTH });
  doc.moveDown(0.3).fontSize(13).text(title, { width: CONTENT_WIDTH });
  doc.font('Helvetica').fontSize(9).fillColor('#444');
  const to = [model.lead.name, model.lead.company, model.lead.email].filter(Boolean).join(' · ');
  doc.moveDown(0.3).text(`To: ${to}`, { width: CONTENT_WIDTH });
  doc.text(`Version ${model.quote.version} · issued ${model.quote.issuedAt.toISOString().slice(0, 10)}${model.quote.validUntil ? ` · valid until ${model.quote.validUntil}` : ''}`, { width: CONTENT_WIDTH });
  doc.fillColor('black').moveDown(1);
}

function paragraph(doc: PDFKit.PDFDocument, text: string, size = 10): void {
  if (!text) return;
  doc.font('Helvetica').fontSize(size).text(text, MARGIN, doc.y, { width: CONTENT_WIDTH });
  doc.moveDown(0.8);
}

function bottom(doc: PDFKit.PDFDocument): number {
  return doc.page.height - MARGIN;
}

function row(doc: PDFKit.PDFDocument, cells: string[], bold: boolean): void {
  doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(8);
  const height = Math.max(...cells.map((text, i) => doc.heightOfString(text, { width: COLUMNS[i].width - 4 }))) + 4;
  if (doc.y + height > bottom(doc)) {
    doc.addPage();
    if (!bold) row(doc, COLUMNS.map((c) => c.header), true);
  }
  const y = doc.y;
  let x = MARGIN;
  cells.forEach((text, i) => {
    doc.text(text, x + 2, y + 2, { width: COLUMNS[i].width - 4, align: COLUMNS[i].align, lineBreak: true });
    x += COLUMNS[i].width;
  });
  doc.moveTo(MARGIN, y + height).lineTo(MARGIN + CONTENT_WIDTH, y + height).lineWidth(0.3).strokeColor('#999').stroke();
  doc.x = MARGIN;
  doc.y = y + height;
}

function lineTable(doc: PDFKit.PDFDocument, model: QuoteDocumentModel): void {
  row(doc, COLUMNS.map((c) => c.header), true);
  model.lines.forEach((line, i) => row(doc, COLUMNS.map((c) => c.cell(line, i, model.quote.currency)), false));
  doc.moveDown(0.8);
}

function totals(doc: PDFKit.PDFDocument, model: QuoteDocumentModel): void {
  const money = (m: number) => formatMoney(m, model.quote.currency);
  const rows: Array<[string, string]> = [['Subtotal', money(model.totals.subtotalMinor)]];
  if (model.totals.discountMinor) rows.push(['Discount', `-${money(model.totals.discountMinor)}`]);
  rows.push(['Tax', money(model.totals.taxMinor)], ['Total', money(model.totals.totalMinor)]);
  const labelX = MARGIN + CONTENT_WIDTH - 200;
  for (const [label, value] of rows) {
    if (doc.y + 14 > bottom(doc)) doc.addPage();
    const y = doc.y;
    doc.font(label === 'Total' ? 'Helvetica-Bold' : 'Helvetica').fontSize(10);
    doc.text(label, labelX, y, { width: 90 });
    doc.text(value, labelX + 90, y, { width: 110, align: 'right' });
  }
  doc.x = MARGIN;
  doc.moveDown(1);
}

function scopeList(doc: PDFKit.PDFDocument, model: QuoteDocumentModel): void {
  doc.font('Helvetica').fontSize(10);
  model.lines.forEach((line, i) => {
    doc.text(`${i + 1}. ${line.description} (${line.quantity} ${line.unit})`, MARGIN, doc.y, { width: CONTENT_WIDTH });
  });
  doc.moveDown(0.8);
}
