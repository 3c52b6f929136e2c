import { mount } from 'svelte';
import App from './components/App.svelte';
import builtinUrl from '../data/quan6-1996-2000.json?url';
import { loadShippedBuiltin } from './lib/io/builtin-shipped.ts';
import { loadWords } from './lib/i18n/langs.ts';
import './fonts.css';
import './app.css';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element');
// The built-in dataset is a JSON file of its own (not in the page's JS): the app starts once it is
// read. For a link in English, the English words (a chunk of their own) start loading at once, beside
// it; the page does not wait for them: it is drawn in Vietnamese with a "loading English" status
// until they come (`AppState.langLoading`).
if (new URLSearchParams(location.search).get('lang') === 'en') void loadWords('en').catch(() => {});
void loadShippedBuiltin(builtinUrl).then((builtin) => mount(App, { target, props: { builtin } }));
