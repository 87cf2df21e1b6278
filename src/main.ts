import './ui/theme.css';
import { startApp } from './ui/start.ts';

const target = document.getElementById('app');
if (!target) throw new Error('#app missing in index.html');
export default await startApp(target);
