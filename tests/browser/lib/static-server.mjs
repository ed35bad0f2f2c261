// A static file server on 127.0.0.1 for tests and benchmarks: serves a folder under a path prefix,
// answers 404 with the site's 404 page, and counts the bytes it sends so a test can tell what a query downloaded.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';

const types = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json', '.wasm': 'application/wasm', '.xml': 'application/xml', '.csv': 'text/csv',
  '.pf_meta': 'application/octet-stream', '.pf_index': 'application/octet-stream', '.pf_fragment': 'application/octet-stream',
};

export async function serve(root, prefix = '/') {
  const state = { bytes: 0, requests: [] };
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    let rel = decodeURIComponent(url.pathname);
    if (!rel.startsWith(prefix)) return send(res, 404, 'text/plain', Buffer.from('outside the site'));
    rel = rel.slice(prefix.length);
    let file = path.join(root, rel);
    if (!file.startsWith(root)) return send(res, 403, 'text/plain', Buffer.from('forbidden'));
    if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, 'index.html');
    if (!fs.existsSync(file)) return send(res, 404, types['.html'], fs.readFileSync(path.join(root, '404.html')));
    const body = fs.readFileSync(file);
    state.requests.push(rel);
    send(res, 200, types[path.extname(file)] ?? 'application/octet-stream', body);
  });
  function send(res, status, type, body) {
    state.bytes += body.length;
    res.writeHead(status, { 'Content-Type': type, 'Content-Length': body.length, 'Cache-Control': 'no-store' });
    res.end(body);
  }
  await new Promise(resolve => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${server.address().port}${prefix}`;
  return {
    base,
    state,
    reset() { state.bytes = 0; state.requests = []; },
    close: () => new Promise(resolve => server.close(resolve)),
  };
}
