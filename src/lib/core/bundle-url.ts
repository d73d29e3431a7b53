import { BUNDLE_DIR } from '../../bundle/paths'

/** Absolute URL path of a bundle file, honouring Vite's base (`--base /news/`). */
export function bundleUrl(file: string): string {
  return `${import.meta.env.BASE_URL}${BUNDLE_DIR}/${file}`
}
