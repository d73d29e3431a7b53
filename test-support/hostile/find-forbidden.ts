/**
 * Lists the forbidden constructs in a rendered DOM subtree, judged as the browser sees it
 * (attributes decoded, URLs resolved). Self-contained, with its inputs as arguments, so Playwright
 * can run the very same function inside the page (`page.evaluate(findForbidden, …)`).
 */
export interface ForbiddenCheck {
  /** Element names the policy keeps (SANITIZE_POLICY.allowedTags). */
  tags: readonly string[]
  /** Iframe hosts the policy keeps (SANITIZE_POLICY.iframeHosts). */
  iframeHosts: readonly string[]
  /** Elements our own code adds after sanitizing (the broken-image box and its icon); skipped. */
  ownSelector?: string
}

export function findForbidden(root: Element, check: ForbiddenCheck): string[] {
  const problems: string[] = []
  const tags = new Set(check.tags)
  const hosts = new Set(check.iframeHosts)
  const HTML_NS = 'http://www.w3.org/1999/xhtml'
  // Dangerous whatever their value; URL attributes are judged by where they lead.
  // prettier-ignore
  const BANNED_ATTRS = new Set([
    'style', 'id', 'name', 'srcdoc', 'srcset', 'ping', 'formaction', 'action', 'background',
    'http-equiv', 'autofocus', 'form', 'is', 'data', 'codebase', 'dynsrc', 'lowsrc', 'xmlns',
    'attributename', 'popover', 'popovertarget', 'contenteditable',
  ])
  const URL_ATTRS = new Set(['href', 'src', 'poster', 'cite'])
  const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:'])
  for (const el of Array.from(root.querySelectorAll('*'))) {
    if (check.ownSelector && el.closest(check.ownSelector)) continue
    const tag = el.localName
    const where = `<${tag}>`
    if (el.namespaceURI !== HTML_NS) problems.push(`${where} in a foreign namespace`)
    else if (!tags.has(tag)) problems.push(`${where} is not an allowed element`)
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase()
      if (name.startsWith('on')) problems.push(`${where} has handler ${name}`)
      // The one id allowed: the builder's heading anchor (HEADING_ID_PATTERN), which cannot clobber.
      else if (
        name === 'id' &&
        /^h[1-6]$/.test(tag) &&
        /^h-[\p{L}\p{M}\p{N}_-]+$/u.test(attr.value)
      )
        continue
      else if (BANNED_ATTRS.has(name) || name.includes(':')) problems.push(`${where} has ${name}`)
      else if (URL_ATTRS.has(name)) {
        let protocol = ''
        try {
          protocol = new URL(attr.value, 'https://base.invalid/').protocol
        } catch {
          continue
        }
        if (!SAFE_PROTOCOLS.has(protocol)) problems.push(`${where} ${name} leads to ${protocol}`)
      } else if (name === 'target' && attr.value !== '_blank') {
        problems.push(`${where} target=${attr.value}`)
      }
    }
    if (tag === 'a' && el.getAttribute('target') === '_blank') {
      if (!/\bnoopener\b/.test(el.getAttribute('rel') ?? ''))
        problems.push('<a> opens a tab with an opener')
    }
    if (tag === 'iframe') {
      let url: URL | undefined
      try {
        url = new URL(el.getAttribute('src') ?? '')
      } catch {
        url = undefined
      }
      if (!url || url.protocol !== 'https:' || !hosts.has(url.hostname)) {
        problems.push(`<iframe> from ${url?.origin ?? 'nowhere'}`)
      }
      const sandbox = el.getAttribute('sandbox')
      if (
        sandbox === null ||
        /allow-(top-navigation|modals|forms|popups-to-escape)/.test(sandbox)
      ) {
        problems.push(`<iframe> sandbox "${sandbox ?? 'missing'}"`)
      }
    }
  }
  return problems
}
