/**
 * The export archive with audio: one .zip holding `rehearse-export.json` (the
 * very JSON of the plain export, recordings' metadata included) and
 * `audio/<attemptId>.<ext>` per recording. Pure: bytes in, bytes out; the
 * page turns them into Blobs and files.
 *
 * Guarantees: reading never throws (problems come back as sentences); sizes
 * are checked from the zip's directory before anything is inflated, so a
 * wrong or hostile file cannot freeze the tab; the JSON inside is parsed by
 * the same `parseExport` as a plain .json import, so an archive imports
 * exactly when its JSON would. Audio is stored uncompressed (level 0): it is
 * already compressed, deflating it again only costs time.
 *
 * Loaded on demand (fflate stays out of the data page's first chunk).
 */
import { strFromU8, strToU8, unzipSync, type Unzipped, type ZipOptions, zipSync } from 'fflate';

import { megabytes } from './problems';
import { MAX_EXPORT_CHARS } from './schema';

export const ARCHIVE_JSON_NAME = 'rehearse-export.json';
export const ARCHIVE_AUDIO_DIR = 'audio/';
/** An hour of Opus is ~30 MB; this allows years of recordings while refusing what would exhaust the tab's memory. */
export const MAX_ARCHIVE_BYTES = 500 * 1024 * 1024;

/** What the archive needs to know of a recording: whose it is and how it is encoded. */
export interface ArchiveRecording {
  attemptId: string;
  mimeType: string;
}

/** The file extension for a recording's MIME type ("audio/webm;codecs=opus" → "webm"). */
export function audioExtension(mimeType: string): string {
  const base = mimeType.split(';')[0]!.trim().toLowerCase();
  switch (base) {
    case 'audio/webm':
    case 'video/webm':
      return 'webm';
    case 'audio/mp4':
    case 'audio/x-m4a':
    case 'audio/m4a':
    case 'audio/aac':
      return 'm4a';
    case 'video/mp4':
      return 'mp4';
    case 'audio/ogg':
    case 'application/ogg':
      return 'ogg';
    case 'audio/wav':
    case 'audio/wave':
    case 'audio/x-wav':
      return 'wav';
    case 'audio/mpeg':
      return 'mp3';
    default:
      return 'bin';
  }
}

/** The path of a recording inside the archive. */
export const audioPath = (recording: ArchiveRecording) =>
  `${ARCHIVE_AUDIO_DIR}${recording.attemptId}.${audioExtension(recording.mimeType)}`;

/**
 * The archive: the export JSON (deflated: text shrinks well) and each
 * recording's bytes stored as they are.
 */
export function buildArchive(
  json: string,
  audio: readonly { recording: ArchiveRecording; data: Uint8Array }[],
  /** Fixed in tests so two archives of the same data are byte-identical. */
  mtime: Date = new Date(),
): Uint8Array {
  const entries: Record<string, [Uint8Array, ZipOptions]> = {
    [ARCHIVE_JSON_NAME]: [strToU8(json), { level: 6, mtime }],
  };
  for (const { recording, data } of audio) entries[audioPath(recording)] = [data, { level: 0, mtime }];
  return zipSync(entries);
}

/** True when the bytes start like a zip (a local file header, or the end record of an empty zip). */
export function looksLikeZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5);
}

/** Why an archive over MAX_ARCHIVE_BYTES is refused, and what to do instead. */
export const tooLargeMessage = (name: string, bytes: number) =>
  `${name} is too large (${megabytes(bytes)} MB); an archive to import is at most ${megabytes(MAX_ARCHIVE_BYTES)} MB. Delete some recordings in the original browser and export again, or import its JSON export without recordings.`;

export type ReadArchiveResult =
  | {
      ok: true;
      /** The text of rehearse-export.json, for `parseExport`. */
      json: string;
      /** Each audio file by the attempt id in its name (`audio/<attemptId>.<ext>`). */
      audio: ReadonlyMap<string, Uint8Array>;
      /** Other files in the archive, ignored. */
      ignored: string[];
    }
  | { ok: false; problems: string[] };

const fail = (problem: string): ReadArchiveResult => ({ ok: false, problems: [problem] });

/** The attempt id of an `audio/<attemptId>.<ext>` entry, or null for anything else (a folder, a nested path). */
function audioAttemptId(name: string): string | null {
  if (!name.startsWith(ARCHIVE_AUDIO_DIR)) return null;
  const base = name.slice(ARCHIVE_AUDIO_DIR.length);
  if (base === '' || base.includes('/')) return null;
  const dot = base.lastIndexOf('.');
  const id = dot > 0 ? base.slice(0, dot) : base;
  return id === '' ? null : id;
}

/**
 * Opens an archive made by `buildArchive`. The JSON may sit at the root or
 * one folder down (an archive unpacked and zipped again by hand); audio
 * likewise beside it.
 */
export function readArchive(bytes: Uint8Array, name = 'The archive'): ReadArchiveResult {
  if (bytes.length > MAX_ARCHIVE_BYTES) return fail(tooLargeMessage(name, bytes.length));
  if (!looksLikeZip(bytes)) return fail(`${name} is not a zip archive (or it is damaged), so it can't be read.`);

  // An object, not `let`s: the filter callback writes them and the checks after read them.
  const size = { total: 0, tooBig: null as string | null };
  let files: Unzipped;
  try {
    files = unzipSync(bytes, {
      // Sizes come from the zip's directory: refuse before inflating anything.
      filter: (file) => {
        if (file.name.endsWith('/')) return false;
        size.total += file.originalSize;
        if (file.name.endsWith(ARCHIVE_JSON_NAME) && file.originalSize > MAX_EXPORT_CHARS * 4) size.tooBig = file.name;
        if (size.total > MAX_ARCHIVE_BYTES) size.tooBig ??= 'its content';
        return size.tooBig === null;
      },
    });
  } catch (error) {
    return fail(
      `${name} could not be unpacked (${error instanceof Error ? error.message : String(error)}). The download may have been interrupted; export again from the original browser.`,
    );
  }
  if (size.tooBig !== null) {
    return fail(
      `${name} is too large once unpacked (${size.tooBig}); an archive to import holds at most ${megabytes(MAX_ARCHIVE_BYTES)} MB.`,
    );
  }

  const names = Object.keys(files);
  const jsonName = names.includes(ARCHIVE_JSON_NAME)
    ? ARCHIVE_JSON_NAME
    : names.find((n) => n.split('/').length === 2 && n.endsWith(`/${ARCHIVE_JSON_NAME}`));
  if (jsonName === undefined) {
    return fail(`This archive has no ${ARCHIVE_JSON_NAME}; it was not made by Rehearse's export.`);
  }
  const root = jsonName.slice(0, jsonName.length - ARCHIVE_JSON_NAME.length);

  let json: string;
  try {
    json = strFromU8(files[jsonName]!);
  } catch {
    return fail(`${ARCHIVE_JSON_NAME} in ${name} is not text (UTF-8), so it can't be a Rehearse export.`);
  }

  const audio = new Map<string, Uint8Array>();
  const ignored: string[] = [];
  for (const entry of names) {
    if (entry === jsonName) continue;
    const id = entry.startsWith(root) ? audioAttemptId(entry.slice(root.length)) : null;
    if (id === null || audio.has(id)) ignored.push(entry);
    else audio.set(id, files[entry]!);
  }
  return { ok: true, json, audio, ignored };
}

export interface AudioMatch {
  /** The recordings with both metadata and audio: what will import. */
  matched: ArchiveRecording[];
  /** Recordings listed in the JSON whose audio is not in the archive: skipped. */
  missingAudio: ArchiveRecording[];
  /** Audio files no recording in the JSON describes: skipped. */
  orphanAudio: string[];
}

/** Pairs the JSON's recordings with the archive's audio files by attempt id. */
export function matchAudio(
  recordings: readonly ArchiveRecording[],
  audio: ReadonlyMap<string, Uint8Array>,
): AudioMatch {
  const described = new Set(recordings.map((r) => r.attemptId));
  return {
    matched: recordings.filter((r) => audio.has(r.attemptId)),
    missingAudio: recordings.filter((r) => !audio.has(r.attemptId)),
    orphanAudio: [...audio.keys()].filter((id) => !described.has(id)),
  };
}

/** The preview's sentences about audio that will be skipped; empty when everything pairs up. */
export function describeAudioMatch(match: AudioMatch): string[] {
  const notes: string[] = [];
  const missing = match.missingAudio.length;
  if (missing > 0) {
    notes.push(
      `${missing} ${missing === 1 ? 'recording has' : 'recordings have'} no audio in the archive and ${missing === 1 ? 'is' : 'are'} skipped (the attempts and their transcripts still import).`,
    );
  }
  const orphans = match.orphanAudio.length;
  if (orphans > 0) {
    notes.push(
      `${orphans} audio ${orphans === 1 ? 'file belongs' : 'files belong'} to no recording listed in ${ARCHIVE_JSON_NAME} and ${orphans === 1 ? 'is' : 'are'} skipped.`,
    );
  }
  return notes;
}
