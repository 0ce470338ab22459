// Searching Salesforce for anyone other than the sender: the bar, and the query behind it.
export { SearchBar, type SearchBarProps } from './search-bar';
export type { SearchHit, SearchObject } from './search-hit';
export { salesforceSearchQueryOptions, searchKeys, type SearchResults } from './search-queries';
