// clipper2-wasm 0.4 points its "types" at dist/es/clipper2z.d.ts, which it does not ship; the
// declarations live in dist/clipper2z.d.ts. This maps the ES entry the app imports onto them.
declare module 'clipper2-wasm/dist/es/clipper2z.js' {
  import type { Clipper2ZFactoryFunction } from 'clipper2-wasm/dist/clipper2z';
  const factory: Clipper2ZFactoryFunction;
  export default factory;
}
