/** The line `npm run bench` prints for each size under its table: the figures the table has no room for. */
import type { BrowserFigures } from './browser'
import type { Vitals } from './page-scripts'
import type { RebuildFigures } from './rebuild'

interface SizeResult {
  row: { posts: number }
  outputRatio: number
  site: { seconds: number; maxRssMb: number }
  duplication: { maxCopies: number; listCopiesMax: number }
  homeDataGz: number
  browser: BrowserFigures | null
  rebuild: RebuildFigures | null
  load: [number, number]
}

/** What the median LCP painted, and the images that load brought. */
const vitalsNote = (v: Vitals) =>
  `${v.lcpElement || '?'} (${v.images?.loaded ?? 0} images, ${((v.images?.bytes ?? 0) / 1024).toFixed(0)} KB)`

const imagesNote = (i: { count: number; bytes: number }) =>
  `${i.count} (${(i.bytes / 1024).toFixed(0)} KB)`

export function sizeNotes(r: SizeResult): string {
  const b = r.browser
  return (
    `${r.row.posts} posts: site build ${r.site.seconds.toFixed(1)} s, peak ${Math.round(r.site.maxRssMb)} MB; output ${r.outputRatio.toFixed(2)}× input; summary copies max ${r.duplication.maxCopies}` +
    ` (lists ${r.duplication.listCopiesMax}); home data ${(r.homeDataGz / 1024).toFixed(1)} KB gz` +
    (b
      ? `; first-load data ${(b.firstLoadDataGz / 1024).toFixed(1)} KB gz; tree ${b.treeRenderMs} ms, calendar ${b.calendarRenderMs} ms after their data; rendered again from cache: tree ${b.treeRemountMs} ms, calendar ${b.calendarRemountMs} ms (${b.categoryNodes} categories); tree with every branch open (${b.treeExpanded.rows} rows): ${b.treeExpanded.renderMs} ms after its data to the DOM (${b.treeExpanded.renderFrameMs} ms to the next frame), again from cache ${b.treeExpanded.remountMs} ms (${b.treeExpanded.remountFrameMs} ms); mark read ${b.marks.read.median} ms (p90 ${b.marks.read.p90}, n ${b.marks.read.n}), save ${b.marks.save.median} ms (p90 ${b.marks.save.p90}); page marks looked up ${b.marks.scale.lookupEmptyMs} ms after navigation with none stored, ${b.marks.scale.lookupFullMs} ms with ${b.marks.scale.marks.toLocaleString('en')} (written in ${b.marks.scale.fillMs} ms); mark read then ${b.marks.scale.read.median} ms (p90 ${b.marks.scale.read.p90}); Traditional display: tables ready ${b.scriptDisplay.tablesMs} ms after navigation, ${b.scriptDisplay.chars.toLocaleString('en')} characters converted in ${b.scriptDisplay.convertMedianMs} ms (max ${b.scriptDisplay.convertMaxMs}, converted ${b.scriptDisplay.converted})`
      : '') +
    (b
      ? `; images (from their hosts, not in the byte figures) by network idle ${imagesNote(b.firstLoadIdleImages)}, opening an article ${imagesNote(b.articleFetchImages)}` +
        `; LCP home ${vitalsNote(b.vitals.home)}, article ${vitalsNote(b.vitals.article)}`
      : '') +
    (r.rebuild
      ? `; rebuild one post ${Math.round(r.rebuild.oneChangedMs)} ms, ${r.rebuild.oneChangedWritten} files written, ${r.rebuild.oneChangedLinked} linked` +
        ` (CLI --incremental: unchanged ${Math.round(r.rebuild.cli.unchangedMs)} ms, one post ${Math.round(r.rebuild.cli.oneChangedMs)} ms)`
      : '') +
    `; load ${r.load.map((l) => l.toFixed(1)).join(' → ')}`
  )
}
