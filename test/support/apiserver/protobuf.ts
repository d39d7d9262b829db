/**
 * Just enough of the Kubernetes protobuf encoding to read the access reviews kubectl sends
 * (`kubectl auth can-i` posts SelfSubjectAccessReview as application/vnd.kubernetes.protobuf).
 *
 * Envelope: the 4 bytes "k8s\0", then a runtime.Unknown {typeMeta=1 {apiVersion=1, kind=2},
 * raw=2}. Fields of the review (k8s.io/api/authorization/v1/generated.proto): spec=2;
 * spec.resourceAttributes=1 {namespace=1, verb=2, group=3, version=4, resource=5, subresource=6,
 * name=7}; SubjectAccessReviewSpec.user=3, groups=4 (repeated).
 */

type Fields = Map<number, Buffer[]>;

function varint(buf: Buffer, pos: number): [number, number] {
  let result = 0;
  let shift = 0;
  for (;;) {
    const b = buf[pos++];
    if (b === undefined) throw new Error('truncated varint');
    result += (b & 0x7f) * 2 ** shift;
    if (b < 0x80) return [result, pos];
    shift += 7;
  }
}

/** Length-delimited fields by number (other wire types are skipped). */
function fields(buf: Buffer): Fields {
  const out: Fields = new Map();
  let pos = 0;
  while (pos < buf.length) {
    let key: number;
    [key, pos] = varint(buf, pos);
    const num = Math.floor(key / 8);
    const wire = key & 7;
    if (wire === 0) [, pos] = varint(buf, pos);
    else if (wire === 1) pos += 8;
    else if (wire === 5) pos += 4;
    else if (wire === 2) {
      let len: number;
      [len, pos] = varint(buf, pos);
      const list = out.get(num) ?? [];
      list.push(buf.subarray(pos, pos + len));
      out.set(num, list);
      pos += len;
    } else throw new Error(`unsupported wire type ${wire}`);
  }
  return out;
}

const str = (f: Fields, n: number): string => f.get(n)?.[0]?.toString('utf8') ?? '';

export function isKubeProtobuf(body: Buffer): boolean {
  return body.subarray(0, 4).equals(Buffer.from('k8s\0', 'binary'));
}

/** Decode a (Self)SubjectAccessReview into the JSON shape the server works with. */
export function decodeAccessReview(body: Buffer): Record<string, any> {
  const unknown = fields(body.subarray(4));
  const typeMeta = fields(unknown.get(1)?.[0] ?? Buffer.alloc(0));
  const review = fields(unknown.get(2)?.[0] ?? Buffer.alloc(0));
  const spec = fields(review.get(2)?.[0] ?? Buffer.alloc(0));
  const ra = spec.get(1)?.[0];
  const attrs = ra ? fields(ra) : undefined;
  return {
    apiVersion: str(typeMeta, 1),
    kind: str(typeMeta, 2),
    spec: {
      ...(attrs
        ? { resourceAttributes: { namespace: str(attrs, 1), verb: str(attrs, 2), group: str(attrs, 3), version: str(attrs, 4), resource: str(attrs, 5), subresource: str(attrs, 6), name: str(attrs, 7) } }
        : {}),
      ...(spec.has(3) ? { user: str(spec, 3) } : {}),
      ...(spec.has(4) ? { groups: spec.get(4)!.map((b) => b.toString('utf8')) } : {}),
    },
  };
}
