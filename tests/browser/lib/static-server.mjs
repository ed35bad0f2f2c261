// A static file server on 127.0.0.1 for tests and benchmarks: serves a folder under a path prefix,
// answers 404 with the site's 404 page, and counts the bytes it sends so a test can tell what a query downloaded.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const types = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json', '.wasm': 'application/wasm', '.xml': 'application/xml', '.csv': 'text/csv',
  '.pf_meta': 'application/octet-stream', '.pf_index': 'application/octet-stream', '.pf_fragment': 'application/octet-stream',
};

/** @param {{ gzip?: boolean }} options gzip: compress responses for clients that accept it, as docs/DEPLOY.md sets up servers. */
export async function serve(folder, prefix = '/', options = {}) {
  // Normalised, so the check that a request stays inside the folder compares like with like.
  const root = path.resolve(folder);
  const state = { bytes: 0, requests: [] };
  // Compressed once per file, as a server with gzip_static or a compression cache would.
  const compressed = new Map();
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    let rel = decodeURIComponent(url.pathname);
    if (!rel.startsWith(prefix)) return send(res, 404, 'text/plain', Buffer.from('outside the site'));
    rel = rel.slice(prefix.length);
    let file = path.join(root, rel);
    if (file !== root && !file.startsWith(root + path.sep)) return send(res, 403, 'text/plain', Buffer.from('forbidden'));
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!fs.existsSync(file)) return send(res, 404, types['.html'], fs.readFileSync(path.join(root, '404.html')));
    const body = fs.readFileSync(file);
    send(res, 200, types[path.extname(file)] ?? 'application/octet-stream', body, /gzip/.test(req.headers['accept-encoding'] ?? ''), file);
  });
  function send(res, status, type, body, acceptsGzip = false, file = '') {
    const headers = { 'Content-Type': type, 'Cache-Control': 'no-store' };
    if (options.gzip && acceptsGzip) {
      if (!compressed.has(file)) compressed.set(file, zlib.gzipSync(body, { level: 6 }));
      body = compressed.get(file);
      headers['Content-Encoding'] = 'gzip';
    }
    headers['Content-Length'] = body.length;
    state.bytes += body.length;
    state.requests.push({ path: res.req.url, bytes: body.length });
    res.writeHead(status, headers);
    res.end(body);
  }
  await new Promise(resolve => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${server.address().port}${prefix}`;
  return {
    base,
    state,
    reset() { state.bytes = 0; state.requests = []; },
    /** Bytes sent since the last reset for requests whose path matches. */
    bytesFor(pattern) { return state.requests.filter(r => pattern.test(r.path)).reduce((n, r) => n + r.bytes, 0); },
    close: () => new Promise(resolve => server.close(resolve)),
  };
}
