"""An unmodified tus client (tuspy) against the demo server: upload a photo
in checked chunks, break off after the first, resume from the server's
offset with a fresh client, record the upload on a node of the demo's
on-site review, and download the original byte for byte. Exits non-zero on
any difference."""
import hashlib, json, struct, sys, urllib.request, zlib
from tusclient import client

base, token = sys.argv[1], sys.argv[2]
auth = {"Authorization": f"Bearer {token}"}


def png(width, height):
    raw = b"".join(b"\0" + bytes((x + y) % 256 for x in range(width)) for y in range(height))
    def chunk(kind, body):
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 0)) + chunk(b"IEND", b"")


def api(method, path, body=None):
    request = urllib.request.Request(base + path, method=method, headers={**auth, "Content-Type": "application/json"},
                                     data=json.dumps(body).encode() if body is not None else None)
    with urllib.request.urlopen(request) as response:
        return response.status, response.read(), response.headers


photo = png(2600, 2000)
with open("/tmp/tus-check.png", "wb") as f:
    f.write(photo)
tus = client.TusClient(base + "/api/v1/uploads", headers=auth)
first = tus.uploader("/tmp/tus-check.png", chunk_size=1 << 20, upload_checksum=True, metadata={"filename": "大门.png"})
first.upload_chunk()
resumed = tus.uploader("/tmp/tus-check.png", url=first.url, chunk_size=1 << 20, upload_checksum=True)
assert resumed.offset == 1 << 20, f"resumed at {resumed.offset}"
resumed.upload()

_, body, _ = api("GET", "/api/v1/cases")
number = next(c["number"] for c in json.loads(body) if c["number"].startswith("XC-"))
status, body, _ = api("POST", f"/api/v1/cases/{number}/nodes/production-equipment/records",
                      {"upload": first.url, "kind": "photo", "label": "tus 客户端", "subject": "device-nameplate", "device": "成缆机"})
record = json.loads(body)
assert status == 201 and record["width"] == 2600 and record["problems"] == [], record
_, content, headers = api("GET", f"/api/v1/records/{record['id']}/content")
assert hashlib.sha256(content).hexdigest() == hashlib.sha256(photo).hexdigest() == record["sha256"]
print(f"tus client: {len(photo)} bytes in checked chunks, resumed at 1 MiB, recorded on {number} as {headers['Content-Disposition']}")
