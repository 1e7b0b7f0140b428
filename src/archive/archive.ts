/**
 * Transitional: the names that code outside the site's own folders still imports from here, while
 * it moves to the modules they now live in (labels.ts). Nothing new should import this file.
 */
export { formatDate, pageLabel } from './labels.ts';
