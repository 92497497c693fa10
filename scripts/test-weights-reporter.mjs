// A node:test reporter for scripts/test-unit.ts: one line "<file>\t<ms>" per top-level test or suite, so that the
// time each test file takes can be summed and the shards balanced by it (scripts/test-weights.json).
export default async function* weights(source) {
  for await (const event of source) {
    if ((event.type === 'test:pass' || event.type === 'test:fail') && event.data.nesting === 0 && event.data.file) {
      yield `${event.data.file}\t${Math.round(event.data.details.duration_ms)}\n`;
    }
  }
}
