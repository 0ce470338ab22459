// jsforce for the fake org's tests, with the SOAP API registered so `conn.soap` exists.
import 'jsforce/api/soap';
export { Connection, OAuth2 } from 'jsforce/core';
