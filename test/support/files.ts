import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import S3rver from 's3rver';

/**
 * Files as people bring them, made here so every test knows exactly what it uploads: a real JPEG photo
 * (16×12 pixels, as Chromium encodes it), a real PDF, Office documents as ZIPs, and executables in disguise.
 */

/** A 16×12 JPEG photo (a yellow square on red), encoded by Chromium. */
export const JPEG = new Uint8Array(
  Buffer.from(
    '/9j/4AAQSkZJRgABAQAAAQABAAD/4gHYSUNDX1BST0ZJTEUAAQEAAAHIAAAAAAQwAABtbnRyUkdCIFhZWiAH4AABAAEAAAAAAABhY3NwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAA9tYAAQAAAADTLQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAlkZXNjAAAA8AAAACRyWFlaAAABFAAAABRnWFlaAAABKAAAABRiWFlaAAABPAAAABR3dHB0AAABUAAAABRyVFJDAAABZAAAAChnVFJDAAABZAAAAChiVFJDAAABZAAAAChjcHJ0AAABjAAAADxtbHVjAAAAAAAAAAEAAAAMZW5VUwAAAAgAAAAcAHMAUgBHAEJYWVogAAAAAAAAb6IAADj1AAADkFhZWiAAAAAAAABimQAAt4UAABjaWFlaIAAAAAAAACSgAAAPhAAAts9YWVogAAAAAAAA9tYAAQAAAADTLXBhcmEAAAAAAAQAAAACZmYAAPKnAAANWQAAE9AAAApbAAAAAAAAAABtbHVjAAAAAAAAAAEAAAAMZW5VUwAAACAAAAAcAEcAbwBvAGcAbABlACAASQBuAGMALgAgADIAMAAxADb/2wBDAAYEBQYFBAYGBQYHBwYIChAKCgkJChQODwwQFxQYGBcUFhYaHSUfGhsjHBYWICwgIyYnKSopGR8tMC0oMCUoKSj/2wBDAQcHBwoIChMKChMoGhYaKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCgoKCj/wAARCAAMABADASIAAhEBAxEB/8QAFgABAQEAAAAAAAAAAAAAAAAAAAMF/8QAIRAAAQMEAgMBAAAAAAAAAAAAEQEEEgIDExQABQYxUXH/xAAVAQEBAAAAAAAAAAAAAAAAAAAGB//EAB8RAAEDAwUAAAAAAAAAAAAAABIAEyIDBBQhUVKB0f/aAAwDAQACEQMRAD8An4V0DXvNzbuX6MMI4qkQmRJRficea9A16PT1Ll+vNOWWpFAiAET6vMBo9dM5ajm/YmJYri0keiP1eHb108jtub9+BjluLUD7B/E4OYuMl04cevdVSAqOEUdl/9k=',
    'base64',
  ),
);

/** A one-page PDF that says `text` (ASCII), with a correct cross-reference table. */
export function pdfSaying(text: string): Uint8Array {
  const stream = `BT /F1 24 Tf 72 720 Td (${text.replace(/[()\\]/g, '\\$&')}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  body += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(body);
}

/** A ZIP (stored, uncompressed) holding these files: a Word document is one with the right parts. */
export function zipOf(files: Record<string, string>): Uint8Array {
  const local: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(files)) {
    const nameBytes = Buffer.from(name);
    const data = Buffer.from(content);
    const crc = crc32(data);
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt32LE(crc, 14);
    header.writeUInt32LE(data.length, 18);
    header.writeUInt32LE(data.length, 22);
    header.writeUInt16LE(nameBytes.length, 26);
    local.push(header, nameBytes, data);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt32LE(crc, 16);
    entry.writeUInt32LE(data.length, 20);
    entry.writeUInt32LE(data.length, 24);
    entry.writeUInt16LE(nameBytes.length, 28);
    entry.writeUInt32LE(offset, 42);
    central.push(entry, nameBytes);
    offset += header.length + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(files).length, 8);
  end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...local, directory, end]));
}

const CONTENT_TYPES =
  '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>';

/** A Word document's parts (enough for the type check; no word processor is asked to open it). */
export const DOCX = zipOf({ '[Content_Types].xml': CONTENT_TYPES, 'word/document.xml': '<w:document/>' });
/** The same with a macro project: a .docm, whatever it is called. */
export const DOCM = zipOf({
  '[Content_Types].xml': CONTENT_TYPES,
  'word/document.xml': '<w:document/>',
  'word/vbaProject.bin': 'macro',
});

/** The start of a Windows program (the MZ header and its DOS stub), as a renamed `.exe` has. */
export const WINDOWS_EXE = new Uint8Array(
  Buffer.concat([Buffer.from('MZ'), Buffer.alloc(58), Buffer.from('This program cannot be run in DOS mode.')]),
);

/** Uploads bytes with a ticket (`url` relative to the gateway); the answer's status and JSON body. */
export async function uploadWith(
  origin: string,
  ticket: { url: string; method: string },
  bytes: Uint8Array,
): Promise<{ status: number; body: UploadAnswer }> {
  const res = await fetch(origin + ticket.url, { method: ticket.method, body: bytes });
  return { status: res.status, body: (await res.json()) as UploadAnswer };
}

export interface UploadAnswer {
  receipt?: string;
  sha256?: string;
  size?: number;
  contentType?: string;
  fileName?: string;
  errors?: {
    message: string;
    extensions: { code: string; fields?: { field: string; reason: string; params: Record<string, unknown> }[] };
  }[];
}

/**
 * An S3-compatible server (s3rver) on this machine, with its bucket, for one test file; `env` configures
 * OneDoor's store for it. Its objects stay in its directory across `restart()`, as a real store's would.
 */
export async function startS3Server() {
  const directory = mkdtempSync(join(tmpdir(), 'onedoor-s3-'));
  const bucket = 'onedoor-test';
  const open = async (port = 0) => {
    const server = new S3rver({
      port,
      address: '127.0.0.1',
      silent: true,
      directory,
      configureBuckets: [{ name: bucket }],
    });
    const address = await server.run();
    return { server, port: address.port };
  };
  let running = await open();
  return {
    get endpoint() {
      return `http://127.0.0.1:${running.port}`;
    },
    get env(): Record<string, string> {
      return {
        ONEDOOR_S3_BUCKET: bucket,
        ONEDOOR_S3_ENDPOINT: `http://127.0.0.1:${running.port}`,
        ONEDOOR_S3_ACCESS_KEY_ID: 'S3RVER',
        ONEDOOR_S3_SECRET_ACCESS_KEY: 'S3RVER',
        ONEDOOR_S3_PREFIX: 'files/',
      };
    },
    directory,
    /** Stops the server and starts it again on the same port over the same directory. */
    async restart() {
      const port = running.port;
      await running.server.close();
      running = await open(port);
    },
    async stop() {
      await running.server.close();
      rmSync(directory, { recursive: true, force: true });
    },
  };
}
