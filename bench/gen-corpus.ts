/**
 * Writes a deterministic synthetic Hexo corpus for benchmarks and builder tests.
 * `npx tsx bench/gen-corpus.ts --count 100000 --out bench/.corpora/100k --broken 10`
 */
import { parseOptions } from './corpus/options'
import { writeCorpus } from './corpus/write-corpus'

try {
  const options = parseOptions(process.argv.slice(2))
  const summary = writeCorpus(options)
  const mb = (summary.bytes / 1024 / 1024).toFixed(1)
  console.log(
    `gen-corpus: ${summary.posts} posts + ${summary.broken} broken, ${mb} MB in ${summary.seconds.toFixed(1)} s → ${options.out}`,
  )
} catch (error) {
  console.error(error instanceof Error ? error.message : error)
  process.exitCode = 1
}
