import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

/**
 * The text of a PDF as a reader's copy-and-paste would give it, read with pdf.js (Mozilla's PDF reader, the
 * legacy build for Node): every page's text in order, line breaks removed, since a line may wrap in the middle of
 * a name or a number.
 */
export async function pdfText(bytes: Uint8Array): Promise<string> {
  // pdf.js takes over the buffer it is given; it gets a copy so the caller's bytes stay as they were.
  const pdf = await getDocument({ data: bytes.slice(), verbosity: 0, isEvalSupported: false }).promise;
  try {
    let text = '';
    for (let n = 1; n <= pdf.numPages; n++) {
      const content = await (await pdf.getPage(n)).getTextContent();
      for (const item of content.items) if ('str' in item) text += item.str;
    }
    return text;
  } finally {
    await pdf.destroy();
  }
}
