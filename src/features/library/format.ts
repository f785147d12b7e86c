/** Stable fragment id for a category heading ("Problem-Solving" -> "category-problem-solving"). */
export function categoryAnchor(category: string) {
  const slug = category
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `category-${slug || 'general'}`;
}
