// How units and organisations are found by the words people use: the name, the short name a county says
// (人社局), an alias (县人社局), the code, and the pinyin of each, in full (rensheju) and by initials (rsj).
import { pinyin } from 'pinyin-pro';
import { containsPattern } from '../shared/sql';

/** What a unit or an organisation is called; its search columns are computed from these on every write. */
export interface SearchNames {
  code: string;
  name: string;
  shortName: string | null;
  aliases: readonly string[];
}

/**
 * The way of computing the search columns: raise it whenever `searchColumns` changes, and every row computed
 * under an older way (or backfilled by a migration, version 0) is recomputed when the grid subgraph starts.
 */
export const SEARCH_VERSION = 1;

/** The columns written with every unit and organisation: one text to match, and the grams its index holds. */
export interface SearchColumns {
  searchText: string;
  searchGrams: string[];
  searchVersion: number;
}

/** Full-width letters and digits folded to plain ones, lower case, no spaces: what is stored and what is asked. */
export const normaliseSearch = (text: string): string => text.normalize('NFKC').toLowerCase().replace(/\s+/gu, '');

const HAN = /\p{Script=Han}/u;

/** The pinyin spellings of a Chinese name, without tones: in full and by initials. */
function pinyinSpellings(text: string): string[] {
  if (!HAN.test(text)) return [];
  const options = { toneType: 'none', type: 'array', nonZh: 'consecutive' } as const;
  return [pinyin(text, options).join(''), pinyin(text, { ...options, pattern: 'first' }).join('')];
}

/**
 * The grams of a text that the GIN index holds: every character (for a search of one character) and every
 * pair of neighbouring characters. A search asks for all the pairs of what was typed, so the index narrows
 * the rows before the exact `like` decides; pairs suit Chinese, where most words are two characters long.
 */
function grams(text: string): string[] {
  const chars = Array.from(text);
  if (chars.length <= 1) return chars;
  return chars.slice(1).map((c, i) => chars[i]! + c);
}

/** The search columns of a unit or an organisation, computed on write (and by the seed). */
export function searchColumns(names: SearchNames): SearchColumns {
  const words = [names.name, names.shortName ?? '', ...names.aliases, names.code]
    .map(normaliseSearch)
    .filter((w) => w.length > 0);
  const segments = [...new Set([...words, ...words.flatMap(pinyinSpellings)])];
  const all = new Set<string>();
  for (const segment of segments) for (const g of [...Array.from(segment), ...grams(segment)]) all.add(g);
  // Segments are joined by a space, which no normalised search holds, so a match never spans two of them.
  return { searchText: segments.join(' '), searchGrams: [...all].sort(), searchVersion: SEARCH_VERSION };
}

/** What a search asks of the search columns; undefined when nothing was typed. */
export function searchQuery(text: string | null | undefined): { grams: string[]; pattern: string } | undefined {
  const typed = normaliseSearch(text ?? '');
  if (!typed) return undefined;
  return { grams: [...new Set(grams(typed))], pattern: containsPattern(typed) };
}
