import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';

/**
 * Notices are set in Noto Serif SC (SIL Open Font License 1.1), shipped by the npm package
 * `@expo-google-fonts/noto-serif-sc`: full static TrueType fonts (about 30,900 glyphs, rare characters of names
 * included), so a fresh machine needs no system font. pdfkit embeds only the glyphs a notice uses.
 */
const require = createRequire(import.meta.url);
const FONT_FILES = {
  regular: '@expo-google-fonts/noto-serif-sc/400Regular/NotoSerifSC_400Regular.ttf',
  bold: '@expo-google-fonts/noto-serif-sc/700Bold/NotoSerifSC_700Bold.ttf',
} as const;

let fonts: Promise<{ regular: Buffer; bold: Buffer }> | undefined;
/** The font files, read once per process. */
const loadFonts = () =>
  (fonts ??= Promise.all([readFile(require.resolve(FONT_FILES.regular)), readFile(require.resolve(FONT_FILES.bold))])
    .then(([regular, bold]) => ({ regular, bold }))
    .catch((error: unknown) => {
      fonts = undefined;
      throw error;
    }));

export interface NoticeLayout {
  /** The centre's name: the head of the page and the signature. */
  centre: string;
  title: string;
  /** The document number; null on a preview, which says it is one instead. */
  number: string | null;
  /** The filled body: paragraphs separated by blank lines. */
  body: string;
  /** The printed date, such as 2026年3月2日. */
  date: string;
  /** The moment of issue: the PDF's creation date, so the same notice renders to the same bytes. */
  issuedAt: Date;
}

const PAGE = { size: 'A4', margins: { top: 72, bottom: 72, left: 79, right: 74 } } as const;
const BODY_SIZE = 14;
const RED = '#b3261e';

/** A salutation or a label line (`张三：`, `当事人（签名）：`) starts flush left; other paragraphs are indented two characters. */
const flush = (paragraph: string) => paragraph.length <= 40 && /[：:]$/.test(paragraph);

/**
 * Renders a notice as an A4 PDF: the centre's name over a red rule, the title, the number, the body and the
 * signature (centre and date). Nothing in it depends on when or where it is rendered but `issuedAt`: the same
 * notice gives the same bytes, so its checksum is a fact of its content.
 */
export async function renderNoticePdf(layout: NoticeLayout): Promise<Uint8Array> {
  const { regular, bold } = await loadFonts();
  const doc = new PDFDocument({
    ...PAGE,
    info: {
      Title: layout.number ? `${layout.title} ${layout.number}` : layout.title,
      Author: layout.centre,
      Subject: layout.title,
      Creator: 'OneDoor',
      Producer: 'OneDoor (pdfkit)',
      CreationDate: layout.issuedAt,
    },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });
  doc.registerFont('regular', regular);
  doc.registerFont('bold', bold);
  const width = doc.page.width - PAGE.margins.left - PAGE.margins.right;

  if (!layout.number)
    doc.font('regular').fontSize(10).fillColor('#777777').text('预览稿 · 未编号，未签发', { align: 'right' });
  doc.font('bold').fontSize(20).fillColor(RED).text(layout.centre, { align: 'center' });
  const ruleY = doc.y + 6;
  doc
    .moveTo(PAGE.margins.left, ruleY)
    .lineTo(PAGE.margins.left + width, ruleY)
    .lineWidth(1.5)
    .strokeColor(RED)
    .stroke();
  doc.y = ruleY + 18;
  doc.font('bold').fontSize(22).fillColor('#000000').text(layout.title, { align: 'center' });
  doc.moveDown(0.4);
  doc
    .font('regular')
    .fontSize(12)
    .text(layout.number ?? '（预览）', { align: 'center' });
  doc.moveDown(1);

  doc.font('regular').fontSize(BODY_SIZE);
  for (const paragraph of paragraphsOf(layout.body)) {
    doc.text(paragraph, { indent: flush(paragraph) ? 0 : BODY_SIZE * 2, lineGap: 7, paragraphGap: 8 });
  }
  doc.moveDown(2);
  doc.text(layout.centre, { align: 'right' });
  doc.text(layout.date, { align: 'right' });
  doc.end();
  await ended;
  return new Uint8Array(Buffer.concat(chunks));
}

/** Paragraphs separated by blank lines; a single line break inside one is kept as a line of its own. */
function paragraphsOf(body: string): string[] {
  return body
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .flatMap((p) => p.split('\n'))
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}
