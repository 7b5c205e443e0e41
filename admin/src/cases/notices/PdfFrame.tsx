import { useEffect, useState } from 'react';
import { Box } from '@mui/material';

/**
 * A PDF shown inline from its bytes, through a blob URL of the page's own origin: the gateway serves stored files
 * sandboxed (where a browser will not show a PDF), so the screens fetch the bytes and show them here.
 */
export function PdfFrame({ bytes, title }: { bytes: Uint8Array; title: string }) {
  const url = usePdfUrl(bytes);
  if (!url) return null;
  return (
    <Box
      component="iframe"
      title={title}
      src={url}
      data-testid="pdf-frame"
      sx={{ width: '100%', height: '70vh', border: 1, borderColor: 'divider', borderRadius: 1 }}
    />
  );
}

/** A blob URL of a PDF's bytes for as long as the component shows them. */
export function usePdfUrl(bytes: Uint8Array): string | null {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    const made = URL.createObjectURL(new Blob([bytes as BlobPart], { type: 'application/pdf' }));
    setUrl(made);
    return () => URL.revokeObjectURL(made);
  }, [bytes]);
  return url;
}

/** The SHA-256 of some bytes in lower-case hex; null where the browser offers no Web Crypto (a page not on HTTPS). */
export async function sha256Hex(bytes: Uint8Array): Promise<string | null> {
  if (!globalThis.crypto?.subtle) return null;
  const digest = await globalThis.crypto.subtle.digest('SHA-256', bytes as BufferSource);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** Bytes sent as base64 (a preview's PDF). */
export const bytesOfBase64 = (base64: string) => Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
