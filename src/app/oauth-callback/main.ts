import { runCallbackPage } from '../../features/auth/callback/run-callback-page';
import './callback.css';

void runCallbackPage({ window, fetch: window.fetch.bind(window) });
