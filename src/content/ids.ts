/**
 * Identifiers that stay put: a guide's slug comes from its file name, a
 * question's id from the guide slug and the question's normalised text, so
 * reordering questions or editing answers never orphans a user's history.
 */

/** File name (any path, either slash) to a URL-safe slug: `C++ Developer.md` → `c-developer`. */
export function slugFromFile(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  return slugify(base.replace(/\.(md|markdown)$/i, ''));
}

export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Case, punctuation, markup and spacing do not change a question's identity. */
export function normaliseQuestionText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/`/g, '')
    .replace(/[^\p{L}\p{N}']+/gu, ' ')
    .trim();
}

/** 32-bit FNV-1a, as 7 base-36 characters: short, stable and dependency-free. */
export function hashText(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36).padStart(7, '0');
}

const ID_WORDS = 6;

/** `guide-slug--first-words-of-question-hash`: readable in a URL, unique by the hash of the whole text. */
export function questionId(guideSlug: string, questionText: string): string {
  const normal = normaliseQuestionText(questionText);
  const words = slugify(normal.split(' ').slice(0, ID_WORDS).join(' '));
  return `${guideSlug}--${words ? words + '-' : ''}${hashText(normal)}`;
}

/** The guide a question id belongs to (slugs never contain "--", so the first one separates them). */
export function guideSlugOfQuestion(id: string): string {
  const at = id.indexOf('--');
  return at === -1 ? id : id.slice(0, at);
}
