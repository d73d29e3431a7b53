/** The widest batch of candidates verified at once: each is an article file read. */
export const MAX_BATCH = 40

/**
 * How many candidates to verify in one batch, to find `want` more results. Each batch is a round
 * trip, and a phrase whose character pairs often meet without it rejects most of its candidates
 * (`结算规模较去` read 179 files for 6 results, 6 at a time), so the batch widens by the share of
 * candidates rejected so far. Results beyond `want` are kept for the next page, not read again.
 */
export function batchSize(want: number, verified: number, rejected: number): number {
  const seen = verified + rejected
  if (want <= 0) return 0
  if (seen === 0 || rejected === 0) return want
  // Candidates read per result found; none found yet counts as if the next one were.
  const perResult = verified === 0 ? seen + 1 : seen / verified
  return Math.max(want, Math.min(MAX_BATCH, Math.ceil(want * perResult)))
}
