/** Saves text as a file in the browser (a BOM first, so spreadsheet programs read the Chinese right). */
export function downloadText(filename: string, text: string, type = 'text/csv;charset=utf-8'): void {
  const body = text.charCodeAt(0) === 0xfeff ? text : `\uFEFF${text}`;
  const url = URL.createObjectURL(new Blob([body], { type }));
  const link = Object.assign(document.createElement('a'), { href: url, download: filename });
  link.click();
  URL.revokeObjectURL(url);
}
