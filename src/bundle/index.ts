export * from './format'
export * from './paths'
