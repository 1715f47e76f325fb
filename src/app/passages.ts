// A source text cut into segments at every passage boundary, so that overlapping passages can
// all be highlighted: each segment knows which passages cover it.

export interface Passage {
  key: string;
  start: number;
  end: number;
}

export interface Segment {
  start: number;
  end: number;
  /** Keys of the passages that cover the whole segment (none: plain text). */
  passages: string[];
}

export function segments(length: number, passages: readonly Passage[]): Segment[] {
  const cuts = new Set<number>([0, length]);
  for (const p of passages) {
    cuts.add(Math.max(0, Math.min(length, p.start)));
    cuts.add(Math.max(0, Math.min(length, p.end)));
  }
  const sorted = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < sorted.length; i++) {
    const start = sorted[i]!;
    const end = sorted[i + 1]!;
    out.push({ start, end, passages: passages.filter((p) => p.start <= start && p.end >= end).map((p) => p.key) });
  }
  return out;
}
