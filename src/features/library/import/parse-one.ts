/**
 * Parsing one guide file, as the worker does it and as the main thread does
 * it when there is no worker: the checks that need the text, then the
 * build's own parser, then (in the worker) the key terms (key-terms.ts).
 * Loaded only inside the worker or as a lazy chunk: it brings the parser
 * (remark, yaml), which must stay off the first page.
 */
import { parseGuide } from '@/content/parse-guide.ts';
import type { ContentIssue, Guide, ParseResult } from '@/content/types.ts';
import { checkGuideFile, parserFileName, type ParsedGuideFile } from '@/domain/guide-import';

import type { ParseReply, ParseRequest, TextFile } from './protocol.ts';

/** What is added to a guide once parsed (the worker's key terms). */
export type Finish = (guide: Guide) => Guide;

export function parseGuideFile({ name, size, text }: TextFile, finish: Finish = (guide) => guide): ParsedGuideFile {
  const problem = checkGuideFile({ name, size, text });
  if (problem) return { name, size, status: 'refused', problem };
  const result = withFileName(parseGuide(text, parserFileName(name)), name);
  return {
    name,
    size,
    status: 'parsed',
    result: result.ok ? { ...result, guide: finish(result.guide) } : result,
  };
}

/** Answers one request, one reply per file as soon as it is parsed (the worker's whole job). */
export function answer(request: ParseRequest, post: (reply: ParseReply) => void, finish?: Finish): void {
  for (const { index, ...file } of request.files) post({ index, file: parseGuideFile(file, finish) });
}

/** The issues name the file as the user knows it (a `.txt` file was parsed as `.md`). */
function withFileName(result: ParseResult, name: string): ParseResult {
  const rename = (issues: ContentIssue[]) => issues.map((issue) => ({ ...issue, file: name }));
  return result.ok
    ? { ...result, warnings: rename(result.warnings) }
    : { ...result, errors: rename(result.errors), warnings: rename(result.warnings) };
}
