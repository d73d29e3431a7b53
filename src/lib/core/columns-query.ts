/** Where the tree and the calendar get their own columns; below it the tree is a drawer. */
export const COLUMNS_QUERY = '(min-width: 760px)'
