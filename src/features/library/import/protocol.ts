/** The messages between the parse client (main thread) and the parse worker. */
import type { ParsedGuideFile } from '@/domain/guide-import';

export interface TextFile {
  name: string;
  size: number;
  text: string;
}

/** Files to parse, each with its index in the caller's list. */
export interface ParseRequest {
  files: (TextFile & { index: number })[];
}

/** One parsed (or refused) file, posted as soon as it is done. */
export interface ParseReply {
  index: number;
  file: ParsedGuideFile;
}
