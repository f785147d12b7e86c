/**
 * The checks a file passes before the parser sees it: a Markdown name, not
 * too large, not empty, and text that looks like text. The size is checked
 * first, so a huge file is refused without reading it (`text` is optional).
 */
import { GUIDE_EXTENSIONS, MAX_GUIDE_BYTES } from './limits.ts';

export type GuideFileProblemCode = 'not-markdown' | 'too-large' | 'empty' | 'binary' | 'json' | 'unreadable';

export interface GuideFileProblem {
  code: GuideFileProblemCode;
  /** A sentence for the user that names the file. */
  message: string;
}

export interface GuideFileFacts {
  name: string;
  /** In bytes, as the file reports it. */
  size: number;
  /** The file's text once read; without it only the name and the size are checked. */
  text?: string;
}

/** How much of the text the binary sniffing looks at. */
const SNIFF_CHARS = 8192;
/** Control characters (other than tab, newlines, form feed) or undecodable bytes beyond this share: not text. */
const MAX_ODD_SHARE = 0.02;

export function hasGuideExtension(name: string): boolean {
  const lower = name.toLowerCase();
  return GUIDE_EXTENSIONS.some((ext) => lower.endsWith(ext));
}

export function formatFileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB`;
}

/** The first reason to refuse the file, or null when it may be parsed. */
export function checkGuideFile({ name, size, text }: GuideFileFacts): GuideFileProblem | null {
  const file = `“${name}”`;
  if (!hasGuideExtension(name)) {
    return {
      code: 'not-markdown',
      message: `${file} is not a Markdown file: a guide's name ends in .md, .markdown or .txt`,
    };
  }
  if (size > MAX_GUIDE_BYTES) {
    return {
      code: 'too-large',
      message: `${file} is ${formatFileSize(size)}, over the ${formatFileSize(MAX_GUIDE_BYTES)} a guide may be`,
    };
  }
  if (size === 0 || (text !== undefined && text.trim() === '')) {
    return { code: 'empty', message: `${file} is empty` };
  }
  if (text === undefined) return null;
  if (text.includes('\u0000') || oddShare(text) > MAX_ODD_SHARE) {
    return { code: 'binary', message: `${file} is not text (it looks like a binary file), so it cannot be a guide` };
  }
  if (looksLikeJson(text)) {
    return {
      code: 'json',
      message: `${file} holds JSON, not a Markdown guide (a backup of your data is imported from Your data instead)`,
    };
  }
  return null;
}

/** The share of control characters and U+FFFD (bytes that were not UTF-8) at the start of the text. */
function oddShare(text: string): number {
  const sample = text.slice(0, SNIFF_CHARS);
  let odd = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 12 && c !== 13) || c === 0xfffd) odd++;
  }
  return sample.length === 0 ? 0 : odd / sample.length;
}

function looksLikeJson(text: string): boolean {
  const trimmed = text.trim();
  const first = trimmed[0];
  const last = trimmed[trimmed.length - 1];
  if (!((first === '{' && last === '}') || (first === '[' && last === ']'))) return false;
  try {
    JSON.parse(trimmed);
    return true;
  } catch {
    return false;
  }
}
