import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';

import { parseExport } from '@/domain/transfer';
import {
  audioExtension,
  buildArchive,
  describeAudioMatch,
  matchAudio,
  MAX_ARCHIVE_BYTES,
  readArchive,
} from '@/domain/transfer/archive';

const fixtures = import.meta.glob<string>('../../fixtures/imports/*', {
  query: '?raw',
  import: 'default',
  eager: true,
});
const validJson = fixtures['../../fixtures/imports/valid.json']!;
const mtime = new Date(2025, 2, 7, 12);

const bytes = (...values: number[]) => new Uint8Array(values);

describe('audioExtension', () => {
  it('names the file by the recorder’s MIME type, codecs ignored', () => {
    expect(audioExtension('audio/webm;codecs=opus')).toBe('webm');
    expect(audioExtension('audio/mp4')).toBe('m4a');
    expect(audioExtension('audio/ogg; codecs=opus')).toBe('ogg');
    expect(audioExtension('video/mp4')).toBe('mp4');
    expect(audioExtension('application/x-unknown')).toBe('bin');
  });
});

describe('the export archive', () => {
  it('round-trips: the same JSON, parsed the same, and every recording’s bytes under its attempt id', () => {
    const webm = bytes(0x1a, 0x45, 0xdf, 0xa3, 1, 2, 3);
    const m4a = bytes(0, 0, 0, 0x20, 0x66, 0x74, 0x79, 0x70);
    const archive = buildArchive(
      validJson,
      [
        { recording: { attemptId: 'attempt-1', mimeType: 'audio/webm;codecs=opus' }, data: webm },
        { recording: { attemptId: 'attempt-2', mimeType: 'audio/mp4' }, data: m4a },
      ],
      mtime,
    );

    const read = readArchive(archive);
    if (!read.ok) throw new Error(read.problems.join('\n'));
    expect(read.json).toBe(validJson);
    expect(parseExport(read.json)).toEqual(parseExport(validJson));
    expect([...read.audio.keys()].sort()).toEqual(['attempt-1', 'attempt-2']);
    expect(read.audio.get('attempt-1')).toEqual(webm);
    expect(read.audio.get('attempt-2')).toEqual(m4a);
    expect(read.ignored).toEqual([]);
  });

  it('is byte-identical for the same data and time', () => {
    const audio = [{ recording: { attemptId: 'a', mimeType: 'audio/webm' }, data: bytes(1, 2, 3) }];
    expect(buildArchive('{}', audio, mtime)).toEqual(buildArchive('{}', audio, mtime));
  });

  it('finds the JSON one folder down (an archive unpacked and zipped again)', () => {
    const archive = zipSync({
      'rehearse-export-2025-03-07/rehearse-export.json': strToU8(validJson),
      'rehearse-export-2025-03-07/audio/attempt-1.webm': bytes(9, 9),
      '__MACOSX/._rehearse-export.json': bytes(0),
    });
    const read = readArchive(archive);
    if (!read.ok) throw new Error(read.problems.join('\n'));
    expect(read.json).toBe(validJson);
    expect(read.audio.get('attempt-1')).toEqual(bytes(9, 9));
    expect(read.ignored).toEqual(['__MACOSX/._rehearse-export.json']);
  });

  it('says so when the archive has no rehearse-export.json', () => {
    const archive = zipSync({ 'notes.txt': strToU8('hello'), 'audio/a.webm': bytes(1) });
    expect(readArchive(archive)).toEqual({
      ok: false,
      problems: ["This archive has no rehearse-export.json; it was not made by Rehearse's export."],
    });
  });

  it('hands bad JSON inside to the same parser, which names the problem', () => {
    const read = readArchive(zipSync({ 'rehearse-export.json': strToU8('{"format": "rehearse-export", ') }));
    if (!read.ok) throw new Error(read.problems.join('\n'));
    const parsed = parseExport(read.json);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problems[0]).toMatch(/The file is cut off/);
  });

  it('refuses a file that is not a zip, or is cut off', () => {
    expect(readArchive(strToU8('{"format": "rehearse-export"}'), 'x.zip')).toEqual({
      ok: false,
      problems: ["x.zip is not a zip archive (or it is damaged), so it can't be read."],
    });
    const whole = buildArchive(validJson, [], mtime);
    const cut = readArchive(whole.slice(0, Math.floor(whole.length / 2)), 'cut.zip');
    expect(cut.ok).toBe(false);
    if (!cut.ok) expect(cut.problems[0]).toMatch(/^cut\.zip could not be unpacked .*export again/);
  });

  it('refuses an archive over the size limit before unpacking it', () => {
    const huge = { length: MAX_ARCHIVE_BYTES + 1 } as Uint8Array;
    const result = readArchive(huge, 'big.zip');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0]).toMatch(/^big\.zip is too large \(500 MB\); .* at most 500 MB/);
  });
});

describe('pairing recordings with audio', () => {
  const recordings = [
    { attemptId: 'a', mimeType: 'audio/webm' },
    { attemptId: 'b', mimeType: 'audio/webm' },
    { attemptId: 'c', mimeType: 'audio/mp4' },
  ];

  it('imports what has both, and reports metadata without audio and audio without metadata', () => {
    const audio = new Map([
      ['a', bytes(1)],
      ['z', bytes(2)],
    ]);
    const match = matchAudio(recordings, audio);
    expect(match.matched.map((r) => r.attemptId)).toEqual(['a']);
    expect(match.missingAudio.map((r) => r.attemptId)).toEqual(['b', 'c']);
    expect(match.orphanAudio).toEqual(['z']);
    expect(describeAudioMatch(match)).toEqual([
      '2 recordings have no audio in the archive and are skipped (the attempts and their transcripts still import).',
      '1 audio file belongs to no recording listed in rehearse-export.json and is skipped.',
    ]);
  });

  it('has nothing to say when everything pairs up', () => {
    const audio = new Map(recordings.map((r) => [r.attemptId, bytes(1)]));
    expect(describeAudioMatch(matchAudio(recordings, audio))).toEqual([]);
  });
});
