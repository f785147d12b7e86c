import { memo } from 'react';

import { Markdown } from '@/components/ui/Markdown';

/**
 * A model answer's markdown, memoised on its (string) props: the answer never
 * changes while the page around it re-renders on every rating click, so each
 * section is parsed once instead of on every change.
 */
export const ModelMarkdown = memo(Markdown);
