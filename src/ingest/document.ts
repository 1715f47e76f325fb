// A file or upload turned into the text that quotes will index into, with the metadata the
// document carries (HTML title and meta tags, PDF info) under what the caller overrides. Every
// refusal is an IngestError with a code: nothing is stored for a document that fails here.
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { contentHashOf, type FuzzyDate } from '../write/compile.js';

export type IngestErrorCode =
  | 'TOO_LARGE'
  | 'EMPTY_DOCUMENT'
  | 'BINARY_CONTENT'
  | 'NO_TEXT_LAYER'
  | 'NO_MAIN_CONTENT'
  | 'NOT_ENGLISH'
  | 'UNREADABLE_PDF'
  | 'BAD_METADATA';

/** Codes of refused documents and decisions: the client's to fix, kept as they are in responses. */
export const CLIENT_INGEST_CODES = [
  'TOO_LARGE',
  'EMPTY_DOCUMENT',
  'BINARY_CONTENT',
  'NO_TEXT_LAYER',
  'NO_MAIN_CONTENT',
  'NOT_ENGLISH',
  'UNREADABLE_PDF',
  'BAD_METADATA',
  'ALREADY_DECIDED',
  'INVALID_RECORD',
];

export class IngestError extends Error {
  constructor(
    readonly code: IngestErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'IngestError';
  }
}

export type MediaType = 'text/plain' | 'text/html' | 'application/pdf';

/** What the caller states about a document; each wins over what the document says of itself. */
export interface Overrides {
  title?: string;
  publisher?: string;
  url?: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  published?: string;
  /** The file name, for the format when the bytes do not tell and for the record. */
  fileName?: string;
}

export interface PreparedDocument {
  text: string;
  /** sha256 of the stored text, hex: the document's identity. */
  contentHash: string;
  mediaType: MediaType;
  title: string;
  titleInferred: boolean;
  publisher: string | null;
  url: string | null;
  published: FuzzyDate | null;
  fileName: string | null;
  /** How the bytes were read ("utf-8", "utf-8 with BOM", "windows-1252"). */
  encoding: string;
}

export const DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

function detectType(bytes: Uint8Array, fileName?: string): MediaType {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  if (head.startsWith('%PDF-')) return 'application/pdf';
  if (/\.pdf$/i.test(fileName ?? '')) return 'application/pdf';
  if (
    /\.x?html?$/i.test(fileName ?? '') ||
    /^\s*(<!doctype html|<html|<head|<body)/i.test(head.replace(/^\uFEFF|^\xEF\xBB\xBF/, ''))
  )
    return 'text/html';
  return 'text/plain';
}

/**
 * Bytes to a string: UTF-8 (a byte-order mark is dropped), else Windows-1252, the usual encoding
 * of older office documents. Control characters other than tab and line breaks, or NUL bytes, mean
 * the file is not text at all.
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: string } {
  let text: string;
  let encoding = 'utf-8';
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) encoding = 'utf-8 with BOM';
  } catch {
    text = new TextDecoder('windows-1252').decode(bytes);
    encoding = 'windows-1252';
  }
  const controls = text.match(/[\u0000-\u0008\u000e-\u001f\u007f-\u009f\ufffd]/g)?.length ?? 0;
  if (text.includes('\u0000') || controls > Math.max(2, text.length / 200))
    throw new IngestError('BINARY_CONTENT', 'The file is not text, HTML or PDF: it holds binary data.');
  return { text, encoding };
}

/** Line breaks as \n, trailing spaces gone, no run of more than one blank line. */
function tidy(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

const ENGLISH = new Set(
  'the of and to in a is that for it as was with be by on not he are this at from have or an they which were but has their been will its would who also there more been than'.split(
    ' ',
  ),
);

/** Share of the words that are common English function words: about 0.4 in English prose, near 0 otherwise. */
export function englishShare(text: string): number {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (!words.length) return 0;
  return words.filter((w) => ENGLISH.has(w)).length / words.length;
}

function checkText(text: string) {
  if (!text.trim()) throw new IngestError('EMPTY_DOCUMENT', 'The document holds no text.');
  const words = text.match(/\p{L}+/gu)?.length ?? 0;
  if (words >= 20 && englishShare(text) < 0.12)
    throw new IngestError(
      'NOT_ENGLISH',
      'The document does not read as English; the extraction rules are written for English only.',
    );
}

/** A reduced-precision ISO date given by a caller or a meta tag, as a fuzzy date that is not inferred. */
export function fuzzyOf(value: string, text?: string): FuzzyDate {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(value.trim());
  if (!m) throw new IngestError('BAD_METADATA', `"${value}" is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD).`);
  const [, y, mo, d] = m;
  const check = new Date(`${y}-${mo ?? '01'}-${d ?? '01'}T00:00:00Z`);
  if (
    Number.isNaN(check.getTime()) ||
    check.getUTCMonth() + 1 !== Number(mo ?? '01') ||
    check.getUTCDate() !== Number(d ?? '01')
  )
    throw new IngestError('BAD_METADATA', `"${value}" is not a date of the calendar.`);
  const iso = [y, mo, d].filter(Boolean).join('-');
  const last = mo ? new Date(Date.UTC(Number(y), Number(mo), 0)).getUTCDate() : 31;
  return {
    ...(text ? { text } : {}),
    value: iso,
    precision: d ? 'DAY' : mo ? 'MONTH' : 'YEAR',
    earliest: d ? iso : mo ? `${iso}-01` : `${y}-01-01`,
    latest: d ? iso : mo ? `${iso}-${String(last).padStart(2, '0')}` : `${y}-12-31`,
    inferred: false,
  };
}

interface Found {
  text: string;
  title?: string;
  publisher?: string;
  published?: string;
  url?: string;
}

function fromHtml(html: string): Found {
  const { document } = parseHTML(html);
  const meta = (...names: string[]) => {
    for (const n of names) {
      const el = document.querySelector(`meta[property="${n}"], meta[name="${n}"]`);
      const v = el?.getAttribute('content')?.trim();
      if (v) return v;
    }
    return undefined;
  };
  const found = {
    title:
      meta('og:title', 'dc.title', 'DC.title') ?? document.querySelector('title')?.textContent?.trim() ?? undefined,
    publisher: meta('og:site_name', 'dc.publisher', 'DC.publisher', 'publisher', 'author'),
    published: meta('article:published_time', 'dc.date', 'DC.date', 'date', 'datePublished'),
    url: meta('og:url') ?? document.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? undefined,
  };
  // Readability keeps the article and drops navigation, headers, footers and side bars.
  const article = new Readability(document as unknown as Document, { charThreshold: 200 }).parse();
  const body = article?.textContent ? blockText(article.content ?? '') : '';
  if (!body || (body.match(/\p{L}+/gu)?.length ?? 0) < 30)
    throw new IngestError(
      'NO_MAIN_CONTENT',
      'The HTML page has no main content (only navigation or page furniture): nothing to ingest.',
    );
  return { text: body, ...found, title: found.title ?? article?.title ?? undefined };
}

/** The text of Readability's article HTML with one line per block, as a reader sees it. */
function blockText(html: string): string {
  const { document } = parseHTML(`<html><body>${html}</body></html>`);
  const blocks = [...document.querySelectorAll('h1,h2,h3,h4,h5,h6,p,li,blockquote,pre,td,th,dt,dd')]
    .filter((el) => !el.querySelector('p,li,blockquote,h1,h2,h3,h4,h5,h6'))
    .map((el) => (el.textContent ?? '').replace(/[ \t\r\n]+/g, ' ').trim())
    .filter(Boolean);
  return tidy(blocks.length ? blocks.join('\n\n') : (document.body.textContent ?? ''));
}

async function fromPdf(bytes: Uint8Array): Promise<Found> {
  const { getDocumentProxy, extractText, getMeta } = await import('unpdf');
  let pdf;
  try {
    pdf = await getDocumentProxy(new Uint8Array(bytes));
  } catch (err) {
    throw new IngestError('UNREADABLE_PDF', `The PDF cannot be read: ${(err as Error).message}`);
  }
  try {
    const { text } = await extractText(pdf, { mergePages: false });
    const pages = (text as string[]).map((p) => tidy(p)).filter(Boolean);
    if (!pages.length || !/\p{L}{2,}/u.test(pages.join(' ')))
      throw new IngestError(
        'NO_TEXT_LAYER',
        'The PDF has no extractable text (a scan without a text layer?); run it through OCR first.',
      );
    const { info } = await getMeta(pdf).catch(() => ({ info: {} as Record<string, unknown> }));
    const pdfDate = typeof info.CreationDate === 'string' ? /D:(\d{4})(\d{2})(\d{2})/.exec(info.CreationDate) : null;
    return {
      text: pages.join('\n\n'),
      title: typeof info.Title === 'string' && info.Title.trim() ? info.Title.trim() : undefined,
      publisher: typeof info.Author === 'string' && info.Author.trim() ? info.Author.trim() : undefined,
      published: pdfDate ? `${pdfDate[1]}-${pdfDate[2]}-${pdfDate[3]}` : undefined,
    };
  } finally {
    // Frees the parser and its worker: memory stays flat over a folder of PDFs.
    await pdf.loadingTask.destroy();
  }
}

/** Reads, checks and normalises one document; throws IngestError on anything it cannot take. */
export async function prepareDocument(
  bytes: Uint8Array,
  overrides: Overrides = {},
  maxBytes = DEFAULT_MAX_BYTES,
): Promise<PreparedDocument> {
  if (bytes.byteLength > maxBytes)
    throw new IngestError('TOO_LARGE', `The document is ${bytes.byteLength} bytes; the limit is ${maxBytes}.`);
  if (!bytes.byteLength) throw new IngestError('EMPTY_DOCUMENT', 'The document is empty.');
  const mediaType = detectType(bytes, overrides.fileName);
  let found: Found;
  let encoding = 'binary';
  if (mediaType === 'application/pdf') found = await fromPdf(bytes);
  else {
    const decoded = decodeText(bytes);
    encoding = decoded.encoding;
    // Plain text is stored verbatim (less a byte-order mark), as the seed's sources are.
    found = mediaType === 'text/html' ? fromHtml(decoded.text) : { text: decoded.text };
  }
  checkText(found.text);
  const firstLine = found.text.split('\n')[0]!.trim();
  const title = overrides.title?.trim() || found.title || firstLine.slice(0, 200);
  const published = overrides.published ?? found.published;
  return {
    text: found.text,
    contentHash: contentHashOf(found.text),
    mediaType,
    title,
    titleInferred: !overrides.title?.trim() && !found.title,
    publisher: overrides.publisher?.trim() || found.publisher || null,
    url: overrides.url?.trim() || found.url || null,
    published: published ? fuzzyOf(published.slice(0, 10)) : null,
    fileName: overrides.fileName ?? null,
    encoding,
  };
}
