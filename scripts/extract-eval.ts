// npm run extract:eval — leave-one-out on the seed's sources (src/extract/evaluate.ts); writes
// EXTRACTION.md with the table, every miss and every false proposal. Exit code 1 when a quote is
// not verbatim or a goal is missed.
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../src/config.js';
import { evaluateSeed, totals, type KindScore } from '../src/extract/evaluate.js';
import { readSeedFolder, seedDir } from '../src/write/seedFolder.js';

const results = evaluateSeed(readSeedFolder(seedDir));
const all = totals(results);
const pct = (x: number) => `${Math.round(x * 1000) / 10} %`;
const proposals = results.reduce((a, r) => a + r.proposals.length, 0);
const misquoted = results.reduce((a, r) => a + r.misquoted.length, 0);
const dated = all.filter((s) => ['REQUEST', 'MEETING', 'APPOINTMENT'].includes(s.kind));
const datedGold = dated.reduce((a, s) => a + s.gold, 0);
const datedRecall = dated.reduce((a, s) => a + s.matchedGold, 0) / datedGold;
const datedProps = dated.reduce((a, s) => a + s.proposals, 0);
const datedPrecision = dated.reduce((a, s) => a + s.correctProposals, 0) / datedProps;
const obl = all.find((s) => s.kind === 'OBLIGATION')!;

const row = (label: string, s: KindScore) =>
  `| ${label} | ${s.gold} | ${s.proposals} | ${s.matchedGold} | ${s.correctProposals} | ${s.duplicates} | ${pct(s.recall)} | ${pct(s.precision)} |`;
const lines: string[] = [
  '# Extraction quality',
  '',
  'Written by `npm run extract:eval` (do not edit by hand). Leave-one-out on the three seed sources:',
  'for each, the graph is what the other two state, the source is extracted as new by the rule',
  'engine (`src/extract/`), and its proposals are compared with the curated records that cite it.',
  'A proposal is right when its quote overlaps a passage the gold record quotes from that source',
  '(entities: the same entity, or the same name) and, for obligations, dated events and dates, when',
  'its date interval overlaps the gold one. "dup." counts proposals beyond the first for one record.',
  '',
  `Proposals: ${proposals}; quotes verbatim at their offsets: ${proposals - misquoted} of ${proposals} (${pct((proposals - misquoted) / proposals)}).`,
  '',
  '| kind | gold | proposals | gold found | proposals right | dup. | recall | precision |',
  '| --- | --- | --- | --- | --- | --- | --- | --- |',
  ...all.map((s) => row(s.kind.toLowerCase().replace('_', ' '), s)),
  '',
  '| goal | measured | target |',
  '| --- | --- | --- |',
  `| quotes verbatim | ${pct((proposals - misquoted) / proposals)} | 100 % |`,
  `| obligations with deadlines: recall | ${pct(obl.recall)} | ≥ 70 % |`,
  `| obligations with deadlines: precision | ${pct(obl.precision)} | ≥ 80 % |`,
  `| dated events (requests, meetings and visits, appointments): recall | ${pct(datedRecall)} | ≥ 70 % |`,
  `| dated events: precision | ${pct(datedPrecision)} | ≥ 80 % |`,
  '',
  'Per source:',
  '',
  '| source | ' + all.map((s) => s.kind.toLowerCase().replace('_', ' ')).join(' | ') + ' |',
  '| --- | ' + all.map(() => '---').join(' | ') + ' |',
  ...results.map(
    (r) =>
      `| ${r.source} | ` +
      r.scores.map((s) => `${s.matchedGold}/${s.gold} found, ${s.correctProposals}/${s.proposals} right`).join(' | ') +
      ' |',
  ),
  '',
];
for (const r of results) {
  lines.push(`## ${r.source}`, '');
  for (const s of r.scores) {
    if (!s.misses.length && !s.falseProposals.length) continue;
    lines.push(`### ${s.kind.toLowerCase().replace('_', ' ')}`, '');
    for (const m of s.misses)
      lines.push(`- miss: \`${m.id}\` ${m.name}${m.date?.text ? ` (date "${m.date.text}")` : ''}`);
    for (const p of s.falseProposals)
      lines.push(
        `- false: \`${p.rule}\` "${p.quote.replace(/\s+/g, ' ').slice(0, 160)}"${p.date ? ` (${p.date.earliest}..${p.date.latest})` : ''}`,
      );
    lines.push('');
  }
}
const fulfil = results.flatMap((r) =>
  r.proposals.filter((p) => p.kind === 'FULFILMENT').map((p) => ({ r: r.source, p })),
);
lines.push(
  '## Fulfilments (not scored: the seed records none)',
  '',
  ...(fulfil.length
    ? fulfil.map(({ r, p }) => `- ${r}: \`${p.fulfils}\` ← "${p.quote.slice(0, 140)}"`)
    : ['- none proposed']),
  '',
);
fs.writeFileSync(path.join(projectRoot, 'EXTRACTION.md'), lines.join('\n'));
console.log(lines.slice(9, 30).join('\n'));
const ok = misquoted === 0 && obl.recall >= 0.7 && obl.precision >= 0.8 && datedRecall >= 0.7 && datedPrecision >= 0.8;
process.exit(ok ? 0 : 1);
