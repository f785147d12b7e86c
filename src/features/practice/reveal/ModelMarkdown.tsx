import { memo } from 'react';

import { Markdown } from '@/components/ui/Markdown';

/**
 * The model answer never changes while the user rates, but the panel
 * re-renders on every click; memoised on its (string) props, each section is
 * parsed once instead of on every rating.
 */
export const ModelMarkdown = memo(Markdown);
