// PermitTrail field capture (issue 16, REC-3…REC-5).
//
// An inspector on site, on a phone, often with a poor connection. The one
// promise: a capture is never lost. So each one is written to IndexedDB
// before anything is sent, and leaves it only once the server has recorded
// it. Sending is tus 1.0 (resumable, checked chunk by chunk) to
// /api/v1/uploads, then the record; after a failure, a reload or a closed
// tab it resumes from the offset the server acknowledged.
//
// The API takes bearer tokens only, never the session cookie. The page's
// own route issues a short-lived capture token for the page's form token;
// it is kept in memory only, asked for again after a reload or a 401.
//
// No library, no inline script, no words of its own: the page hands over
// its texts (#capture-texts) in the reader's language.
(function () {
  'use strict';

  var root = document.getElementById('capture');
  if (!root) return;

  var TUS = '1.0.0';
  var API = '/api/v1';
  var MIN_CHUNK = 256 * 1024;
  var MAX_CHUNK = 4 * 1024 * 1024;
  var DB_NAME = 'permittrail-capture';

  var CASE = root.dataset.case;
  var USER = root.dataset.user;
  var CSRF = root.dataset.csrf;
  var TOKEN_HREF = root.dataset.tokenHref;
  var LOGIN_HREF = root.dataset.loginHref;

  var texts = {};
  Array.prototype.forEach.call(document.querySelectorAll('#capture-texts [data-key]'), function (element) {
    texts[element.dataset.key] = element.textContent;
  });

  function t(key, values) {
    return (texts[key] || key).replace(/\{(\w+)\}/g, function (whole, name) {
      return values && name in values ? String(values[name]) : whole;
    });
  }

  // --- Failures -----------------------------------------------------------

  // Worth trying again by itself (no connection, a busy server).
  function Transient(message, network) {
    this.message = message;
    this.network = !!network;
  }
  // Needs a person: the server refused this capture and said why.
  function Permanent(message) {
    this.message = message;
  }
  // Stops the whole queue: signed out, or the page is stale.
  function Halt(reason) {
    this.reason = reason;
  }

  // --- IndexedDB: the queue that survives reloads ---------------------------

  var dbPromise = null;
  var storageBroken = false;

  function openDB() {
    if (!dbPromise) {
      dbPromise = new Promise(function (resolve, reject) {
        if (!window.indexedDB) {
          reject(new Error('no IndexedDB'));
          return;
        }
        var request = indexedDB.open(DB_NAME, 1);
        request.onupgradeneeded = function () {
          var db = request.result;
          // Metadata apart from the bytes, so a state change rewrites a
          // small row and never a video.
          if (!db.objectStoreNames.contains('items')) db.createObjectStore('items', { keyPath: 'id' });
          if (!db.objectStoreNames.contains('blobs')) db.createObjectStore('blobs');
        };
        request.onsuccess = function () { resolve(request.result); };
        request.onerror = function () { reject(request.error); };
        request.onblocked = function () { reject(new Error('IndexedDB blocked')); };
      });
    }
    return dbPromise;
  }

  // Runs `work` in one transaction; resolves once it is committed.
  function transact(stores, mode, work) {
    return openDB().then(function (db) {
      return new Promise(function (resolve, reject) {
        // 'strict': the capture is on disk when we say it is saved.
        var transaction = db.transaction(stores, mode, { durability: 'strict' });
        var result;
        transaction.oncomplete = function () { resolve(result); };
        transaction.onerror = function () { reject(transaction.error); };
        transaction.onabort = function () { reject(transaction.error || new Error('aborted')); };
        work(transaction, function (value) { result = value; });
      });
    });
  }

  function saveNew(item, blob) {
    return transact(['items', 'blobs'], 'readwrite', function (transaction) {
      transaction.objectStore('blobs').put(blob, item.id);
      transaction.objectStore('items').put(item);
    });
  }

  function saveItem(item) {
    return transact(['items'], 'readwrite', function (transaction) {
      transaction.objectStore('items').put(item);
    });
  }

  function loadItem(id) {
    return transact(['items'], 'readonly', function (transaction, done) {
      var request = transaction.objectStore('items').get(id);
      request.onsuccess = function () { done(request.result || null); };
    });
  }

  function loadItems() {
    return transact(['items'], 'readonly', function (transaction, done) {
      var request = transaction.objectStore('items').getAll();
      request.onsuccess = function () { done(request.result || []); };
    });
  }

  function loadBlob(id) {
    return transact(['blobs'], 'readonly', function (transaction, done) {
      var request = transaction.objectStore('blobs').get(id);
      request.onsuccess = function () { done(request.result || null); };
    });
  }

  function forget(id) {
    return transact(['items', 'blobs'], 'readwrite', function (transaction) {
      transaction.objectStore('items').delete(id);
      transaction.objectStore('blobs').delete(id);
    });
  }

  // --- Small helpers ----------------------------------------------------------

  function newID() {
    if (window.crypto && crypto.randomUUID) return crypto.randomUUID();
    return Date.now().toString(36) + '-' + Math.random().toString(36).slice(2) + Math.random().toString(36).slice(2);
  }

  function base64(bytes) {
    var text = '';
    for (var i = 0; i < bytes.length; i += 1) text += String.fromCharCode(bytes[i]);
    return btoa(text);
  }

  function base64Text(text) {
    return base64(new TextEncoder().encode(text));
  }

  // The chunk's SHA-256 for Upload-Checksum; crypto.subtle exists only on
  // HTTPS (and localhost), and the header is optional in tus.
  function sha256(buffer) {
    if (!(window.crypto && crypto.subtle && window.isSecureContext)) return Promise.resolve(null);
    return crypto.subtle.digest('SHA-256', buffer).then(function (digest) {
      return base64(new Uint8Array(digest));
    }, function () { return null; });
  }

  function sleep(ms) {
    return new Promise(function (resolve) { setTimeout(resolve, ms); });
  }

  function megabytes(size) {
    return size < 1024 * 1024 ? Math.max(1, Math.round(size / 1024)) + ' KB' : (size / 1024 / 1024).toFixed(1) + ' MB';
  }

  function clock(iso) {
    var date = new Date(iso);
    function two(n) { return (n < 10 ? '0' : '') + n; }
    return two(date.getMonth() + 1) + '-' + two(date.getDate()) + ' ' + two(date.getHours()) + ':' + two(date.getMinutes());
  }

  function problemOf(response) {
    var type = response.headers.get('Content-Type') || '';
    if (type.indexOf('json') < 0) return Promise.resolve({});
    return response.json().then(function (body) { return body || {}; }, function () { return {}; });
  }

  // What a refusal means for the queue: try again later, or ask a person.
  function fail(response) {
    return problemOf(response).then(function (problem) {
      var detail = problem.detail || t('serverError') + ' (HTTP ' + response.status + ')';
      if (response.status === 401) throw new Halt('signIn');
      if (response.status >= 500 || [408, 423, 425, 429, 460].indexOf(response.status) >= 0) throw new Transient(detail);
      throw new Permanent(detail);
    });
  }

  // --- The token ------------------------------------------------------------------

  var token = null;
  var tokenExpires = 0;
  var tokenRequest = null;

  function getToken() {
    if (token && Date.now() < tokenExpires - 60 * 1000) return Promise.resolve(token);
    if (!tokenRequest) {
      tokenRequest = requestToken().then(function (value) {
        tokenRequest = null;
        return value;
      }, function (error) {
        tokenRequest = null;
        throw error;
      });
    }
    return tokenRequest;
  }

  function requestToken() {
    token = null;
    return fetch(TOKEN_HREF, {
      method: 'POST', credentials: 'same-origin', redirect: 'manual', cache: 'no-store',
      headers: { 'Accept': 'application/json', 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'csrf=' + encodeURIComponent(CSRF)
    }).then(function (response) {
      // A redirect is the way to the sign-in page.
      if (response.type === 'opaqueredirect' || response.status === 401) throw new Halt('signIn');
      if (response.status === 201) {
        return response.json().then(function (body) {
          if (!body.user || body.user.username !== USER) throw new Halt('reload');
          token = body.token;
          tokenExpires = Date.parse(body.expiresAt) || Date.now() + 10 * 60 * 1000;
          return token;
        });
      }
      return problemOf(response).then(function (problem) {
        var detail = problem.detail || t('serverError') + ' (HTTP ' + response.status + ')';
        if (response.status >= 500 || response.status === 429) throw new Transient(detail);
        if (problem.type && /form-expired/.test(problem.type)) throw new Halt('reload');
        throw new Halt(detail);
      });
    }, function () {
      throw new Transient(t('networkError'), true);
    });
  }

  // A call to the API with the token; a 401 gets one fresh token and one
  // more try, since a token may expire between two chunks.
  function api(method, url, options, retried) {
    options = options || {};
    return getToken().then(function (bearer) {
      var controller = window.AbortController ? new AbortController() : null;
      var timer = controller ? setTimeout(function () { controller.abort(); }, options.timeout || 30000) : null;
      var headers = { 'Authorization': 'Bearer ' + bearer, 'Accept': 'application/json' };
      Object.keys(options.headers || {}).forEach(function (name) { headers[name] = options.headers[name]; });
      return fetch(url, {
        method: method, headers: headers, body: options.body || null, cache: 'no-store', credentials: 'same-origin',
        signal: controller ? controller.signal : undefined
      }).then(function (response) {
        clearTimeout(timer);
        if (response.status === 401 && !retried) {
          token = null;
          return api(method, url, options, true);
        }
        return response;
      }, function () {
        clearTimeout(timer);
        throw new Transient(t('networkError'), true);
      });
    });
  }

  // --- tus 1.0 ------------------------------------------------------------------------

  var chunkSize = 1024 * 1024;

  function metadata(item) {
    var pairs = ['filename ' + base64Text(item.name)];
    if (item.type) pairs.push('filetype ' + base64Text(item.type));
    return pairs.join(',');
  }

  // The offset the server acknowledged, or null when it has no such upload.
  function acknowledged(item) {
    return api('HEAD', item.uploadURL, { headers: { 'Tus-Resumable': TUS } }).then(function (response) {
      if (response.status === 404) return null;
      if (!response.ok) return fail(response);
      var offset = Number(response.headers.get('Upload-Offset'));
      if (!(offset >= 0)) throw new Transient(t('serverError'));
      return offset;
    });
  }

  function create(entry) {
    var item = entry.item;
    return api('POST', API + '/uploads', {
      headers: { 'Tus-Resumable': TUS, 'Upload-Length': String(item.size), 'Upload-Metadata': metadata(item) }
    }).then(function (response) {
      if (response.status !== 201) return fail(response);
      var location = response.headers.get('Location');
      if (!location) throw new Transient(t('serverError'));
      item.uploadURL = new URL(location, window.location.href).pathname;
      // Kept before a byte is sent: after a reload this upload is resumed,
      // not started again.
      return persist(entry);
    });
  }

  function upload(entry, blob) {
    var item = entry.item;
    var conflicts = 0;
    var restarts = 0;
    function start() {
      restarts += 1;
      if (restarts > 3) return Promise.reject(new Transient(t('serverError')));
      return (item.uploadURL ? Promise.resolve() : create(entry)).then(function () {
        return acknowledged(item);
      }).then(function (offset) {
        if (offset === null) {
          // Gone on the server (abandoned, or cleaned up): start afresh.
          item.uploadURL = null;
          return persist(entry).then(start);
        }
        return send(offset);
      });
    }
    function send(offset) {
      entry.progress = offset / item.size;
      render(entry);
      if (offset >= item.size) return Promise.resolve();
      var end = Math.min(offset + chunkSize, item.size);
      var began;
      return blob.slice(offset, end).arrayBuffer().then(function (chunk) {
        return sha256(chunk).then(function (digest) {
          var headers = { 'Tus-Resumable': TUS, 'Upload-Offset': String(offset), 'Content-Type': 'application/offset+octet-stream' };
          if (digest) headers['Upload-Checksum'] = 'sha256 ' + digest;
          began = Date.now();
          // At least 8 KB/s, or the chunk is given up and sent smaller.
          return api('PATCH', item.uploadURL, { headers: headers, body: chunk, timeout: 20000 + chunk.byteLength / 8 });
        });
      }).then(function (response) {
        if (response.status === 204) {
          conflicts = 0;
          var next = Number(response.headers.get('Upload-Offset'));
          // Fast chunks grow, up to 4 MiB; a slow link keeps them small.
          if (Date.now() - began < 3000) chunkSize = Math.min(MAX_CHUNK, chunkSize * 2);
          return send(next > offset ? next : end);
        }
        if (response.status === 409 && conflicts < 5) {
          // Another connection (a tab, a lost request) moved the offset: ask.
          conflicts += 1;
          return sleep(1000 * conflicts).then(function () { return acknowledged(item); }).then(function (now) {
            if (now === null) {
              item.uploadURL = null;
              return persist(entry).then(start);
            }
            return send(now);
          });
        }
        if (response.status === 404) {
          item.uploadURL = null;
          return persist(entry).then(start);
        }
        return fail(response);
      }, function (error) {
        if (error instanceof Transient) chunkSize = Math.max(MIN_CHUNK, Math.floor(chunkSize / 2));
        throw error;
      });
    }
    return start();
  }

  // Whether an earlier try, whose answer was lost, made the record already:
  // the case lists its records with their digests.
  function alreadyRecorded(item) {
    return api('GET', item.uploadURL).then(function (response) {
      if (!response.ok) return fail(response);
      return response.json();
    }).then(function (status) {
      if (!status.sha256) return false;
      return api('GET', API + '/cases/' + encodeURIComponent(item.caseNumber)).then(function (response) {
        if (!response.ok) return fail(response);
        return response.json();
      }).then(function (subject) {
        var me = 'user:' + item.user;
        return (subject.nodes || []).some(function (node) {
          return node.id === item.node && (node.records || []).some(function (record) {
            return record.sha256 === status.sha256 && record.recordedBy === me;
          });
        });
      });
    });
  }

  function record(entry) {
    var item = entry.item;
    entry.state = 'recording';
    render(entry);
    return (item.recordAttempted ? alreadyRecorded(item) : Promise.resolve(false)).then(function (done) {
      if (done) return;
      item.recordAttempted = true;
      return persist(entry).then(function () {
        var path = API + '/cases/' + encodeURIComponent(item.caseNumber) + '/nodes/' + encodeURIComponent(item.node) + '/records';
        return api('POST', path, {
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ upload: item.uploadURL, kind: item.kind, label: item.label, subject: item.subject || null, device: item.device || null })
        });
      }).then(function (response) {
        if (response.status !== 201) return fail(response);
      });
    });
  }

  // --- The queue ------------------------------------------------------------------------

  var entries = new Map();
  var halted = null;
  var pumping = false;
  var again = false;
  var timer = null;

  function persist(entry) {
    if (!entry.stored || entry.discarded) return Promise.resolve();
    return saveItem(entry.item);
  }

  function blobOf(entry) {
    if (entry.blob) return Promise.resolve(entry.blob);
    return loadBlob(entry.item.id).then(function (blob) {
      if (!blob) throw new Permanent(t('notSaved'));
      return blob;
    });
  }

  function mine(entry) {
    return entry.item.user === USER;
  }

  function due(entry) {
    return mine(entry) && !entry.item.failed && (entry.state === 'waiting' || entry.state === 'retry') &&
      (!entry.retryAt || entry.retryAt <= Date.now());
  }

  function withLock(name, work) {
    // Two tabs on the same queue must not send the same capture twice.
    if (navigator.locks && navigator.locks.request) {
      return navigator.locks.request('permittrail-capture-' + name, { ifAvailable: true }, function (lock) {
        if (lock) return work();
        // Another tab is sending it; look again later in case that tab closes.
        return undefined;
      });
    }
    return work();
  }

  function processEntry(entry) {
    // Set before the lock: if another tab holds it, this one looks again later.
    entry.retryAt = Date.now() + 30 * 1000;
    return withLock(entry.item.id, function () {
      // Another tab may have moved it on, or recorded it.
      var fresh = entry.stored ? loadItem(entry.item.id) : Promise.resolve(entry.item);
      return fresh.then(function (item) {
        if (!item) {
          entry.state = 'recorded';
          render(entry);
          return;
        }
        entry.item = item;
        entry.retryAt = 0;
        keepAwake(true);
        entry.state = 'sending';
        entry.detail = null;
        render(entry);
        return blobOf(entry).then(function (blob) {
          return upload(entry, blob);
        }).then(function () {
          return record(entry);
        }).then(function () {
          entry.state = 'recorded';
          entry.attempts = 0;
          render(entry);
          if (entry.item.caseNumber === CASE) refreshSummaries();
          // Only now, with the record made, does the capture leave the device.
          return entry.stored ? forget(entry.item.id) : undefined;
        });
      });
    }).catch(function (error) {
      if (error instanceof Halt) {
        entry.state = 'waiting';
        render(entry);
        throw error;
      }
      if (error instanceof Permanent) {
        entry.item.failed = error.message;
        entry.state = 'failed';
        render(entry);
        updateStatus();
        return persist(entry).catch(function () {});
      }
      entry.attempts = (entry.attempts || 0) + 1;
      var seconds = Math.min(300, Math.pow(2, Math.min(entry.attempts, 9)));
      entry.retryAt = Date.now() + seconds * 1000 * (0.75 + Math.random() / 2);
      entry.state = 'retry';
      entry.detail = error && error.message ? error.message : t('networkError');
      render(entry);
      // Without a connection the next captures would fail the same way.
      if (error instanceof Transient && error.network) {
        error.retryAt = entry.retryAt;
        throw error;
      }
    });
  }

  function pump() {
    if (pumping) {
      again = true;
      return;
    }
    if (halted) return;
    pumping = true;
    var round = function () {
      again = false;
      var list = [];
      entries.forEach(function (entry) { if (due(entry)) list.push(entry); });
      list.sort(function (a, b) { return a.item.capturedAt < b.item.capturedAt ? -1 : 1; });
      return list.reduce(function (chain, entry) {
        return chain.then(function () { return processEntry(entry); });
      }, Promise.resolve()).then(function () {
        if (again) return round();
      });
    };
    round().catch(function (error) {
      if (error instanceof Halt) {
        halted = error.reason;
      } else if (error instanceof Transient) {
        // No connection: every waiting capture waits as long as the one
        // that found out.
        entries.forEach(function (entry) {
          if (due(entry)) {
            entry.retryAt = error.retryAt;
            entry.state = 'retry';
            entry.detail = error.message;
            render(entry);
          }
        });
      }
    }).then(function () {
      pumping = false;
      keepAwake(false);
      schedule();
      updateStatus();
    });
  }

  function schedule() {
    clearTimeout(timer);
    if (halted) return;
    var next = null;
    entries.forEach(function (entry) {
      var waiting = entry.state === 'retry' || entry.state === 'waiting';
      if (mine(entry) && !entry.item.failed && waiting && entry.retryAt && (!next || entry.retryAt < next)) next = entry.retryAt;
    });
    if (next) timer = setTimeout(pump, Math.max(0, next - Date.now()));
  }

  var wakeLock = null;
  function keepAwake(on) {
    // A phone that sleeps stops sending; while the queue runs, it stays on.
    if (on && !wakeLock && navigator.wakeLock && document.visibilityState === 'visible') {
      wakeLock = 'asking';
      navigator.wakeLock.request('screen').then(function (lock) {
        lock.addEventListener('release', function () { if (wakeLock === lock) wakeLock = null; });
        // The queue may have finished while the lock was being granted.
        if (pumping) {
          wakeLock = lock;
        } else {
          wakeLock = null;
          lock.release().catch(function () {});
        }
      }, function () { wakeLock = null; });
    } else if (!on && wakeLock && wakeLock !== 'asking') {
      wakeLock.release().catch(function () {});
      wakeLock = null;
    }
  }

  // What each node still lacks, as the case now stands: an inspector looks
  // there to know whether the node is done.
  var summaryTimer = null;
  function refreshSummaries() {
    clearTimeout(summaryTimer);
    summaryTimer = setTimeout(function () {
      api('GET', API + '/cases/' + encodeURIComponent(CASE)).then(function (response) {
        return response.ok ? response.json() : null;
      }).then(function (subject) {
        if (!subject) return;
        (subject.nodes || []).forEach(function (node) {
          var section = null;
          Array.prototype.forEach.call(document.querySelectorAll('section[data-node]'), function (candidate) {
            if (candidate.dataset.node === node.id) section = candidate;
          });
          var summary = section && section.querySelector('.capture-summary');
          if (!summary) return;
          var count = (node.records || []).length;
          var text = count === 1 ? t('recordsOne') : t('recordsMany', { n: count });
          var missing = (node.missing || []).map(function (requirement) {
            return requirement.split('|').map(function (form) { return t(form); }).join(t('either'));
          });
          if (missing.length) text += ' · ' + t('missing') + '：' + missing.join(t('separator'));
          summary.textContent = text;
        });
      }, function () { /* the next record tries again */ });
    }, 500);
  }

  // --- Capturing -----------------------------------------------------------------------

  function kindOf(file, forms) {
    var type = file.type || '';
    var name = file.name || '';
    if (/^video\//.test(type) || /\.(mp4|mov|m4v)$/i.test(name)) return 'video';
    if (type === 'application/pdf' || /\.pdf$/i.test(name)) return 'scan';
    return forms.indexOf('photo') >= 0 ? 'photo' : (forms.indexOf('scan') >= 0 ? 'scan' : forms[0]);
  }

  var asked = false;
  function askToKeep() {
    // Persistent storage is not evicted when the phone runs short of space.
    if (asked || !navigator.storage || !navigator.storage.persist) return;
    asked = true;
    navigator.storage.persist().catch(function () {});
  }

  function capture(file, section, kind, label, tag) {
    var item = {
      id: newID(), user: USER, caseNumber: CASE, node: section.dataset.node, nodeName: section.dataset.nodeName,
      kind: kind, label: label, subject: kind === 'photo' ? tag.subject : '', device: kind === 'photo' ? tag.device : '', name: file.name || (kind + '.bin'), type: file.type || '', size: file.size,
      capturedAt: new Date().toISOString(), uploadURL: null, recordAttempted: false, failed: null
    };
    var entry = { item: item, blob: file, stored: false, state: 'saving' };
    if (!file.size) {
      entry.state = 'failed';
      item.failed = t('emptyFile');
      entries.set(item.id, entry);
      render(entry);
      return;
    }
    entries.set(item.id, entry);
    render(entry);
    updateStatus();
    askToKeep();
    saveNew(item, file).then(function () {
      entry.stored = true;
    }, function () {
      // Not on disk: it is still sent from memory, and the page warns
      // before it is closed.
      entry.note = t('notSaved');
    }).then(function () {
      entry.state = 'waiting';
      render(entry);
      updateStatus();
      pump();
    });
  }

  // --- Showing the queue ----------------------------------------------------------------

  function listFor(item) {
    if (item.caseNumber === CASE) {
      var sections = document.querySelectorAll('section[data-node]');
      for (var i = 0; i < sections.length; i += 1) {
        if (sections[i].dataset.node === item.node) return sections[i].querySelector('.capture-queue');
      }
    }
    var other = document.getElementById('capture-other');
    other.hidden = false;
    return other.querySelector('.capture-queue');
  }

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function button(text, action) {
    var node = element('button', '', text);
    node.type = 'button';
    node.addEventListener('click', action);
    return node;
  }

  function objectURL(entry, blob) {
    if (!entry.url) entry.url = URL.createObjectURL(blob);
    return entry.url;
  }

  function build(entry) {
    var item = entry.item;
    var li = element('li', 'capture-item');
    var thumb;
    if (/^image\/(jpeg|png|gif|webp)$/.test(item.type) || (item.type === 'image/heic' && entry.blob)) {
      thumb = element('img', 'thumb');
      thumb.alt = t(item.kind);
      // Not every image shows (HEIC outside Safari, a damaged file): the kind does.
      thumb.addEventListener('error', function () {
        if (thumb.parentNode) thumb.parentNode.replaceChild(element('span', 'thumb', t(item.kind)), thumb);
      });
      var source = entry.blob ? Promise.resolve(entry.blob) : loadBlob(item.id);
      source.then(function (blob) { if (blob) thumb.src = objectURL(entry, blob); }, function () {});
    } else {
      thumb = element('span', 'thumb', t(item.kind));
    }
    li.appendChild(thumb);
    var info = element('div', 'info');
    info.appendChild(element('div', 'title', t(item.kind) + (item.label ? ' · ' + item.label : '')));
    var where = item.caseNumber === CASE ? '' : ' · ' + t('case') + ' ' + item.caseNumber + ' · ' + item.nodeName;
    info.appendChild(element('div', 'meta', clock(item.capturedAt) + ' · ' + megabytes(item.size) + where));
    entry.stateElement = element('div', 'state');
    info.appendChild(entry.stateElement);
    entry.progressElement = element('progress');
    entry.progressElement.max = 100;
    info.appendChild(entry.progressElement);
    entry.actionsElement = element('div', 'actions');
    info.appendChild(entry.actionsElement);
    li.appendChild(info);
    entry.el = li;
    listFor(item).insertBefore(li, listFor(item).firstChild);
  }

  function render(entry) {
    if (!entry.el) build(entry);
    var item = entry.item;
    var state = !mine(entry) ? 'other' : (item.failed ? 'failed' : entry.state);
    var text;
    switch (state) {
      case 'saving': text = t('saving'); break;
      case 'sending': text = t('sending', { p: Math.floor((entry.progress || 0) * 100) }); break;
      case 'recording': text = t('recording'); break;
      case 'recorded': text = '✓ ' + t('recorded'); break;
      case 'failed': text = t('failed', { detail: item.failed }); break;
      case 'retry':
        // Offline, a countdown says nothing: it goes when the network is back.
        text = navigator.onLine
          ? t('retryIn', { detail: entry.detail || t('networkError'), s: Math.max(0, Math.ceil((entry.retryAt - Date.now()) / 1000)) })
          : t('waiting');
        break;
      case 'other': text = t('otherUser', { user: item.user }); break;
      default: text = t('waiting');
    }
    if (entry.note && state !== 'recorded') text += '（' + entry.note + '）';
    entry.el.className = 'capture-item ' + state;
    entry.stateElement.textContent = text;
    entry.progressElement.hidden = state !== 'sending';
    entry.progressElement.value = Math.floor((entry.progress || 0) * 100);
    var actions = entry.actionsElement;
    var wanted = state === 'failed' || state === 'retry' || state === 'other' ? state : '';
    if (actions.dataset.for === wanted) return;
    actions.dataset.for = wanted;
    while (actions.firstChild) actions.removeChild(actions.firstChild);
    if (state === 'failed' || state === 'retry') {
      actions.appendChild(button(t('retry'), function () { retry(entry); }));
    }
    if (state === 'failed' || state === 'other') {
      // A refused capture can still be kept, outside the browser.
      var copy = element('a', '', t('saveCopy'));
      copy.download = item.name;
      blobOf(entry).then(function (blob) {
        if (actions.dataset.for !== wanted) return;
        copy.href = objectURL(entry, blob);
        actions.insertBefore(copy, actions.lastChild);
      }, function () {});
    }
    if (state === 'failed' || state === 'retry' || state === 'other') {
      actions.appendChild(button(t('discard'), function () { discard(entry); }));
    }
  }

  function retry(entry) {
    entry.item.failed = null;
    entry.attempts = 0;
    entry.retryAt = 0;
    entry.state = 'waiting';
    halted = null;
    render(entry);
    persist(entry).catch(function () {}).then(pump);
  }

  function discard(entry) {
    if (!window.confirm(t('confirmDiscard'))) return;
    var item = entry.item;
    entry.discarded = true;
    // An unfinished upload is dropped on the server too; a finished one
    // stays there as an original, as the server insists.
    if (item.uploadURL && mine(entry) && token) {
      api('DELETE', item.uploadURL, { headers: { 'Tus-Resumable': TUS } }).catch(function () {});
    }
    (entry.stored ? forget(item.id) : Promise.resolve()).then(function () {
      entries.delete(item.id);
      if (entry.url) URL.revokeObjectURL(entry.url);
      if (entry.el && entry.el.parentNode) entry.el.parentNode.removeChild(entry.el);
      updateStatus();
    }, function () {});
  }

  var status = document.getElementById('capture-status');

  // Until the next change of the queue rewrites the status line.
  function warn(text) {
    status.textContent = text;
    status.className = 'capture-status alert';
  }

  function updateStatus() {
    while (status.firstChild) status.removeChild(status.firstChild);
    var pending = 0;
    var refused = 0;
    entries.forEach(function (entry) {
      if (!mine(entry) || entry.state === 'recorded') return;
      if (entry.item.failed) refused += 1;
      else pending += 1;
    });
    var kind = '';
    if (halted === 'signIn') {
      kind = 'alert';
      status.appendChild(document.createTextNode(t('signIn') + ' '));
      var link = element('a', '', t('signInLink'));
      link.href = LOGIN_HREF;
      status.appendChild(link);
    } else if (halted === 'reload') {
      kind = 'alert';
      status.appendChild(document.createTextNode(t('reload')));
    } else if (halted) {
      kind = 'alert';
      status.appendChild(document.createTextNode(halted));
    } else if (!navigator.onLine) {
      kind = 'offline';
      status.appendChild(document.createTextNode(t('offline') + (pending ? ' · ' + t('pending', { n: pending }) : '')));
    } else if (pending) {
      status.appendChild(document.createTextNode(t('pending', { n: pending })));
    } else if (!refused) {
      kind = 'done';
      status.appendChild(document.createTextNode(t('allSent')));
    }
    if (refused && !halted) {
      kind = 'alert';
      status.appendChild(element('div', '', t('refused', { n: refused })));
    }
    if (storageBroken) {
      kind = 'alert';
      status.appendChild(element('div', '', t('noStorage')));
    }
    status.className = 'capture-status' + (kind ? ' ' + kind : '');
  }

  // --- Start ---------------------------------------------------------------------------------

  function start() {
    // The plain forms are for pages without script; here captures go
    // through the queue, and Enter in a caption must not post the form.
    Array.prototype.forEach.call(root.querySelectorAll('form.capture-form'), function (form) {
      form.addEventListener('submit', function (event) { event.preventDefault(); });
    });
    Array.prototype.forEach.call(root.querySelectorAll('.capture-buttons'), function (buttons) {
      buttons.hidden = false;
    });
    Array.prototype.forEach.call(root.querySelectorAll('.capture-buttons input[type=file]'), function (input) {
      input.addEventListener('change', function () {
        var files = Array.prototype.slice.call(input.files || []);
        input.value = '';
        var section = input.closest('section[data-node]');
        var forms = (section.dataset.forms || '').split(' ');
        var label = section.querySelector('.capture-label').value.trim().slice(0, 200);
        var subject = section.querySelector('.capture-subject');
        var device = section.querySelector('.capture-device');
        var tag = { subject: subject ? subject.value : '', device: device ? device.value.trim().slice(0, 100) : '' };
        // A nameplate or label names its device, or the record is refused
        // after the upload: say so before anything is captured.
        if ((tag.subject === 'device-nameplate' || tag.subject === 'metrology-label') && !tag.device) {
          warn(t('deviceNeeded'));
          if (device) device.focus();
          return;
        }
        files.forEach(function (file) {
          capture(file, section, input.dataset.kind === 'pick' ? kindOf(file, forms) : input.dataset.kind, label, tag);
        });
      });
    });
    root.classList.add('ready');
    updateStatus();

    loadItems().then(function (items) {
      items.sort(function (a, b) { return a.capturedAt < b.capturedAt ? -1 : 1; });
      items.forEach(function (item) {
        if (entries.has(item.id)) return;
        var entry = { item: item, stored: true, state: item.failed ? 'failed' : 'waiting' };
        entries.set(item.id, entry);
        render(entry);
      });
    }, function () {
      storageBroken = true;
    }).then(function () {
      updateStatus();
      pump();
    });

    window.addEventListener('online', function () {
      entries.forEach(function (entry) { entry.retryAt = 0; entry.attempts = 0; });
      updateStatus();
      pump();
    });
    window.addEventListener('offline', updateStatus);
    document.addEventListener('visibilitychange', function () {
      if (document.visibilityState === 'visible') pump();
    });
    window.addEventListener('pageshow', function (event) {
      if (event.persisted) pump();
    });
    // The token ends with the page; a page restored from the cache asks again.
    window.addEventListener('pagehide', function () {
      if (!token) return;
      try {
        fetch(API + '/auth/token', { method: 'DELETE', keepalive: true, headers: { 'Authorization': 'Bearer ' + token } });
      } catch (ignored) { /* best effort */ }
      token = null;
    });
    // Only a capture that could not be written to the device is at risk.
    window.addEventListener('beforeunload', function (event) {
      var unsafe = false;
      entries.forEach(function (entry) { if (!entry.stored && mine(entry) && entry.state !== 'recorded' && !entry.item.failed) unsafe = true; });
      if (unsafe) {
        event.preventDefault();
        event.returnValue = '';
      }
    });
    // The countdown of captures waiting to try again.
    setInterval(function () {
      entries.forEach(function (entry) { if (entry.state === 'retry') render(entry); });
    }, 1000);
  }

  start();
})();
