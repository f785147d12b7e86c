import { expect } from 'vitest';

/** The text every hostile fixture tries to get executed. */
export const PWNED = 'window.__pwned';

/** Elements that run or load code or whole documents: none may come from content. */
const ACTIVE_TAGS = new Set(['script', 'iframe', 'frame', 'object', 'embed']);
const URL_ATTRIBUTES = new Set(['href', 'src', 'xlink:href', 'action', 'formaction', 'srcdoc', 'data', 'poster']);

/** Browsers ignore whitespace and control characters around and inside a URL's scheme. */
const isScriptUrl = (value: string) =>
  /^(javascript|vbscript|data):/i.test([...value].filter((c) => c.charCodeAt(0) > 0x20).join(''));

/**
 * Everything in `root` that a browser would execute: active elements, inline
 * event handlers (`on*` attributes; React never writes those, it delegates),
 * and script or data URLs. An empty list means nothing from the content can run.
 */
export function executableParts(root: ParentNode): string[] {
  const found: string[] = [];
  for (const element of root.querySelectorAll('*')) {
    const tag = element.tagName.toLowerCase();
    if (ACTIVE_TAGS.has(tag)) found.push(`<${tag}>`);
    for (const { name, value } of element.attributes) {
      if (/^on/i.test(name)) found.push(`<${tag} ${name}>`);
      if (URL_ATTRIBUTES.has(name.toLowerCase()) && isScriptUrl(value)) found.push(`<${tag} ${name}="${value}">`);
    }
  }
  return found;
}

export function expectNothingExecutable(root: ParentNode = document.body) {
  expect(executableParts(root)).toEqual([]);
  expect((window as { __pwned?: unknown }).__pwned).toBeUndefined();
}
