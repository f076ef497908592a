"""Issue 17: the demo's certificate read back by independent tools.

The PDF's text through poppler's pdftotext, its QR code through zxing-cpp on
a page rendered by pdftoppm, and the signed note through
`permittrail verify certificate` with the published key, unaltered (OK) and
altered (FAIL, exit 1). Usage: certificate-check.py BASE_URL PERMITTRAIL
"""
import re
import subprocess
import sys
import tempfile
import urllib.parse
import urllib.request
from pathlib import Path

import zxingcpp
from PIL import Image

base, permittrail = sys.argv[1], sys.argv[2]


def get(path):
    with urllib.request.urlopen(base + path) as response:
        return response.read()


search = get("/certificates?q=" + urllib.parse.quote("91310115MA1H7GKX3T")).decode()
match = re.search(r'href="(/certificates/[^"]+)"', search)
assert match, "the search page lists no certificate of the demo enterprise"
page = match.group(1)
number = urllib.parse.unquote(page.rsplit("/", 1)[1])
work = Path(tempfile.mkdtemp())

pdf = work / "certificate.pdf"
pdf.write_bytes(get(page + ".pdf"))
text = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True).stdout
for expected in ["全国工业产品生产许可证", "上海示范电缆有限公司", number, "有效期至", "上海市市场监督管理局"]:
    assert expected in text, f"pdftotext does not find {expected!r} in:\n{text}"

subprocess.run(["pdftoppm", "-r", "150", "-png", "-singlefile", str(pdf), str(work / "page")], check=True)
codes = zxingcpp.read_barcodes(Image.open(work / "page.png"))
assert codes, "zxing-cpp finds no QR code on the page"
assert codes[0].text == base + page, f"the QR code says {codes[0].text!r}, not {base + page!r}"

note = work / "certificate.note"
note.write_bytes(get(page + ".note"))
key = get("/api/v1/certificates/public-key").decode().strip()
ok = subprocess.run([permittrail, "verify", "certificate", str(note), "--key", key], capture_output=True, text=True)
assert ok.returncode == 0 and ok.stdout.startswith("OK"), ok.stdout
altered = work / "altered.note"
altered.write_text(note.read_text().replace("上海示范电缆有限公司", "上海仿冒电缆有限公司"))
failed = subprocess.run([permittrail, "verify", "certificate", str(altered), "--key", key], capture_output=True, text=True)
assert failed.returncode == 1 and failed.stdout.startswith("FAIL"), failed.stdout
print(f"certificate {number}: pdftotext, zxing-cpp and verify certificate agree")
