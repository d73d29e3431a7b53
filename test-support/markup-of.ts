/** Test helpers for HTML that must be safe: parsed as a browser would, and its markup alone. */
export const parseBody = (html: string) => new DOMParser().parseFromString(html, 'text/html').body

/** Tags and attributes only: a payload left as escaped text (`&lt;a onclick=…`) is harmless. */
export const markupOf = (body: HTMLElement) =>
  Array.from(body.querySelectorAll('*'), (el) => {
    const attrs = Array.from(el.attributes, (a) => ` ${a.name}="${a.value}"`).join('')
    return `<${el.localName}${attrs}>`
  }).join('')
