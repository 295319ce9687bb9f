/**
 * The one shape of an outcome that can be refused: the value, or every problem found, so a caller
 * reports them all at once and never half a result. Readers and use cases give it with the
 * workbook's cell-addressed errors (EngineResult in src/engine/envelope.ts); core does not know
 * what an error looks like, hence `E`.
 */
export type Result<T, E> = { ok: true; value: T } | { ok: false; errors: E[] };
