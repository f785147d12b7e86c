type ClassValue = string | false | null | undefined;

/**
 * Joins class names, skipping empty ones. Deliberately not tailwind-merge:
 * the primitives expose variants and sizes for anything that conflicts, so a
 * caller's `className` only ever adds layout (margins, width, alignment) and
 * never has to win a fight with a built-in utility.
 */
export function cn(...classes: ClassValue[]): string {
  return classes.filter(Boolean).join(' ');
}
