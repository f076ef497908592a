#!/usr/bin/env python3
"""Licensing throughput and reads at 100,000 licences (issue 17).

Per database (SQLite in a fresh data folder; with DATABASE_URL also PostgreSQL,
in a database of its own created on that server and dropped at the end):

1. Set-up through the CLI: the city bureau and its 16 district bureaus, the
   city administrator and one district officer per district, and an import of
   ENTERPRISES applicants plus LICENCES future licence holders (generated, valid
   credit codes), spread over the districts. Then `permittrail serve`: the
   testing agency is registered and one enterprise account per applicant made
   through the API (POST /api/v1/agencies, POST /api/v1/users).
2. Throughput: every applicant runs, concurrently and again and again, the
   whole application through the API with its own bearer token: POST
   /api/v1/applications (complete draft) -> .../submit, then as its district's
   officer .../accept -> .../grant (a signed certificate). One unrecorded
   application per applicant first (so each holds its certificate; the timed
   grants are its next versions). For DURATION seconds new applications are
   started; those finished within the window count. One more client sends
   sequential GET /health all the while; /health is also measured alone just
   before.
3. Seeding to LICENCES: the server is stopped and, by SQL straight into the
   tables (bypassing the commands and the ledger), LICENCES certificates are
   written, each with a closed application case (its nodes and records)
   copied from a case the run granted, over the years 2021-2025.
4. Reads: the server is started again and sequential keep-alive requests from
   one client time GET /health, GET /api/v1/worklist (a district officer's and
   the city administrator's), GET /certificates/{number} and
   GET /api/v1/certificates/{number} (a random seeded licence each time).

Prints Markdown tables. Loopback only; the servers stop on exit.

Usage: swift build -c release --product permittrail && Benchmarks/scripts/licensing-benchmark.py
Settings (environment):
  BIN=.build/release/permittrail   ENTERPRISES=100   DURATION=60 (s)
  LICENCES=100000   READS=900 (timed requests per read target, over 3 rounds)
  READ_WARMUP=30   READ_SECONDS=90 (cap per read target, all rounds)
  HEALTH_ALONE=10 (s)   APP_PORT=18140   OUT_DIR=... (default: a temp dir)
  DATABASE_URL=postgres://postgres@127.0.0.1:55433/postgres?tlsmode=disable
  SKIP_SQLITE=1   KEEP_DATA=1
Needs python3 with aiohttp (and psycopg for PostgreSQL): pip install aiohttp "psycopg[binary]".
"""
import asyncio
import csv
import datetime
import http.client
import json
import math
import os
import random
import secrets
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
import urllib.parse
import uuid

import aiohttp

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
BIN = os.path.abspath(os.environ.get("BIN", os.path.join(ROOT, ".build", "release", "permittrail")))
ENTERPRISES = int(os.environ.get("ENTERPRISES", "100"))
DURATION = float(os.environ.get("DURATION", "60"))
LICENCES = int(os.environ.get("LICENCES", "100000"))
READS = int(os.environ.get("READS", "900"))
READ_WARMUP = int(os.environ.get("READ_WARMUP", "30"))
READ_SECONDS = float(os.environ.get("READ_SECONDS", "90"))
HEALTH_ALONE = float(os.environ.get("HEALTH_ALONE", "10"))
PORT = int(os.environ.get("APP_PORT", "18140"))
PG_SERVER_URL = os.environ.get("DATABASE_URL", "")
HOST = "127.0.0.1"
BASE = f"http://{HOST}:{PORT}"
OUT_DIR = os.environ.get("OUT_DIR") or tempfile.mkdtemp(prefix="permittrail-licensing-bench.")
os.makedirs(OUT_DIR, exist_ok=True)

LAB = "91310000MA1FL1MMXL"  # the testing agency of the tests and the demo
CABLE = "0ca7a10e-0000-4000-8000-000000000003"  # 电力电缆, DefaultCatalogue
CABLE_TEST_ITEMS = ["结构尺寸", "导体直流电阻", "电压试验", "绝缘热延伸试验", "局部放电试验"]
DISTRICTS = [
    ("310101", "黄浦区"), ("310104", "徐汇区"), ("310105", "长宁区"), ("310106", "静安区"), ("310107", "普陀区"),
    ("310109", "虹口区"), ("310110", "杨浦区"), ("310112", "闵行区"), ("310113", "宝山区"), ("310114", "嘉定区"),
    ("310115", "浦东新区"), ("310116", "金山区"), ("310117", "松江区"), ("310118", "青浦区"), ("310120", "奉贤区"),
    ("310151", "崇明区"),
]
# (industry, product) of the default catalogue's categories: licence numbers XKii-ppp-nnnnn.
CATEGORIES = [(19, 1), (6, 1), (8, 2), (4, 1), (23, 1), (14, 1), (13, 10), (11, 1), (13, 1), (9, 1),
              (2, 1), (4, 3), (4, 4), (4, 5), (4, 6), (8, 3), (18, 1), (13, 3), (16, 1), (8, 1)]
ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def log(*args):
    print("[licensing-bench]", *args, file=sys.stderr, flush=True)


def credit_code(district, serial, tag):
    """A valid unified social credit code (GB 32100 check character)."""
    body = f"91{district}{tag}{serial:07d}"  # 2 + 6 + 2 + 7 = 17
    total = sum(ALPHABET.index(c) * w for c, w in zip(body, WEIGHTS))
    return body + ALPHABET[(31 - total % 31) % 31]


def percentile(values, p):
    ordered = sorted(values)
    return ordered[max(0, math.ceil(p / 100 * len(ordered)) - 1)] if ordered else float("nan")


def stats(values):
    return len(values), percentile(values, 50), percentile(values, 99), max(values) if values else float("nan")


# --- processes ----------------------------------------------------------------------

class Run:
    def __init__(self, label, pg_url):
        self.label, self.pg_url = label, pg_url
        self.data = os.path.join(OUT_DIR, f"data-{label}")
        shutil.rmtree(self.data, ignore_errors=True)
        os.makedirs(self.data)
        self.env = dict(os.environ, PERMITTRAIL_ENV="production")
        self.env.pop("DATABASE_URL", None)
        if pg_url:
            self.env["DATABASE_URL"] = pg_url
        self.server = None
        self.passwords = {}

    def cli(self, *args, stdin=None):
        result = subprocess.run([BIN, *args, "--data-dir", self.data], env=self.env, input=stdin, capture_output=True, text=True)
        if result.returncode != 0:
            sys.exit(f"{self.label}: permittrail {' '.join(args)} failed: {result.stdout}{result.stderr}")
        return result.stdout

    def start(self, tag):
        if http_ok("/health"):
            sys.exit(f"port {PORT} is in use")
        logfile = open(os.path.join(OUT_DIR, f"server-{self.label}-{tag}.log"), "w")
        self.server = subprocess.Popen([BIN, "serve", "--hostname", HOST, "--port", str(PORT), "--data-dir", self.data],
                                       env=self.env, stdout=logfile, stderr=subprocess.STDOUT)
        for _ in range(240):
            if self.server.poll() is not None:
                sys.exit(f"{self.label}: server exited early, see {logfile.name}")
            if http_ok("/health"):
                return
            time.sleep(0.5)
        sys.exit(f"{self.label}: server did not answer within 120 s")

    def stop(self):
        if self.server and self.server.poll() is None:
            self.server.terminate()
            try:
                self.server.wait(10)
            except subprocess.TimeoutExpired:
                self.server.kill()
                self.server.wait()
        self.server = None


def http_ok(path):
    try:
        conn = http.client.HTTPConnection(HOST, PORT, timeout=2)
        conn.request("GET", path)
        return conn.getresponse().status == 200
    except OSError:
        return False


# --- set-up -------------------------------------------------------------------------

def setup(run):
    run.cli("districts", "add", "310000", "上海市市场监督管理局", "--level", "city")
    for code, name in DISTRICTS:
        run.cli("districts", "add", code, name)
    accounts = [("city.admin", "city_officer", "310000")] + [(f"officer.{c}", "district_officer", c) for c, _ in DISTRICTS]
    for name, role, district in accounts:
        password = secrets.token_urlsafe(15)
        run.cli("users", "add", name, "--role", role, "--district", district, stdin=password + "\n")
        run.passwords[name] = password
    applicants, holders = [], []
    path = os.path.join(OUT_DIR, f"enterprises-{run.label}.csv")
    with open(path, "w", newline="", encoding="utf-8") as f:
        out = csv.writer(f)
        out.writerow(["企业名称", "统一社会信用代码", "注册地址", "注册地辖区", "生产地址", "生产地辖区", "法定代表人", "联系电话"])
        for i in range(ENTERPRISES + LICENCES):
            code, district = DISTRICTS[i % len(DISTRICTS)]
            applicant = i < ENTERPRISES
            name = f"上海{'申请' if applicant else '持证'}{i:06d}电缆有限公司"
            credit = credit_code(code, i, "MA" if applicant else "MB")
            out.writerow([name, credit, f"上海市{district}基准路 {i} 号", code, f"上海市{district}工业路 {i} 号", code, "周明", "021-58880000"])
            (applicants if applicant else holders).append((credit, name, code))
    started = time.perf_counter()
    run.cli("import", "enterprises", path)
    log(f"{run.label}: imported {ENTERPRISES + LICENCES} enterprises in {time.perf_counter() - started:.1f} s")
    return applicants, holders


# --- throughput ---------------------------------------------------------------------------

def draft(n):
    issued = (datetime.date.today() - datetime.timedelta(days=40)).isoformat()
    return {
        "units": [CABLE], "productionAddress": "上海市浦东新区川沙路 200 号", "contactPerson": "周明", "contactPhone": "021-58880000",
        "commitmentSignatory": "周明",
        "reports": [{"unit": CABLE, "kind": "type-test", "number": f"WT-{n}", "laboratory": LAB, "issuedOn": issued, "passed": True,
                     "items": CABLE_TEST_ITEMS}],
    }


class Failure(Exception):
    pass


async def call(session, method, path, token=None, body=None, expect=200):
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    started = time.perf_counter()
    async with session.request(method, BASE + path, json=body, headers=headers) as response:
        text = await response.text()
        elapsed = (time.perf_counter() - started) * 1000
        if response.status != expect:
            raise Failure(f"{method} {path} {json.dumps(body, ensure_ascii=False) if body else ''} -> {response.status}: {text[:400]}")
        return elapsed, (json.loads(text) if text and response.headers.get("Content-Type", "").find("json") >= 0 else text)


async def token(session, name, password):
    _, answer = await call(session, "POST", "/api/v1/auth/token", body={"username": name, "password": password}, expect=201)
    return answer["token"]


async def throughput(run, applicants):
    timeout = aiohttp.ClientTimeout(total=120)
    async with aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=0), timeout=timeout) as session:
        admin = await token(session, "city.admin", run.passwords["city.admin"])
        await call(session, "POST", "/api/v1/agencies", admin,
                   {"creditCode": LAB, "name": "上海示范检测技术有限公司", "district": "310104"}, expect=201)
        officers = {c: await token(session, f"officer.{c}", run.passwords[f"officer.{c}"]) for c, _ in DISTRICTS}
        gate = asyncio.Semaphore(4)

        async def account(i, code, name):
            async with gate:
                password = secrets.token_urlsafe(15)
                await call(session, "POST", "/api/v1/users", admin, {
                    "username": f"ent{i:04d}", "displayName": name, "role": "enterprise", "password": password, "organisation": code,
                }, expect=201)
                return await token(session, f"ent{i:04d}", password)

        tokens = await asyncio.gather(*(account(i, c, n) for i, (c, n, _) in enumerate(applicants)))

        # 一单一书一照: each enterprise uploads its business licence once (tus)
        # and attaches it to every application it makes.
        async def licence(bearer):
            png = bytes([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]) + b"IHDR" + (1240).to_bytes(4, "big") \
                + (1754).to_bytes(4, "big") + bytes([8, 2, 0, 0, 0, 0, 0, 0, 0]) + bytes(64)
            headers = {"Authorization": f"Bearer {bearer}", "Tus-Resumable": "1.0.0", "Upload-Length": str(len(png))}
            async with session.post(BASE + "/api/v1/uploads", headers=headers) as created:
                location = created.headers["Location"]
            headers = {"Authorization": f"Bearer {bearer}", "Tus-Resumable": "1.0.0", "Upload-Offset": "0",
                       "Content-Type": "application/offset+octet-stream"}
            async with session.patch(location if location.startswith("http") else BASE + location, headers=headers, data=png) as sent:
                if sent.status != 204:
                    raise Failure(f"licence upload -> {sent.status}")
            return location

        licences = await asyncio.gather(*(licence(t) for t in tokens))
        counter = iter(range(10**9))
        steps = {s: [] for s in ("create", "submit", "accept", "grant", "whole")}
        failures = []
        certificates = set()

        async def application(i, record):
            ent, officer = tokens[i], officers[applicants[i][2]]
            n = next(counter)
            t0 = time.perf_counter()
            ms_draft, created = await call(session, "POST", "/api/v1/applications", ent, draft(n), expect=201)
            ms_attach, created = await call(session, "POST", f"/api/v1/applications/{created['number']}/attachments", ent,
                                            {"kind": "business-licence", "upload": licences[i]}, expect=201)
            ms_create = ms_draft + ms_attach
            if created.get("problems"):
                raise Failure(f"draft has problems: {created['problems']}")
            number = created["number"]
            ms_submit, _ = await call(session, "POST", f"/api/v1/applications/{number}/submit", ent)
            ms_accept, _ = await call(session, "POST", f"/api/v1/applications/{number}/accept", officer)
            ms_grant, granted = await call(session, "POST", f"/api/v1/applications/{number}/grant", officer, {"agency": LAB})
            if not granted.get("certificate"):
                raise Failure(f"grant of {number} without a certificate: {granted}")
            done = time.perf_counter()
            if record(done):
                for key, value in zip(("create", "submit", "accept", "grant", "whole"),
                                      (ms_create, ms_submit, ms_accept, ms_grant, (done - t0) * 1000)):
                    steps[key].append(value)
                certificates.add(granted["certificate"])
            return granted["certificate"]

        log(f"{run.label}: warm-up, one application per applicant")
        warm = await asyncio.gather(*(application(i, lambda _: False) for i in range(len(applicants))), return_exceptions=True)
        errors = [w for w in warm if isinstance(w, BaseException)]
        if errors:
            sys.exit(f"{run.label}: warm-up failed: {errors[0]}")

        async def health_loop(until, into):
            while time.perf_counter() < until:
                ms, _ = await call(session, "GET", "/health")
                into.append(ms)

        alone = []
        await health_loop(time.perf_counter() + HEALTH_ALONE, alone)

        log(f"{run.label}: {len(applicants)} applicants for {DURATION:.0f} s")
        start = time.perf_counter()
        end = start + DURATION
        completed = [0]

        def in_window(done):
            if done <= end:
                completed[0] += 1
                return True
            return False

        async def worker(i):
            while time.perf_counter() < end:
                try:
                    await application(i, in_window)
                except (Failure, aiohttp.ClientError, asyncio.TimeoutError) as error:
                    failures.append(str(error))
                    await asyncio.sleep(0.5)

        beside = []
        await asyncio.gather(health_loop(end, beside), *(worker(i) for i in range(len(applicants))))
        tail = time.perf_counter() - end
        return {"completed": completed[0], "steps": steps, "failures": failures, "alone": alone, "beside": beside,
                "tail": tail, "certificates": len(certificates)}


# --- seeding --------------------------------------------------------------------------------

class Database:
    """The run's database through sqlite3 or psycopg, with COPY on PostgreSQL."""

    def __init__(self, run):
        self.pg = bool(run.pg_url)
        if self.pg:
            import psycopg
            self.conn = psycopg.connect(run.pg_url.split("?")[0])
        else:
            self.conn = sqlite3.connect(os.path.join(run.data, "permittrail.sqlite"))

    def rows(self, sql, *params):
        cursor = self.conn.cursor()
        cursor.execute(sql.replace("?", "%s") if self.pg else sql, params)
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row)) for row in cursor.fetchall()]

    def insert(self, table, columns, tuples):
        cursor = self.conn.cursor()
        if self.pg:
            with cursor.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
                for row in tuples:
                    copy.write_row(row)
        else:
            cursor.executemany(f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})", tuples)

    def commit(self):
        self.conn.commit()
        if self.pg:
            self.conn.autocommit = True
            self.conn.execute("ANALYZE")
        self.conn.close()


def new_uuid_like(template):
    u = uuid.uuid4()
    if isinstance(template, uuid.UUID):
        return u
    if isinstance(template, (bytes, bytearray)):
        return u.bytes
    return str(u).upper() if template.upper() == template else str(u)


def seed(run, holders):
    """LICENCES certificates, each with a closed application case copied from a granted one."""
    db = Database(run)
    certificate = db.rows("SELECT * FROM certificates ORDER BY number LIMIT 1")[0]
    case = db.rows("SELECT * FROM cases WHERE number = ?", certificate["case_number"])[0]
    nodes = db.rows("SELECT * FROM case_nodes WHERE case_id = ?", case["id"])
    records = db.rows("SELECT * FROM case_records WHERE case_id = ?", case["id"])
    kind = case["number"].split("-")[0]
    case_columns, node_columns, record_columns, cert_columns = (list(x.keys()) for x in (case, nodes[0], records[0], certificate))
    per_year = math.ceil(LICENCES / 5)
    per_category = math.ceil(LICENCES / len(CATEGORIES))
    if per_category > 89_999:
        sys.exit("too many licences for the serial range")
    new_cases, new_nodes, new_records, new_certificates, numbers = [], [], [], [], []
    for k, (credit, name, district) in enumerate(holders[:LICENCES]):
        number = f"{kind}-{2021 + k // per_year}-{k % per_year + 1:05d}"
        case_id = new_uuid_like(case["id"])
        new_cases.append(tuple({**case, "id": case_id, "number": number, "subject_credit_code": credit, "subject_name": name,
                                "district_code": district}[c] for c in case_columns))
        for node in nodes:
            node_id = node["id"].replace(case["number"], number)  # "<case number>/<node key>"
            new_nodes.append(tuple({**node, "id": node_id, "case_id": case_id}[c] for c in node_columns))
        for record in records:
            new_records.append(tuple({**record, "id": new_uuid_like(record["id"]), "case_id": case_id, "case_number": number}[c]
                                     for c in record_columns))
        industry, product = CATEGORIES[k // per_category]
        serial = 10_001 + k % per_category
        licence = f"(沪)XK{industry:02d}-{product:03d}-{serial:05d}"
        parts = certificate["identifier"].split(".")
        parts[7], parts[8] = f"{industry:02d}{product:03d}{serial:05d}", "001"
        new_certificates.append(tuple({**certificate, "number": licence, "identifier": ".".join(parts), "version": 1,
                                       "holder_name": name, "holder_code": credit, "case_number": number}[c] for c in cert_columns))
        numbers.append(licence)
    started = time.perf_counter()
    db.insert("cases", case_columns, new_cases)
    db.insert("case_nodes", node_columns, new_nodes)
    db.insert("case_records", record_columns, new_records)
    db.insert("certificates", cert_columns, new_certificates)
    db.commit()
    log(f"{run.label}: seeded {len(new_certificates)} certificates, {len(new_cases)} cases, {len(new_nodes)} nodes, "
        f"{len(new_records)} records in {time.perf_counter() - started:.1f} s")
    return numbers, {"nodes": len(nodes), "records": len(records), "record_bytes": sum(len(str(r.get("text") or "")) for r in records)}


# --- reads ---------------------------------------------------------------------------------

def reads(run, numbers):
    conn = http.client.HTTPConnection(HOST, PORT, timeout=300)

    def get(path, bearer):
        headers = {"Authorization": "Bearer " + bearer} if bearer else {}
        started = time.perf_counter()
        conn.request("GET", path, headers=headers)
        response = conn.getresponse()
        body = response.read()
        return (time.perf_counter() - started) * 1000, response.status, body

    def login(name):
        # Right after a start the server may be busy (the deadline job runs at
        # once over every case): retry until a token is issued, for 10 minutes.
        body = json.dumps({"username": name, "password": run.passwords[name]})
        for _ in range(120):
            conn.request("POST", "/api/v1/auth/token", body=body, headers={"Content-Type": "application/json"})
            response = conn.getresponse()
            answer = response.read()
            if response.status == 201:
                return json.loads(answer)["token"]
            log(f"{run.label}: login {name} -> {response.status}: {answer[:200]!r}; retrying")
            time.sleep(5)
        sys.exit(f"{run.label}: no token for {name}")

    started = time.perf_counter()
    district, city = login("officer.310115"), login("city.admin")
    log(f"{run.label}: tokens after the restart in {time.perf_counter() - started:.1f} s")
    pick = lambda: urllib.parse.quote(random.choice(numbers))
    targets = [
        ("`GET /health` (reference)", lambda: "/health", None),
        ("`GET /api/v1/worklist`, district officer (浦东新区)", lambda: "/api/v1/worklist", district),
        ("`GET /api/v1/worklist`, city administrator", lambda: "/api/v1/worklist", city),
        ("`GET /certificates/{number}` (public page)", lambda: "/certificates/" + pick(), None),
        ("`GET /api/v1/certificates/{number}`", lambda: "/api/v1/certificates/" + pick(), None),
    ]
    samples = {t[0]: [] for t in targets}
    notes = {}
    broken = {}
    for name, path, bearer in targets:
        warm_until = time.perf_counter() + READ_SECONDS / 6
        for _ in range(READ_WARMUP):
            ms, status, body = get(path(), bearer)
            if status != 200:
                broken[name] = f"GET {path()} -> {status} after {ms:.0f} ms: {body[:300].decode('utf-8', 'replace')}"
                break
            notes[name] = body
            if time.perf_counter() > warm_until:
                break
    for round_number in range(3):
        for i in range(len(targets)):
            name, path, bearer = targets[(i + round_number) % len(targets)]
            if name in broken:
                continue
            until = time.perf_counter() + READ_SECONDS / 3
            for _ in range(READS // 3):
                ms, status, body = get(path(), bearer)
                if status != 200:
                    broken[name] = f"GET {path()} -> {status}: {body[:300].decode('utf-8', 'replace')}"
                    break
                samples[name].append(ms)
                if time.perf_counter() > until:
                    break
    for name, values in samples.items():
        n, p50, p99, top = stats(values)
        log(f"{run.label}: {name}: n={n} p50={p50:.2f} p99={p99:.2f} max={top:.2f} ms {broken.get(name, '')}")
    sizes = {}
    for name, body in notes.items():
        try:
            parsed = json.loads(body)
            sizes[name] = f"{len(parsed)} items, {len(body) / 1024:.0f} KiB" if isinstance(parsed, list) else f"{len(body) / 1024:.1f} KiB"
        except ValueError:
            sizes[name] = f"{len(body) / 1024:.1f} KiB"
    return samples, broken, sizes


# --- main ------------------------------------------------------------------------------------

def measure(label, pg_url, report):
    run = Run(label, pg_url)
    try:
        applicants, holders = setup(run)
        run.start("flow")
        flow = asyncio.run(throughput(run, applicants))
        run.stop()
        s = flow["steps"]
        log(f"{run.label}: {flow['completed']} applications in {DURATION:.0f} s, {len(flow['failures'])} failed requests; "
            + ", ".join(f"{k} p50/p99 {percentile(v, 50):.0f}/{percentile(v, 99):.0f} ms" for k, v in s.items())
            + f"; /health alone n={len(flow['alone'])} p50/p99 {percentile(flow['alone'], 50):.2f}/{percentile(flow['alone'], 99):.2f} ms"
            + f", beside n={len(flow['beside'])} p50/p99 {percentile(flow['beside'], 50):.2f}/{percentile(flow['beside'], 99):.2f} ms")
        with open(os.path.join(OUT_DIR, f"flow-{label}.json"), "w") as f:
            json.dump(flow, f)
        numbers, template = seed(run, holders)
        run.start("reads")
        samples, broken, sizes = reads(run, numbers)
        run.stop()
    finally:
        run.stop()
    report.append((label, flow, samples, broken, sizes, template))


def main():
    if not os.access(BIN, os.X_OK):
        sys.exit(f"missing {BIN}: swift build -c release --product permittrail")
    report = []
    pg_admin = pg_db = None
    try:
        if os.environ.get("SKIP_SQLITE") != "1":
            measure("SQLite", "", report)
        if PG_SERVER_URL:
            import psycopg
            base, _, query = PG_SERVER_URL.partition("?")
            server = base.rsplit("/", 1)[0]
            pg_admin, pg_db = server + "/postgres", f"permittrail_licensing_bench_{os.getpid()}"
            with psycopg.connect(pg_admin, autocommit=True) as conn:
                conn.execute(f"CREATE DATABASE {pg_db}")
            measure("PostgreSQL", f"{server}/{pg_db}" + (f"?{query}" if query else ""), report)
    finally:
        if pg_db:
            import psycopg
            with psycopg.connect(pg_admin, autocommit=True) as conn:
                conn.execute(f"DROP DATABASE IF EXISTS {pg_db} WITH (FORCE)")
        if os.environ.get("KEEP_DATA") != "1":
            for entry in os.listdir(OUT_DIR):
                if entry.startswith("data-"):
                    shutil.rmtree(os.path.join(OUT_DIR, entry), ignore_errors=True)

    print(f"\nPermitTrail licensing benchmark — {datetime.datetime.now(datetime.timezone.utc):%Y-%m-%d %H:%M UTC}, "
          f"{os.cpu_count()} cores shared by client and server; raw output in {OUT_DIR}\n")
    print(f"Whole applications (create → submit → accept → grant), {ENTERPRISES} enterprises concurrently, {DURATION:.0f} s\n")
    print("| Database | applications/min | completed | failed requests | create p50/p99 ms | submit p50/p99 ms "
          "| accept p50/p99 ms | grant p50/p99 ms | whole p50/p99 ms | `/health` alone req/s, p50/p99 ms | `/health` beside req/s, p50/p99 ms |")
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |")
    for label, flow, *_ in report:
        s = flow["steps"]
        cell = lambda k: "%.0f / %.0f" % (percentile(s[k], 50), percentile(s[k], 99))
        h = lambda v, secs: "%.0f req/s, %.2f / %.2f" % (len(v) / secs, percentile(v, 50), percentile(v, 99))
        print(f"| {label} | {flow['completed'] / DURATION * 60:.0f} | {flow['completed']} | {len(flow['failures'])} | "
              f"{cell('create')} | {cell('submit')} | {cell('accept')} | {cell('grant')} | {cell('whole')} | "
              f"{h(flow['alone'], HEALTH_ALONE)} | {h(flow['beside'], DURATION)} |")
    for label, flow, *_ in report:
        if flow["failures"]:
            print(f"\n{label}: {len(flow['failures'])} failed requests; first: {flow['failures'][0]}")
    print(f"\nReads at {LICENCES} seeded licences (+ the run's own), sequential keep-alive requests from one client, 3 rounds pooled\n")
    print("| Database | Request | n | p50 ms | p99 ms | max ms | answer |")
    print("| --- | --- | ---: | ---: | ---: | ---: | --- |")
    for label, flow, samples, broken, sizes, template in report:
        for name, values in samples.items():
            n, p50, p99, top = stats(values)
            answer = broken.get(name) or sizes.get(name, "")
            print(f"| {label} | {name} | {n} | {p50:.2f} | {p99:.2f} | {top:.2f} | {answer} |")
        print(f"\n{label}: each seeded application case has {template['nodes']} nodes and {template['records']} records "
              f"({template['record_bytes']} characters of record text); the flow left {flow['certificates']} certificates "
              f"granted in the window, tail after the window {flow['tail']:.1f} s\n")


if __name__ == "__main__":
    main()
