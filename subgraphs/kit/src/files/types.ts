/**
 * What kind of file an upload is, read from its bytes (magic numbers), never from its name or from the type the
 * client claims: an executable renamed `.jpg` is still an executable. Only the kinds evidence comes in are
 * accepted (photos, scans, letters): images a phone or a scanner makes, PDF, and Word or Excel documents
 * without macros. Everything else, executables and scripts first, is refused.
 */

/** An accepted kind of file: the media type it is served with and the name people know it by. */
export interface AcceptedFileType {
  contentType: string;
  label: string;
}

export const ACCEPTED_FILE_TYPES = {
  jpeg: { contentType: 'image/jpeg', label: 'JPEG' },
  png: { contentType: 'image/png', label: 'PNG' },
  webp: { contentType: 'image/webp', label: 'WebP' },
  heic: { contentType: 'image/heic', label: 'HEIC' },
  heif: { contentType: 'image/heif', label: 'HEIF' },
  pdf: { contentType: 'application/pdf', label: 'PDF' },
  docx: {
    contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    label: 'Word (DOCX)',
  },
  xlsx: { contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', label: 'Excel (XLSX)' },
} as const satisfies Record<string, AcceptedFileType>;

/** The media types an upload may have, for clients to filter their file pickers with. */
export const ACCEPTED_CONTENT_TYPES: readonly string[] = Object.values(ACCEPTED_FILE_TYPES).map((t) => t.contentType);

/** Why bytes were refused: what they look like, when that is known. */
export type RefusedKind = 'EXECUTABLE' | 'MACRO_DOCUMENT' | 'UNKNOWN';

export type SniffedFile =
  { accepted: true; type: AcceptedFileType } | { accepted: false; kind: RefusedKind; description: string };

const ascii = (bytes: Uint8Array, from: number, length: number) =>
  String.fromCharCode(...bytes.subarray(from, from + length));
const startsWith = (bytes: Uint8Array, signature: readonly number[], at = 0) =>
  bytes.length >= at + signature.length && signature.every((b, i) => bytes[at + i] === b);

/** ISO base media files (HEIC photos from phones) name their format in the `ftyp` box's major brand. */
const HEIC_BRANDS = new Set(['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'hevm', 'hevs']);
const HEIF_BRANDS = new Set(['mif1', 'msf1']);

/** Programs and scripts, named so the refusal says what the file really is. */
const EXECUTABLES: readonly [readonly number[], string][] = [
  [[0x4d, 0x5a], 'a Windows program (MZ/PE)'],
  [[0x7f, 0x45, 0x4c, 0x46], 'a Linux program (ELF)'],
  [[0xfe, 0xed, 0xfa, 0xce], 'a macOS program (Mach-O)'],
  [[0xfe, 0xed, 0xfa, 0xcf], 'a macOS program (Mach-O)'],
  [[0xce, 0xfa, 0xed, 0xfe], 'a macOS program (Mach-O)'],
  [[0xcf, 0xfa, 0xed, 0xfe], 'a macOS program (Mach-O)'],
  [[0xca, 0xfe, 0xba, 0xbe], 'a macOS or Java program'],
  [[0x23, 0x21], 'a script (#!)'],
];

/** Reads the type of a file from its first bytes (and, for Office documents, from its ZIP directory). */
export function sniffFileType(bytes: Uint8Array): SniffedFile {
  const t = ACCEPTED_FILE_TYPES;
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return { accepted: true, type: t.jpeg };
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return { accepted: true, type: t.png };
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 4) === 'WEBP') return { accepted: true, type: t.webp };
  if (ascii(bytes, 4, 4) === 'ftyp') {
    const brand = ascii(bytes, 8, 4);
    if (HEIC_BRANDS.has(brand)) return { accepted: true, type: t.heic };
    if (HEIF_BRANDS.has(brand)) return { accepted: true, type: t.heif };
  }
  if (ascii(bytes, 0, 5) === '%PDF-') return { accepted: true, type: t.pdf };
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return officeDocument(bytes);
  for (const [signature, description] of EXECUTABLES)
    if (startsWith(bytes, signature)) return { accepted: false, kind: 'EXECUTABLE', description };
  return { accepted: false, kind: 'UNKNOWN', description: 'a file of no accepted type' };
}

/**
 * A ZIP is a Word or Excel document when its central directory holds the parts of one; a macro project in it
 * (`vbaProject.bin`) refuses it, as does any other archive. The directory is read, not the declared type.
 */
function officeDocument(bytes: Uint8Array): SniffedFile {
  const names = zipEntryNames(bytes);
  const unknown = {
    accepted: false,
    kind: 'UNKNOWN',
    description: 'an archive (ZIP) that is no Word or Excel document',
  } as const;
  if (!names || !names.has('[Content_Types].xml')) return unknown;
  if ([...names].some((n) => n.toLowerCase().endsWith('vbaproject.bin')))
    return { accepted: false, kind: 'MACRO_DOCUMENT', description: 'an Office document with macros' };
  if (names.has('word/document.xml')) return { accepted: true, type: ACCEPTED_FILE_TYPES.docx };
  if (names.has('xl/workbook.xml')) return { accepted: true, type: ACCEPTED_FILE_TYPES.xlsx };
  return unknown;
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;

/** The names in a ZIP's central directory, or null when it has none that reads whole. */
export function zipEntryNames(bytes: Uint8Array): Set<string> | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end record is the last 22 bytes, unless a comment (at most 65 535 bytes) follows it.
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  let end = -1;
  for (let at = bytes.length - 22; at >= lowest; at--) {
    if (view.getUint32(at, true) === END_OF_DIRECTORY) {
      end = at;
      break;
    }
  }
  if (end < 0) return null;
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const names = new Set<string>();
  const decoder = new TextDecoder();
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== DIRECTORY_ENTRY) return null;
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    if (at + 46 + nameLength > bytes.length) return null;
    names.add(decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength)));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}
