// Sentences and clauses with their offsets in the stored text: every rule quotes from these, so a
// quote is always a slice of the document, never rebuilt words.

export interface Span {
  start: number;
  end: number;
  text: string;
}

/** Trims white space (including no-break spaces) and closing quote marks off a span's ends. */
export function trimSpan(full: string, start: number, end: number): Span {
  while (start < end && /[\s\u00a0"“”‘’'(]/.test(full[start]!)) start++;
  while (end > start && /[\s\u00a0"“”‘’',;:)]/.test(full[end - 1]!)) end--;
  return { start, end, text: full.slice(start, end) };
}

/**
 * Sentences: split at line breaks and after ., ! or ? (with any closing quote) followed by space
 * and a capital or an opening quote. Abbreviations common in official prose (Mr, Dr, Cllr, s.,
 * No.) do not end a sentence.
 */
export function sentences(text: string): Span[] {
  const out: Span[] = [];
  const re = /[.!?]["”’]?(?=\s+["“‘]?[A-Z0-9])|\n+/g;
  let from = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const cut = m.index + m[0].length;
    if (
      m[0][0] === '.' &&
      /\b(Mr|Mrs|Ms|Dr|Cllr|Prof|St|No|s|ss|para|paras|cf|e\.g|i\.e|Co|Ltd|Rt|Hon)\.$/i.test(
        text.slice(Math.max(0, m.index - 6), m.index + 1),
      )
    )
      continue;
    const s = trimSpan(text, from, m[0][0] === '\n' ? m.index : cut);
    if (s.end > s.start) out.push(s);
    from = cut;
  }
  const last = trimSpan(text, from, text.length);
  if (last.end > last.start) out.push(last);
  return out;
}

/** The sub-span of `s` from `rel` (relative offset) to `relEnd`, trimmed. */
export function sub(full: string, s: Span, rel: number, relEnd: number): Span {
  return trimSpan(full, s.start + rel, s.start + relEnd);
}
