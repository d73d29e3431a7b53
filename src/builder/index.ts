/**
 * The builder's public API: the CLI, the Vite dev plugin and the benchmarks import only this.
 * A posts folder (or a Hexo site root) becomes a bundle (`buildBundle`), a deployable site
 * (`buildSite`), or a bundle kept up to date as posts change (`createDevBundler`).
 */
export { buildBundle } from './pipeline/build-bundle'
export type { BundleOptions, BuildResult } from './pipeline/build-bundle'
export { createDevBundler } from './pipeline/dev-bundler'
export type { DevBundler } from './pipeline/dev-bundler'
export { buildSite, siteReportPath } from './site/build-site'
export { contentType } from './site/content-types'
export { findSiteFile } from './site-files/find-site-file'
export type { SiteOptions } from './site/build-site'
export { DEFAULT_CONFIG, resolveConfig } from './config'
export type { Config, ConfigInput } from './config'
export { formatSummary } from './report/format-summary'
export type { BuildReport, ReportEntry } from '../bundle/format'
export { decodeBundleFile, readBundleJson, readBundleJsonSync } from './write/bundle-file'
export { cleanArticleHtml } from './clean/clean-html'
