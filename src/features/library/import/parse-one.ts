/**
 * Parsing one guide file, as the worker does it and as the main thread does
 * it when there is no worker: the checks that need the text, then the
 * build's own parser. Loaded only inside the worker or as a lazy chunk: it
 * brings the parser (remark, yaml), which must stay off the first page.
 */
import { parseGuide } from '@/content/parse-guide.ts';
import type { ContentIssue, ParseResult } from '@/content/types.ts';
import { checkGuideFile, parserFileName, type ParsedGuideFile } from '@/domain/guide-import';

import type { ParseReply, ParseRequest, TextFile } from './protocol.ts';

export function parseGuideFile({ name, size, text }: TextFile): ParsedGuideFile {
  const problem = checkGuideFile({ name, size, text });
  if (problem) return { name, size, status: 'refused', problem };
  return { name, size, status: 'parsed', result: withFileName(parseGuide(text, parserFileName(name)), name) };
}

/** Answers one request, one reply per file as soon as it is parsed (the worker's whole job). */
export function answer(request: ParseRequest, post: (reply: ParseReply) => void): void {
  for (const { index, ...file } of request.files) post({ index, file: parseGuideFile(file) });
}

/** The issues name the file as the user knows it (a `.txt` file was parsed as `.md`). */
function withFileName(result: ParseResult, name: string): ParseResult {
  const rename = (issues: ContentIssue[]) => issues.map((issue) => ({ ...issue, file: name }));
  return result.ok
    ? { ...result, warnings: rename(result.warnings) }
    : { ...result, errors: rename(result.errors), warnings: rename(result.warnings) };
}
