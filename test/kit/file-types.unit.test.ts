import { ACCEPTED_FILE_TYPES, sniffFileType, zipEntryNames } from '@onedoor/subgraph-kit';
import { describe, expect, it } from 'vitest';
import { DOCM, DOCX, JPEG, pdfSaying, WINDOWS_EXE, zipOf } from '../support/files';

const bytes = (...parts: (number[] | string)[]) =>
  new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...Buffer.from(p, 'latin1')] : p)));
const typeOf = (b: Uint8Array) => {
  const sniffed = sniffFileType(b);
  return sniffed.accepted ? sniffed.type.contentType : sniffed.kind;
};

describe('file types read from the bytes', () => {
  it('accepts the photos, scans and documents evidence comes in', () => {
    expect(typeOf(JPEG)).toBe('image/jpeg');
    expect(typeOf(bytes([0x89], 'PNG\r\n\x1a\n', [0, 0, 0, 13]))).toBe('image/png');
    expect(typeOf(bytes('RIFF', [1, 2, 3, 4], 'WEBPVP8 '))).toBe('image/webp');
    expect(typeOf(bytes([0, 0, 0, 24], 'ftypheic', [0, 0, 0, 0], 'mif1heic'))).toBe('image/heic');
    expect(typeOf(bytes([0, 0, 0, 24], 'ftypmif1', [0, 0, 0, 0], 'mif1'))).toBe('image/heif');
    expect(typeOf(pdfSaying('Acceptance notice'))).toBe('application/pdf');
    expect(typeOf(DOCX)).toBe(ACCEPTED_FILE_TYPES.docx.contentType);
    expect(typeOf(zipOf({ '[Content_Types].xml': '<Types/>', 'xl/workbook.xml': '<workbook/>' }))).toBe(
      ACCEPTED_FILE_TYPES.xlsx.contentType,
    );
  });

  it('refuses programs and scripts whatever they are called, and says what they are', () => {
    const exe = sniffFileType(WINDOWS_EXE);
    expect(exe).toEqual({ accepted: false, kind: 'EXECUTABLE', description: 'a Windows program (MZ/PE)' });
    expect(typeOf(bytes([0x7f], 'ELF', [2, 1, 1]))).toBe('EXECUTABLE');
    expect(typeOf(bytes([0xcf, 0xfa, 0xed, 0xfe], [7, 0, 0, 1]))).toBe('EXECUTABLE');
    expect(typeOf(bytes('#!/bin/sh\nrm -rf /\n'))).toBe('EXECUTABLE');
  });

  it('refuses a Word document with macros, other archives, web pages and anything unknown', () => {
    expect(typeOf(DOCM)).toBe('MACRO_DOCUMENT');
    expect(typeOf(zipOf({ 'photo.jpg': 'x', 'setup.exe': 'MZ' }))).toBe('UNKNOWN');
    expect(typeOf(bytes('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'))).toBe('UNKNOWN');
    expect(typeOf(bytes('<!doctype html><html>'))).toBe('UNKNOWN');
    expect(typeOf(bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).toBe('UNKNOWN');
    expect(typeOf(new Uint8Array())).toBe('UNKNOWN');
  });

  it('reads a ZIP directory only when it is whole: a cut or forged one is no document', () => {
    expect(zipEntryNames(DOCX)).toEqual(new Set(['[Content_Types].xml', 'word/document.xml']));
    expect(typeOf(DOCX.subarray(0, DOCX.length - 30))).toBe('UNKNOWN');
    const forged = new Uint8Array(DOCX);
    // The end record's directory offset points past the end of the file.
    new DataView(forged.buffer).setUint32(forged.length - 6, 0xfffffff0, true);
    expect(zipEntryNames(forged)).toBeNull();
    expect(typeOf(forged)).toBe('UNKNOWN');
  });
});
