/** How large one guide file may be: the biggest bundled guide is under 100 KB, so 5 MB is a mistake, not a guide. */
export const MAX_GUIDE_BYTES = 5 * 1024 * 1024;

/** How many guides of their own a user may keep. */
export const MAX_USER_GUIDES = 500;

/** The file name endings accepted as a guide. */
export const GUIDE_EXTENSIONS = ['.md', '.markdown', '.txt'] as const;
