/**
 * The rows of a text table in the seed's source: one row a line, its cells separated by `|` and trimmed, blank
 * lines skipped. Long lists of Chinese phrases read better so than as nested array literals.
 */
export function tableRows(text: string): string[][] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .map((line) => line.split('|').map((cell) => cell.trim()));
}
