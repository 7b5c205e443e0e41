/** A file size as people read it: bytes, KB or MB (1024-based, one decimal above 10 KB and below 10 MB). */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(bytes < 10 * 1024 ? 1 : 0)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MB`;
}

/** How a file is shown inline: images and PDF; anything else is only downloaded. */
export function previewKind(mediaType: string): 'image' | 'pdf' | null {
  if (['image/jpeg', 'image/png', 'image/webp'].includes(mediaType)) return 'image';
  return mediaType === 'application/pdf' ? 'pdf' : null;
}
