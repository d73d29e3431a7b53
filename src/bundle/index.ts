export * from './format'
export * from './paths'
export * from './search-format'
