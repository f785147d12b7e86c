/**
 * How the app splits a text into words, the same at build time (key terms) and in the browser (word
 * counts, hints). Its own module so that counting words does not bring the stemmer along.
 */

/** Words of a text, lower-cased, markdown and punctuation dropped; keeps tokens like "c++", "ci/cd", "b2b". */
export function words(text: string): string[] {
  return (
    text
      .toLowerCase()
      .replace(/```[\s\S]*?```/g, ' ')
      .replace(/[*_`#>|[\]()]/g, ' ')
      .match(/[\p{L}\p{N}][\p{L}\p{N}+#/.'-]*[\p{L}\p{N}+#]|[\p{L}\p{N}]/gu) ?? []
  ).map((w) => w.replace(/'s$/, ''));
}
