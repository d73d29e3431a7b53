import type { Plugin } from 'vite'

/**
 * Moves public/boot.js to the end of index.html's head, after the app's script, styles and hints
 * that Vite appends there. It is a blocking script, and Chrome requests nothing that follows one
 * until it has run: before them, it cost every page a round trip (150 ms on a slow phone). At the
 * end of the head it still runs before the first paint, which is all it is for.
 */
export function moveBootScriptLast(html: string): string {
  const boot = /\s*<script src="[^"]*boot\.js"><\/script>/.exec(html)
  if (!boot) return html
  return html.replace(boot[0], '').replace('</head>', () => `${boot[0].trim()}</head>`)
}

export const bootScriptLast = (): Plugin => ({
  name: 'broadsheet:boot-script-last',
  apply: 'build',
  transformIndexHtml: { order: 'post', handler: moveBootScriptLast },
})
