/**
 * Searching the pooled open answers: the web marks the matches with these, and the server's query
 * folds the texts the same way (lower case, accents off) before it compares.
 */

/**
 * Lower case without accents, one character for one (so positions in the folded text are positions
 * in the original, for marking the matches): "Één café" → "een cafe".
 */
export function foldText(text: string): string {
  // Plain ASCII (most answers) only needs lower case, which keeps its length.
  // eslint-disable-next-line no-control-regex -- the ASCII range starts at NUL on purpose
  if (!/[^\x00-\x7f]/.test(text)) return text.toLowerCase();
  let folded = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    folded += c.normalize('NFD').charAt(0).toLowerCase().charAt(0) || c;
  }
  return folded;
}

/** The words of a search, folded; empty when there is nothing to search for. */
export function searchTerms(query: string): string[] {
  return [...new Set(foldText(query).split(/\s+/).filter(Boolean))];
}
