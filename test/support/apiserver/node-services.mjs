// Services of the test "node" network namespace: a DNS server answering A queries for one name
// and an HTTP server standing in for an ingress. Runs inside the namespace (ip netns exec), binds
// 127.0.0.1 only, exits when its stdin closes (the test server holds the other end).
import dgram from 'node:dgram';
import http from 'node:http';

const [name = 'kubernetes.default.svc.cluster.local', address = '10.96.0.1'] = process.argv.slice(2);

function readName(buf, off) {
  const labels = [];
  while (buf[off] !== 0) {
    const len = buf[off];
    labels.push(buf.subarray(off + 1, off + 1 + len).toString('ascii'));
    off += len + 1;
  }
  return { qname: labels.join('.').toLowerCase(), end: off + 1 };
}

const dns = dgram.createSocket('udp4');
dns.on('message', (msg, rinfo) => {
  if (msg.length < 17) return;
  const { qname, end } = readName(msg, 12);
  const qtype = msg.readUInt16BE(end);
  const question = msg.subarray(12, end + 4);
  const found = qname === name.toLowerCase() && qtype === 1;
  const header = Buffer.alloc(12);
  msg.copy(header, 0, 0, 2); // id
  header.writeUInt16BE(0x8180 | (found ? 0 : 3), 2); // response, RD+RA, NXDOMAIN when not found
  header.writeUInt16BE(1, 4);
  header.writeUInt16BE(found ? 1 : 0, 6);
  const parts = [header, question];
  if (found) {
    const answer = Buffer.alloc(16);
    answer.writeUInt16BE(0xc00c, 0); // pointer to the question name
    answer.writeUInt16BE(1, 2); // A
    answer.writeUInt16BE(1, 4); // IN
    answer.writeUInt32BE(30, 6); // TTL
    answer.writeUInt16BE(4, 10);
    address.split('.').forEach((o, i) => answer.writeUInt8(Number(o), 12 + i));
    parts.push(answer);
  }
  dns.send(Buffer.concat(parts), rinfo.port, rinfo.address);
});

const web = http.createServer((req, res) => {
  res.writeHead(200, { 'content-type': 'text/plain' });
  res.end('ingress ok\n');
});

let ready = 0;
const up = () => {
  if (++ready === 2) process.stdout.write('ready\n');
};
dns.bind(53, '127.0.0.1', up);
web.listen(80, '127.0.0.1', up);
process.stdin.on('end', () => process.exit(0));
process.stdin.resume();
