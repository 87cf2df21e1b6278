/** Mounts the app once the remembered language is loaded (English loads lazily; issue 14). */
import { mount } from 'svelte';
import App from './App.svelte';
import { prepareLanguage } from '../state/app.svelte.ts';

/**
 * Mounts the app into `target`; an English user never sees a Dutch first frame.
 * @param target the element to mount into
 * @returns the mounted app
 */
export async function startApp(target: HTMLElement): Promise<ReturnType<typeof mount>> {
  await prepareLanguage();
  return mount(App, { target });
}
