/**
 * A Vite plugin that lets clipper2-wasm run under a Content-Security-Policy without
 * `'unsafe-eval'` (issue 13).
 *
 * clipper2-wasm 0.4 ships Emscripten/embind glue built with dynamic execution: it writes the
 * JavaScript of every bound C++ function as text and compiles it with `new Function(...)`
 * (`createJsInvoker`, and `__emval_create_invoker` for `emscripten::val` calls). A CSP of
 * `script-src 'self' 'wasm-unsafe-eval'` forbids that, so Clipper never loads and the ledger and
 * the surface never finish. Emscripten's own answer is `-sDYNAMIC_EXECUTION=0`, which swaps the
 * generated text for plain closures; this plugin makes the same swap in the published glue
 * while Vite bundles it (app and workers), so nothing under node_modules changes.
 *
 * The closures do what the generated code does, step for step: convert each argument to its
 * wire type (collecting destructors), call the C++ invoker, run the destructors, convert the
 * result. The build fails when the glue no longer has the expected shape (a clipper2-wasm
 * update), instead of shipping an app that silently breaks under the CSP.
 */
import type { Plugin } from 'vite';

/** The generated invoker factory of embind (`createJsInvoker`), up to its `new Function`. */
const JS_INVOKER =
  /function createJsInvoker\(argTypes,isClassMethodFunc,returns,isAsync\)\{.*?return new Function\(args1,invokerFnBody\)\}/s;

/**
 * The same factory as closures. Its arguments are those `craftInvokerFunction` passes:
 * humanName, throwBindingError, invoker, fn, runDestructors, fromRetWire, toClassParamWire,
 * one toWire per argument, then (without a destructor stack) the destructor of each parameter
 * that has one.
 */
const JS_INVOKER_CLOSURE = `function createJsInvoker(argTypes,isClassMethodFunc,returns,isAsync){
var needsDestructorStack=usesDestructorStack(argTypes);var argCount=argTypes.length-2;
var dtorParams=[];if(!needsDestructorStack){for(var i=isClassMethodFunc?1:2;i<argTypes.length;++i){if(argTypes[i].destructorFunction!==null)dtorParams.push(i)}}
return function(humanName,throwBindingError,invoker,fn,runDestructors,fromRetWire,toClassParamWire,...rest){
var toArgWire=rest.slice(0,argCount);var dtors=rest.slice(argCount);
return function(...args){
var destructors=needsDestructorStack?[]:null;var wired=[fn];var thisWired;
if(isClassMethodFunc){thisWired=toClassParamWire(destructors,this);wired.push(thisWired)}
var argWired=[];for(var i=0;i<argCount;++i)argWired.push(toArgWire[i](destructors,args[i]));
var rv=invoker(...wired,...argWired);
if(needsDestructorStack){runDestructors(destructors)}else{for(var k=0;k<dtorParams.length;++k){var p=dtorParams[k];dtors[k](p===1?thisWired:argWired[p-2])}}
if(returns)return fromRetWire(rv)}}}`;

/** The generated caller of `emscripten::val` methods. */
const EMVAL_INVOKER =
  'var invokerFunction=new Function(Object.keys(captures),functionBody)(...Object.values(captures));';

/** The same caller as a closure (kinds: 0 function, 1 method, 2 constructor, 3 cast: the value itself, no handle). */
const EMVAL_INVOKER_CLOSURE = `var invokerFunction=function(handle,methodName,destructorsRef,args){
var vals=argFromPtr.map((read,i)=>read(args+i*GenericWireTypeSize));var r;
if(kind===3)r=vals[vals.length-1];else{var target=Emval.toValue(handle);
if(kind===0)r=target(...vals);else if(kind===2)r=new target(...vals);else r=target[getStringOrSymbol(methodName)](...vals)}
if(!retType.isVoid)return emval_returnValue(toReturnWire,destructorsRef,r)};`;

/**
 * Rewrites clipper2-wasm's glue so it compiles no code at run time.
 * @param code the text of `clipper2-wasm/dist/es/clipper2z.js`
 * @returns the same glue with closures instead of `new Function`
 * @throws Error when the glue does not have the expected shape, or still calls `Function`
 * @example patchClipperGlue(readFileSync('node_modules/clipper2-wasm/dist/es/clipper2z.js', 'utf8'))
 */
export function patchClipperGlue(code: string): string {
  if (!JS_INVOKER.test(code) || !code.includes(EMVAL_INVOKER)) {
    throw new Error(
      'clipper2-wasm: the Emscripten glue has changed shape; update build/clipper-without-eval.ts',
    );
  }
  const out = code
    .replace(JS_INVOKER, () => JS_INVOKER_CLOSURE)
    .replace(EMVAL_INVOKER, () => EMVAL_INVOKER_CLOSURE);
  if (/\bFunction\s*\(|\beval\s*\(/.test(out)) {
    throw new Error('clipper2-wasm: the glue still compiles code at run time (Function or eval)');
  }
  return out;
}

/** Matches the glue module, in the app and in workers. */
const GLUE_ID = /clipper2-wasm[\\/]dist[\\/]es[\\/]clipper2z\.js(\?.*)?$/;

/**
 * The Vite plugin: applies {@link patchClipperGlue} to clipper2-wasm's glue.
 * @returns the plugin (add it to `plugins` and to `worker.plugins`)
 * @example plugins: [clipperWithoutEval()]
 */
export function clipperWithoutEval(): Plugin {
  return {
    name: 'werkruimte:clipper-without-eval',
    enforce: 'pre',
    transform(code, id) {
      if (!GLUE_ID.test(id)) return null;
      return { code: patchClipperGlue(code), map: null };
    },
  };
}
