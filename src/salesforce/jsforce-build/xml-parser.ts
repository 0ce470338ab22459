// Stands in for `xml2js` inside jsforce in the browser (see vite-plugin.ts): jsforce only calls
// parseStringPromise, so its XML builder (and xmlbuilder with it) stays out of the bundle.
import { parseStringPromise } from 'xml2js/lib/parser';

export default { parseStringPromise };
