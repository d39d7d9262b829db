import { createRequire as __lpCreateRequire } from 'node:module'; const require = __lpCreateRequire(import.meta.url);
import {
  loadProbes,
  matchesSelector,
  selectorString,
  workloadSelector
} from "./chunk-FK4NEYDH.js";
import {
  fingerprint,
  objectFinding
} from "./chunk-ZHWLV7JO.js";
import {
  ALL_AUTHENTICATED,
  RbacGraph,
  STREAMING_SUBRESOURCES,
  containerLabel,
  describeRule,
  format,
  grantsVerbOn,
  live_access_denied_default,
  live_access_not_in_manifests_default,
  live_capabilities_mismatch_default,
  live_cluster_unreachable_default,
  live_drift_default,
  live_exec_denied_default,
  live_not_verified_default,
  live_probe_failed_default,
  live_probe_no_target_default,
  normaliseCapability,
  objectLabel,
  principalLabel,
  roleLabel,
  serviceAccountGroups
} from "./chunk-IODZ2AQT.js";
import {
  loadObjects,
  locate,
  where
} from "./chunk-RSS6ONCU.js";
import {
  containers,
  get,
  podSpecs
} from "./chunk-Q5VFHMWF.js";
import "./chunk-BSQQ7CGQ.js";
import {
  defaults
} from "./chunk-ILG67AN3.js";
import {
  yamlLib
} from "./chunk-FMZCO4Y2.js";
import "./chunk-2PPMHZ32.js";
import {
  __commonJS,
  __require,
  __toESM
} from "./chunk-3YYMUT7C.js";

// node_modules/ws/lib/constants.js
var require_constants = __commonJS({
  "node_modules/ws/lib/constants.js"(exports, module) {
    "use strict";
    var BINARY_TYPES = ["nodebuffer", "arraybuffer", "fragments"], hasBlob = typeof Blob < "u";
    hasBlob && BINARY_TYPES.push("blob");
    module.exports = {
      BINARY_TYPES,
      CLOSE_TIMEOUT: 3e4,
      EMPTY_BUFFER: Buffer.alloc(0),
      GUID: "258EAFA5-E914-47DA-95CA-C5AB0DC85B11",
      hasBlob,
      kForOnEventAttribute: /* @__PURE__ */ Symbol("kIsForOnEventAttribute"),
      kListener: /* @__PURE__ */ Symbol("kListener"),
      kStatusCode: /* @__PURE__ */ Symbol("status-code"),
      kWebSocket: /* @__PURE__ */ Symbol("websocket"),
      NOOP: () => {
      }
    };
  }
});

// node_modules/ws/lib/buffer-util.js
var require_buffer_util = __commonJS({
  "node_modules/ws/lib/buffer-util.js"(exports, module) {
    "use strict";
    var { websocketMask, websocketUnmask } = __require("http"), { EMPTY_BUFFER } = require_constants(), FastBuffer = Buffer[Symbol.species];
    function concat(list, totalLength) {
      if (list.length === 0) return EMPTY_BUFFER;
      if (list.length === 1) return list[0];
      let target = Buffer.allocUnsafe(totalLength), offset = 0;
      for (let i = 0; i < list.length; i++) {
        let buf = list[i];
        target.set(buf, offset), offset += buf.length;
      }
      return offset < totalLength ? new FastBuffer(target.buffer, target.byteOffset, offset) : target;
    }
    function _mask(source, mask, output, offset, length) {
      for (let i = 0; i < length; i++)
        output[offset + i] = source[i] ^ mask[i & 3];
    }
    function _unmask(buffer, mask) {
      for (let i = 0; i < buffer.length; i++)
        buffer[i] ^= mask[i & 3];
    }
    function toArrayBuffer(buf) {
      return buf.length === buf.buffer.byteLength ? buf.buffer : buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.length);
    }
    function toBuffer(data) {
      if (toBuffer.readOnly = !0, Buffer.isBuffer(data)) return data;
      let buf;
      return data instanceof ArrayBuffer ? buf = new FastBuffer(data) : ArrayBuffer.isView(data) ? buf = new FastBuffer(data.buffer, data.byteOffset, data.byteLength) : (buf = Buffer.from(data), toBuffer.readOnly = !1), buf;
    }
    module.exports = {
      concat,
      mask: _mask,
      toArrayBuffer,
      toBuffer,
      unmask: _unmask
    };
    if (websocketMask)
      module.exports.mask = function(source, mask, output, offset, length) {
        length < 24 ? _mask(source, mask, output, offset, length) : websocketMask(source, mask, output, offset, length);
      }, module.exports.unmask = function(buffer, mask) {
        buffer.length < 24 ? _unmask(buffer, mask) : websocketUnmask(buffer, mask);
      };
    else if (!process.env.WS_NO_BUFFER_UTIL)
      try {
        let bufferUtil = __require("bufferutil");
        module.exports.mask = function(source, mask, output, offset, length) {
          length < 48 ? _mask(source, mask, output, offset, length) : bufferUtil.mask(source, mask, output, offset, length);
        }, module.exports.unmask = function(buffer, mask) {
          buffer.length < 32 ? _unmask(buffer, mask) : bufferUtil.unmask(buffer, mask);
        };
      } catch {
      }
  }
});

// node_modules/ws/lib/limiter.js
var require_limiter = __commonJS({
  "node_modules/ws/lib/limiter.js"(exports, module) {
    "use strict";
    var kDone = /* @__PURE__ */ Symbol("kDone"), kRun = /* @__PURE__ */ Symbol("kRun"), Limiter = class {
      /**
       * Creates a new `Limiter`.
       *
       * @param {Number} [concurrency=Infinity] The maximum number of jobs allowed
       *     to run concurrently
       */
      constructor(concurrency) {
        this[kDone] = () => {
          this.pending--, this[kRun]();
        }, this.concurrency = concurrency || 1 / 0, this.jobs = [], this.pending = 0;
      }
      /**
       * Adds a job to the queue.
       *
       * @param {Function} job The job to run
       * @public
       */
      add(job) {
        this.jobs.push(job), this[kRun]();
      }
      /**
       * Removes a job from the queue and runs it if possible.
       *
       * @private
       */
      [kRun]() {
        if (this.pending !== this.concurrency && this.jobs.length) {
          let job = this.jobs.shift();
          this.pending++, job(this[kDone]);
        }
      }
    };
    module.exports = Limiter;
  }
});

// node_modules/ws/lib/permessage-deflate.js
var require_permessage_deflate = __commonJS({
  "node_modules/ws/lib/permessage-deflate.js"(exports, module) {
    "use strict";
    var zlib = __require("zlib"), bufferUtil = require_buffer_util(), Limiter = require_limiter(), { kStatusCode } = require_constants(), FastBuffer = Buffer[Symbol.species], TRAILER = Buffer.from([0, 0, 255, 255]), kPerMessageDeflate = /* @__PURE__ */ Symbol("permessage-deflate"), kTotalLength = /* @__PURE__ */ Symbol("total-length"), kCallback = /* @__PURE__ */ Symbol("callback"), kBuffers = /* @__PURE__ */ Symbol("buffers"), kError = /* @__PURE__ */ Symbol("error"), zlibLimiter, PerMessageDeflate2 = class {
      /**
       * Creates a PerMessageDeflate instance.
       *
       * @param {Object} [options] Configuration options
       * @param {(Boolean|Number)} [options.clientMaxWindowBits] Advertise support
       *     for, or request, a custom client window size
       * @param {Boolean} [options.clientNoContextTakeover=false] Advertise/
       *     acknowledge disabling of client context takeover
       * @param {Number} [options.concurrencyLimit=10] The number of concurrent
       *     calls to zlib
       * @param {Boolean} [options.isServer=false] Create the instance in either
       *     server or client mode
       * @param {Number} [options.maxPayload=0] The maximum allowed message length
       * @param {(Boolean|Number)} [options.serverMaxWindowBits] Request/confirm the
       *     use of a custom server window size
       * @param {Boolean} [options.serverNoContextTakeover=false] Request/accept
       *     disabling of server context takeover
       * @param {Number} [options.threshold=1024] Size (in bytes) below which
       *     messages should not be compressed if context takeover is disabled
       * @param {Object} [options.zlibDeflateOptions] Options to pass to zlib on
       *     deflate
       * @param {Object} [options.zlibInflateOptions] Options to pass to zlib on
       *     inflate
       */
      constructor(options) {
        if (this._options = options || {}, this._threshold = this._options.threshold !== void 0 ? this._options.threshold : 1024, this._maxPayload = this._options.maxPayload | 0, this._isServer = !!this._options.isServer, this._deflate = null, this._inflate = null, this.params = null, !zlibLimiter) {
          let concurrency = this._options.concurrencyLimit !== void 0 ? this._options.concurrencyLimit : 10;
          zlibLimiter = new Limiter(concurrency);
        }
      }
      /**
       * @type {String}
       */
      static get extensionName() {
        return "permessage-deflate";
      }
      /**
       * Create an extension negotiation offer.
       *
       * @return {Object} Extension parameters
       * @public
       */
      offer() {
        let params = {};
        return this._options.serverNoContextTakeover && (params.server_no_context_takeover = !0), this._options.clientNoContextTakeover && (params.client_no_context_takeover = !0), this._options.serverMaxWindowBits && (params.server_max_window_bits = this._options.serverMaxWindowBits), this._options.clientMaxWindowBits ? params.client_max_window_bits = this._options.clientMaxWindowBits : this._options.clientMaxWindowBits == null && (params.client_max_window_bits = !0), params;
      }
      /**
       * Accept an extension negotiation offer/response.
       *
       * @param {Array} configurations The extension negotiation offers/reponse
       * @return {Object} Accepted configuration
       * @public
       */
      accept(configurations) {
        return configurations = this.normalizeParams(configurations), this.params = this._isServer ? this.acceptAsServer(configurations) : this.acceptAsClient(configurations), this.params;
      }
      /**
       * Releases all resources used by the extension.
       *
       * @public
       */
      cleanup() {
        if (this._inflate && (this._inflate.close(), this._inflate = null), this._deflate) {
          let callback = this._deflate[kCallback];
          this._deflate.close(), this._deflate = null, callback && callback(
            new Error(
              "The deflate stream was closed while data was being processed"
            )
          );
        }
      }
      /**
       *  Accept an extension negotiation offer.
       *
       * @param {Array} offers The extension negotiation offers
       * @return {Object} Accepted configuration
       * @private
       */
      acceptAsServer(offers) {
        let opts = this._options, accepted = offers.find((params) => !(opts.serverNoContextTakeover === !1 && params.server_no_context_takeover || params.server_max_window_bits && (opts.serverMaxWindowBits === !1 || typeof opts.serverMaxWindowBits == "number" && opts.serverMaxWindowBits > params.server_max_window_bits) || typeof opts.clientMaxWindowBits == "number" && (typeof params.client_max_window_bits == "number" ? opts.clientMaxWindowBits > params.client_max_window_bits : !params.client_max_window_bits)));
        if (!accepted)
          throw new Error("None of the extension offers can be accepted");
        return opts.serverNoContextTakeover && (accepted.server_no_context_takeover = !0), opts.clientNoContextTakeover && (accepted.client_no_context_takeover = !0), typeof opts.serverMaxWindowBits == "number" && (accepted.server_max_window_bits = opts.serverMaxWindowBits), typeof opts.clientMaxWindowBits == "number" ? accepted.client_max_window_bits = opts.clientMaxWindowBits : (accepted.client_max_window_bits === !0 || opts.clientMaxWindowBits === !1) && delete accepted.client_max_window_bits, accepted;
      }
      /**
       * Accept the extension negotiation response.
       *
       * @param {Array} response The extension negotiation response
       * @return {Object} Accepted configuration
       * @private
       */
      acceptAsClient(response) {
        let params = response[0];
        if (this._options.clientNoContextTakeover === !1 && params.client_no_context_takeover)
          throw new Error('Unexpected parameter "client_no_context_takeover"');
        if (!params.client_max_window_bits)
          typeof this._options.clientMaxWindowBits == "number" && (params.client_max_window_bits = this._options.clientMaxWindowBits);
        else if (this._options.clientMaxWindowBits === !1 || typeof this._options.clientMaxWindowBits == "number" && params.client_max_window_bits > this._options.clientMaxWindowBits)
          throw new Error(
            'Unexpected or invalid parameter "client_max_window_bits"'
          );
        return params;
      }
      /**
       * Normalize parameters.
       *
       * @param {Array} configurations The extension negotiation offers/reponse
       * @return {Array} The offers/response with normalized parameters
       * @private
       */
      normalizeParams(configurations) {
        return configurations.forEach((params) => {
          Object.keys(params).forEach((key) => {
            let value = params[key];
            if (value.length > 1)
              throw new Error(`Parameter "${key}" must have only a single value`);
            if (value = value[0], key === "client_max_window_bits") {
              if (value !== !0) {
                let num = +value;
                if (!Number.isInteger(num) || num < 8 || num > 15)
                  throw new TypeError(
                    `Invalid value for parameter "${key}": ${value}`
                  );
                value = num;
              } else if (!this._isServer)
                throw new TypeError(
                  `Invalid value for parameter "${key}": ${value}`
                );
            } else if (key === "server_max_window_bits") {
              let num = +value;
              if (!Number.isInteger(num) || num < 8 || num > 15)
                throw new TypeError(
                  `Invalid value for parameter "${key}": ${value}`
                );
              value = num;
            } else if (key === "client_no_context_takeover" || key === "server_no_context_takeover") {
              if (value !== !0)
                throw new TypeError(
                  `Invalid value for parameter "${key}": ${value}`
                );
            } else
              throw new Error(`Unknown parameter "${key}"`);
            params[key] = value;
          });
        }), configurations;
      }
      /**
       * Decompress data. Concurrency limited.
       *
       * @param {Buffer} data Compressed data
       * @param {Boolean} fin Specifies whether or not this is the last fragment
       * @param {Function} callback Callback
       * @public
       */
      decompress(data, fin, callback) {
        zlibLimiter.add((done) => {
          this._decompress(data, fin, (err, result) => {
            done(), callback(err, result);
          });
        });
      }
      /**
       * Compress data. Concurrency limited.
       *
       * @param {(Buffer|String)} data Data to compress
       * @param {Boolean} fin Specifies whether or not this is the last fragment
       * @param {Function} callback Callback
       * @public
       */
      compress(data, fin, callback) {
        zlibLimiter.add((done) => {
          this._compress(data, fin, (err, result) => {
            done(), callback(err, result);
          });
        });
      }
      /**
       * Decompress data.
       *
       * @param {Buffer} data Compressed data
       * @param {Boolean} fin Specifies whether or not this is the last fragment
       * @param {Function} callback Callback
       * @private
       */
      _decompress(data, fin, callback) {
        let endpoint = this._isServer ? "client" : "server";
        if (!this._inflate) {
          let key = `${endpoint}_max_window_bits`, windowBits = typeof this.params[key] != "number" ? zlib.Z_DEFAULT_WINDOWBITS : this.params[key];
          this._inflate = zlib.createInflateRaw({
            ...this._options.zlibInflateOptions,
            windowBits
          }), this._inflate[kPerMessageDeflate] = this, this._inflate[kTotalLength] = 0, this._inflate[kBuffers] = [], this._inflate.on("error", inflateOnError), this._inflate.on("data", inflateOnData);
        }
        this._inflate[kCallback] = callback, this._inflate.write(data), fin && this._inflate.write(TRAILER), this._inflate.flush(() => {
          let err = this._inflate[kError];
          if (err) {
            this._inflate.close(), this._inflate = null, callback(err);
            return;
          }
          let data2 = bufferUtil.concat(
            this._inflate[kBuffers],
            this._inflate[kTotalLength]
          );
          this._inflate._readableState.endEmitted ? (this._inflate.close(), this._inflate = null) : (this._inflate[kTotalLength] = 0, this._inflate[kBuffers] = [], fin && this.params[`${endpoint}_no_context_takeover`] && this._inflate.reset()), callback(null, data2);
        });
      }
      /**
       * Compress data.
       *
       * @param {(Buffer|String)} data Data to compress
       * @param {Boolean} fin Specifies whether or not this is the last fragment
       * @param {Function} callback Callback
       * @private
       */
      _compress(data, fin, callback) {
        let endpoint = this._isServer ? "server" : "client";
        if (!this._deflate) {
          let key = `${endpoint}_max_window_bits`, windowBits = typeof this.params[key] != "number" ? zlib.Z_DEFAULT_WINDOWBITS : this.params[key];
          this._deflate = zlib.createDeflateRaw({
            ...this._options.zlibDeflateOptions,
            windowBits
          }), this._deflate[kTotalLength] = 0, this._deflate[kBuffers] = [], this._deflate.on("data", deflateOnData);
        }
        this._deflate[kCallback] = callback, this._deflate.write(data), this._deflate.flush(zlib.Z_SYNC_FLUSH, () => {
          if (!this._deflate)
            return;
          let data2 = bufferUtil.concat(
            this._deflate[kBuffers],
            this._deflate[kTotalLength]
          );
          fin && (data2 = new FastBuffer(data2.buffer, data2.byteOffset, data2.length - 4)), this._deflate[kCallback] = null, this._deflate[kTotalLength] = 0, this._deflate[kBuffers] = [], fin && this.params[`${endpoint}_no_context_takeover`] && this._deflate.reset(), callback(null, data2);
        });
      }
    };
    module.exports = PerMessageDeflate2;
    function deflateOnData(chunk) {
      this[kBuffers].push(chunk), this[kTotalLength] += chunk.length;
    }
    function inflateOnData(chunk) {
      if (this[kTotalLength] += chunk.length, this[kPerMessageDeflate]._maxPayload < 1 || this[kTotalLength] <= this[kPerMessageDeflate]._maxPayload) {
        this[kBuffers].push(chunk);
        return;
      }
      this[kError] = new RangeError("Max payload size exceeded"), this[kError].code = "WS_ERR_UNSUPPORTED_MESSAGE_LENGTH", this[kError][kStatusCode] = 1009, this.removeListener("data", inflateOnData), this.reset();
    }
    function inflateOnError(err) {
      if (this[kPerMessageDeflate]._inflate = null, this[kError]) {
        this[kCallback](this[kError]);
        return;
      }
      err[kStatusCode] = 1007, this[kCallback](err);
    }
  }
});

// node_modules/ws/lib/validation.js
var require_validation = __commonJS({
  "node_modules/ws/lib/validation.js"(exports, module) {
    "use strict";
    var { isUtf8 } = __require("buffer"), { hasBlob } = require_constants(), tokenChars = [
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      // 0 - 15
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      0,
      // 16 - 31
      0,
      1,
      0,
      1,
      1,
      1,
      1,
      1,
      0,
      0,
      1,
      1,
      0,
      1,
      1,
      0,
      // 32 - 47
      1,
      1,
      1,
      1,
      1,
      1,
      1,
      1,
      1,
      1,
      0,
      0,
      0,
      0,
      0,
      0,
      // 48 - 63
      0,
      1,
      1,
      1,
      1,
      1,
      1,
      1,
      1,
      1,
      1,
      1,
      1,
      1,
      1,
      1,
      // 64 - 79
      1,
      1,
      1,
      1,
      1,
      1,
      1,
      1,
      1,
      1,
      1,
      0,
      0,
      0,
      1,
      1,
      // 80 - 95
      1,
      1,
      1,
      1,
      1,
      1,
      1,
      1,
      1,
      1,
      1,
      1,
      1,
      1,
      1,
      1,
      // 96 - 111
      1,
      1,
      1,
      1,
      1,
      1,
      1,
      1,
      1,
      1,
      1,
      0,
      1,
      0,
      1,
      0
      // 112 - 127
    ];
    function isValidStatusCode(code) {
      return code >= 1e3 && code <= 1014 && code !== 1004 && code !== 1005 && code !== 1006 || code >= 3e3 && code <= 4999;
    }
    function _isValidUTF8(buf) {
      let len = buf.length, i = 0;
      for (; i < len; )
        if ((buf[i] & 128) === 0)
          i++;
        else if ((buf[i] & 224) === 192) {
          if (i + 1 === len || (buf[i + 1] & 192) !== 128 || (buf[i] & 254) === 192)
            return !1;
          i += 2;
        } else if ((buf[i] & 240) === 224) {
          if (i + 2 >= len || (buf[i + 1] & 192) !== 128 || (buf[i + 2] & 192) !== 128 || buf[i] === 224 && (buf[i + 1] & 224) === 128 || // Overlong
          buf[i] === 237 && (buf[i + 1] & 224) === 160)
            return !1;
          i += 3;
        } else if ((buf[i] & 248) === 240) {
          if (i + 3 >= len || (buf[i + 1] & 192) !== 128 || (buf[i + 2] & 192) !== 128 || (buf[i + 3] & 192) !== 128 || buf[i] === 240 && (buf[i + 1] & 240) === 128 || // Overlong
          buf[i] === 244 && buf[i + 1] > 143 || buf[i] > 244)
            return !1;
          i += 4;
        } else
          return !1;
      return !0;
    }
    function isBlob(value) {
      return hasBlob && typeof value == "object" && typeof value.arrayBuffer == "function" && typeof value.type == "string" && typeof value.stream == "function" && (value[Symbol.toStringTag] === "Blob" || value[Symbol.toStringTag] === "File");
    }
    module.exports = {
      isBlob,
      isValidStatusCode,
      isValidUTF8: _isValidUTF8,
      tokenChars
    };
    if (isUtf8)
      module.exports.isValidUTF8 = function(buf) {
        return buf.length < 24 ? _isValidUTF8(buf) : isUtf8(buf);
      };
    else if (!process.env.WS_NO_UTF_8_VALIDATE)
      try {
        let isValidUTF8 = __require("utf-8-validate");
        module.exports.isValidUTF8 = function(buf) {
          return buf.length < 32 ? _isValidUTF8(buf) : isValidUTF8(buf);
        };
      } catch {
      }
  }
});

// node_modules/ws/lib/receiver.js
var require_receiver = __commonJS({
  "node_modules/ws/lib/receiver.js"(exports, module) {
    "use strict";
    var { Writable } = __require("stream"), PerMessageDeflate2 = require_permessage_deflate(), {
      BINARY_TYPES,
      EMPTY_BUFFER,
      kStatusCode,
      kWebSocket
    } = require_constants(), { concat, toArrayBuffer, unmask } = require_buffer_util(), { isValidStatusCode, isValidUTF8 } = require_validation(), FastBuffer = Buffer[Symbol.species], GET_INFO = 0, GET_PAYLOAD_LENGTH_16 = 1, GET_PAYLOAD_LENGTH_64 = 2, GET_MASK = 3, GET_DATA = 4, INFLATING = 5, DEFER_EVENT = 6, Receiver2 = class extends Writable {
      /**
       * Creates a Receiver instance.
       *
       * @param {Object} [options] Options object
       * @param {Boolean} [options.allowSynchronousEvents=true] Specifies whether
       *     any of the `'message'`, `'ping'`, and `'pong'` events can be emitted
       *     multiple times in the same tick
       * @param {String} [options.binaryType=nodebuffer] The type for binary data
       * @param {Object} [options.extensions] An object containing the negotiated
       *     extensions
       * @param {Boolean} [options.isServer=false] Specifies whether to operate in
       *     client or server mode
       * @param {Number} [options.maxBufferedChunks=0] The maximum number of
       *     buffered data chunks
       * @param {Number} [options.maxFragments=0] The maximum number of message
       *     fragments
       * @param {Number} [options.maxPayload=0] The maximum allowed message length
       * @param {Boolean} [options.skipUTF8Validation=false] Specifies whether or
       *     not to skip UTF-8 validation for text and close messages
       */
      constructor(options = {}) {
        super(), this._allowSynchronousEvents = options.allowSynchronousEvents !== void 0 ? options.allowSynchronousEvents : !0, this._binaryType = options.binaryType || BINARY_TYPES[0], this._extensions = options.extensions || {}, this._isServer = !!options.isServer, this._maxBufferedChunks = options.maxBufferedChunks | 0, this._maxFragments = options.maxFragments | 0, this._maxPayload = options.maxPayload | 0, this._skipUTF8Validation = !!options.skipUTF8Validation, this[kWebSocket] = void 0, this._bufferedBytes = 0, this._buffers = [], this._compressed = !1, this._payloadLength = 0, this._mask = void 0, this._fragmented = 0, this._masked = !1, this._fin = !1, this._opcode = 0, this._totalPayloadLength = 0, this._messageLength = 0, this._numFragments = 0, this._fragments = [], this._errored = !1, this._loop = !1, this._state = GET_INFO;
      }
      /**
       * Implements `Writable.prototype._write()`.
       *
       * @param {Buffer} chunk The chunk of data to write
       * @param {String} encoding The character encoding of `chunk`
       * @param {Function} cb Callback
       * @private
       */
      _write(chunk, encoding, cb) {
        if (this._opcode === 8 && this._state == GET_INFO) return cb();
        if (this._maxBufferedChunks > 0 && this._buffers.length >= this._maxBufferedChunks) {
          cb(
            this.createError(
              RangeError,
              "Too many buffered chunks",
              !1,
              1008,
              "WS_ERR_TOO_MANY_BUFFERED_PARTS"
            )
          );
          return;
        }
        this._bufferedBytes += chunk.length, this._buffers.push(chunk), this.startLoop(cb);
      }
      /**
       * Consumes `n` bytes from the buffered data.
       *
       * @param {Number} n The number of bytes to consume
       * @return {Buffer} The consumed bytes
       * @private
       */
      consume(n) {
        if (this._bufferedBytes -= n, n === this._buffers[0].length) return this._buffers.shift();
        if (n < this._buffers[0].length) {
          let buf = this._buffers[0];
          return this._buffers[0] = new FastBuffer(
            buf.buffer,
            buf.byteOffset + n,
            buf.length - n
          ), new FastBuffer(buf.buffer, buf.byteOffset, n);
        }
        let dst = Buffer.allocUnsafe(n);
        do {
          let buf = this._buffers[0], offset = dst.length - n;
          n >= buf.length ? dst.set(this._buffers.shift(), offset) : (dst.set(new Uint8Array(buf.buffer, buf.byteOffset, n), offset), this._buffers[0] = new FastBuffer(
            buf.buffer,
            buf.byteOffset + n,
            buf.length - n
          )), n -= buf.length;
        } while (n > 0);
        return dst;
      }
      /**
       * Starts the parsing loop.
       *
       * @param {Function} cb Callback
       * @private
       */
      startLoop(cb) {
        this._loop = !0;
        do
          switch (this._state) {
            case GET_INFO:
              this.getInfo(cb);
              break;
            case GET_PAYLOAD_LENGTH_16:
              this.getPayloadLength16(cb);
              break;
            case GET_PAYLOAD_LENGTH_64:
              this.getPayloadLength64(cb);
              break;
            case GET_MASK:
              this.getMask();
              break;
            case GET_DATA:
              this.getData(cb);
              break;
            case INFLATING:
            case DEFER_EVENT:
              this._loop = !1;
              return;
          }
        while (this._loop);
        this._errored || cb();
      }
      /**
       * Reads the first two bytes of a frame.
       *
       * @param {Function} cb Callback
       * @private
       */
      getInfo(cb) {
        if (this._bufferedBytes < 2) {
          this._loop = !1;
          return;
        }
        let buf = this.consume(2);
        if ((buf[0] & 48) !== 0) {
          let error = this.createError(
            RangeError,
            "RSV2 and RSV3 must be clear",
            !0,
            1002,
            "WS_ERR_UNEXPECTED_RSV_2_3"
          );
          cb(error);
          return;
        }
        let compressed = (buf[0] & 64) === 64;
        if (compressed && !this._extensions[PerMessageDeflate2.extensionName]) {
          let error = this.createError(
            RangeError,
            "RSV1 must be clear",
            !0,
            1002,
            "WS_ERR_UNEXPECTED_RSV_1"
          );
          cb(error);
          return;
        }
        if (this._fin = (buf[0] & 128) === 128, this._opcode = buf[0] & 15, this._payloadLength = buf[1] & 127, this._opcode === 0) {
          if (compressed) {
            let error = this.createError(
              RangeError,
              "RSV1 must be clear",
              !0,
              1002,
              "WS_ERR_UNEXPECTED_RSV_1"
            );
            cb(error);
            return;
          }
          if (!this._fragmented) {
            let error = this.createError(
              RangeError,
              "invalid opcode 0",
              !0,
              1002,
              "WS_ERR_INVALID_OPCODE"
            );
            cb(error);
            return;
          }
          this._opcode = this._fragmented;
        } else if (this._opcode === 1 || this._opcode === 2) {
          if (this._fragmented) {
            let error = this.createError(
              RangeError,
              `invalid opcode ${this._opcode}`,
              !0,
              1002,
              "WS_ERR_INVALID_OPCODE"
            );
            cb(error);
            return;
          }
          this._compressed = compressed;
        } else if (this._opcode > 7 && this._opcode < 11) {
          if (!this._fin) {
            let error = this.createError(
              RangeError,
              "FIN must be set",
              !0,
              1002,
              "WS_ERR_EXPECTED_FIN"
            );
            cb(error);
            return;
          }
          if (compressed) {
            let error = this.createError(
              RangeError,
              "RSV1 must be clear",
              !0,
              1002,
              "WS_ERR_UNEXPECTED_RSV_1"
            );
            cb(error);
            return;
          }
          if (this._payloadLength > 125 || this._opcode === 8 && this._payloadLength === 1) {
            let error = this.createError(
              RangeError,
              `invalid payload length ${this._payloadLength}`,
              !0,
              1002,
              "WS_ERR_INVALID_CONTROL_PAYLOAD_LENGTH"
            );
            cb(error);
            return;
          }
        } else {
          let error = this.createError(
            RangeError,
            `invalid opcode ${this._opcode}`,
            !0,
            1002,
            "WS_ERR_INVALID_OPCODE"
          );
          cb(error);
          return;
        }
        if (!this._fin && !this._fragmented && (this._fragmented = this._opcode), this._masked = (buf[1] & 128) === 128, this._isServer) {
          if (!this._masked) {
            let error = this.createError(
              RangeError,
              "MASK must be set",
              !0,
              1002,
              "WS_ERR_EXPECTED_MASK"
            );
            cb(error);
            return;
          }
        } else if (this._masked) {
          let error = this.createError(
            RangeError,
            "MASK must be clear",
            !0,
            1002,
            "WS_ERR_UNEXPECTED_MASK"
          );
          cb(error);
          return;
        }
        this._payloadLength === 126 ? this._state = GET_PAYLOAD_LENGTH_16 : this._payloadLength === 127 ? this._state = GET_PAYLOAD_LENGTH_64 : this.haveLength(cb);
      }
      /**
       * Gets extended payload length (7+16).
       *
       * @param {Function} cb Callback
       * @private
       */
      getPayloadLength16(cb) {
        if (this._bufferedBytes < 2) {
          this._loop = !1;
          return;
        }
        this._payloadLength = this.consume(2).readUInt16BE(0), this.haveLength(cb);
      }
      /**
       * Gets extended payload length (7+64).
       *
       * @param {Function} cb Callback
       * @private
       */
      getPayloadLength64(cb) {
        if (this._bufferedBytes < 8) {
          this._loop = !1;
          return;
        }
        let buf = this.consume(8), num = buf.readUInt32BE(0);
        if (num > Math.pow(2, 21) - 1) {
          let error = this.createError(
            RangeError,
            "Unsupported WebSocket frame: payload length > 2^53 - 1",
            !1,
            1009,
            "WS_ERR_UNSUPPORTED_DATA_PAYLOAD_LENGTH"
          );
          cb(error);
          return;
        }
        this._payloadLength = num * Math.pow(2, 32) + buf.readUInt32BE(4), this.haveLength(cb);
      }
      /**
       * Payload length has been read.
       *
       * @param {Function} cb Callback
       * @private
       */
      haveLength(cb) {
        if (this._payloadLength && this._opcode < 8 && (this._totalPayloadLength += this._payloadLength, this._totalPayloadLength > this._maxPayload && this._maxPayload > 0)) {
          let error = this.createError(
            RangeError,
            "Max payload size exceeded",
            !1,
            1009,
            "WS_ERR_UNSUPPORTED_MESSAGE_LENGTH"
          );
          cb(error);
          return;
        }
        this._masked ? this._state = GET_MASK : this._state = GET_DATA;
      }
      /**
       * Reads mask bytes.
       *
       * @private
       */
      getMask() {
        if (this._bufferedBytes < 4) {
          this._loop = !1;
          return;
        }
        this._mask = this.consume(4), this._state = GET_DATA;
      }
      /**
       * Reads data bytes.
       *
       * @param {Function} cb Callback
       * @private
       */
      getData(cb) {
        let data = EMPTY_BUFFER;
        if (this._payloadLength) {
          if (this._bufferedBytes < this._payloadLength) {
            this._loop = !1;
            return;
          }
          data = this.consume(this._payloadLength), this._masked && (this._mask[0] | this._mask[1] | this._mask[2] | this._mask[3]) !== 0 && unmask(data, this._mask);
        }
        if (this._mask = void 0, this._opcode > 7) {
          this.controlMessage(data, cb);
          return;
        }
        if (this._maxFragments > 0 && ++this._numFragments > this._maxFragments) {
          let error = this.createError(
            RangeError,
            "Too many message fragments",
            !1,
            1008,
            "WS_ERR_TOO_MANY_BUFFERED_PARTS"
          );
          cb(error);
          return;
        }
        if (this._compressed) {
          this._state = INFLATING, this.decompress(data, cb);
          return;
        }
        data.length && (this._messageLength = this._totalPayloadLength, this._fragments.push(data)), this.dataMessage(cb);
      }
      /**
       * Decompresses data.
       *
       * @param {Buffer} data Compressed data
       * @param {Function} cb Callback
       * @private
       */
      decompress(data, cb) {
        this._extensions[PerMessageDeflate2.extensionName].decompress(data, this._fin, (err, buf) => {
          if (err) return cb(err);
          if (buf.length) {
            if (this._messageLength += buf.length, this._messageLength > this._maxPayload && this._maxPayload > 0) {
              let error = this.createError(
                RangeError,
                "Max payload size exceeded",
                !1,
                1009,
                "WS_ERR_UNSUPPORTED_MESSAGE_LENGTH"
              );
              cb(error);
              return;
            }
            this._fragments.push(buf);
          }
          this.dataMessage(cb), this._state === GET_INFO && this.startLoop(cb);
        });
      }
      /**
       * Handles a data message.
       *
       * @param {Function} cb Callback
       * @private
       */
      dataMessage(cb) {
        if (!this._fin) {
          this._state = GET_INFO;
          return;
        }
        let messageLength = this._messageLength, fragments = this._fragments;
        if (this._totalPayloadLength = 0, this._messageLength = 0, this._fragmented = 0, this._numFragments = 0, this._fragments = [], this._opcode === 2) {
          let data;
          this._binaryType === "nodebuffer" ? data = concat(fragments, messageLength) : this._binaryType === "arraybuffer" ? data = toArrayBuffer(concat(fragments, messageLength)) : this._binaryType === "blob" ? data = new Blob(fragments) : data = fragments, this._allowSynchronousEvents ? (this.emit("message", data, !0), this._state = GET_INFO) : (this._state = DEFER_EVENT, setImmediate(() => {
            this.emit("message", data, !0), this._state = GET_INFO, this.startLoop(cb);
          }));
        } else {
          let buf = concat(fragments, messageLength);
          if (!this._skipUTF8Validation && !isValidUTF8(buf)) {
            let error = this.createError(
              Error,
              "invalid UTF-8 sequence",
              !0,
              1007,
              "WS_ERR_INVALID_UTF8"
            );
            cb(error);
            return;
          }
          this._state === INFLATING || this._allowSynchronousEvents ? (this.emit("message", buf, !1), this._state = GET_INFO) : (this._state = DEFER_EVENT, setImmediate(() => {
            this.emit("message", buf, !1), this._state = GET_INFO, this.startLoop(cb);
          }));
        }
      }
      /**
       * Handles a control message.
       *
       * @param {Buffer} data Data to handle
       * @return {(Error|RangeError|undefined)} A possible error
       * @private
       */
      controlMessage(data, cb) {
        if (this._opcode === 8) {
          if (data.length === 0)
            this._loop = !1, this.emit("conclude", 1005, EMPTY_BUFFER), this.end();
          else {
            let code = data.readUInt16BE(0);
            if (!isValidStatusCode(code)) {
              let error = this.createError(
                RangeError,
                `invalid status code ${code}`,
                !0,
                1002,
                "WS_ERR_INVALID_CLOSE_CODE"
              );
              cb(error);
              return;
            }
            let buf = new FastBuffer(
              data.buffer,
              data.byteOffset + 2,
              data.length - 2
            );
            if (!this._skipUTF8Validation && !isValidUTF8(buf)) {
              let error = this.createError(
                Error,
                "invalid UTF-8 sequence",
                !0,
                1007,
                "WS_ERR_INVALID_UTF8"
              );
              cb(error);
              return;
            }
            this._loop = !1, this.emit("conclude", code, buf), this.end();
          }
          this._state = GET_INFO;
          return;
        }
        this._allowSynchronousEvents ? (this.emit(this._opcode === 9 ? "ping" : "pong", data), this._state = GET_INFO) : (this._state = DEFER_EVENT, setImmediate(() => {
          this.emit(this._opcode === 9 ? "ping" : "pong", data), this._state = GET_INFO, this.startLoop(cb);
        }));
      }
      /**
       * Builds an error object.
       *
       * @param {function(new:Error|RangeError)} ErrorCtor The error constructor
       * @param {String} message The error message
       * @param {Boolean} prefix Specifies whether or not to add a default prefix to
       *     `message`
       * @param {Number} statusCode The status code
       * @param {String} errorCode The exposed error code
       * @return {(Error|RangeError)} The error
       * @private
       */
      createError(ErrorCtor, message, prefix, statusCode, errorCode) {
        this._loop = !1, this._errored = !0;
        let err = new ErrorCtor(
          prefix ? `Invalid WebSocket frame: ${message}` : message
        );
        return Error.captureStackTrace(err, this.createError), err.code = errorCode, err[kStatusCode] = statusCode, err;
      }
    };
    module.exports = Receiver2;
  }
});

// node_modules/ws/lib/sender.js
var require_sender = __commonJS({
  "node_modules/ws/lib/sender.js"(exports, module) {
    "use strict";
    var { Duplex } = __require("stream"), { randomFillSync } = __require("crypto"), {
      types: { isUint8Array }
    } = __require("util"), PerMessageDeflate2 = require_permessage_deflate(), { EMPTY_BUFFER, kWebSocket, NOOP } = require_constants(), { isBlob, isValidStatusCode } = require_validation(), { mask: applyMask, toBuffer } = require_buffer_util(), kByteLength = /* @__PURE__ */ Symbol("kByteLength"), maskBuffer = Buffer.alloc(4), RANDOM_POOL_SIZE = 8 * 1024, randomPool, randomPoolPointer = RANDOM_POOL_SIZE, DEFAULT = 0, DEFLATING = 1, GET_BLOB_DATA = 2, Sender2 = class _Sender {
      /**
       * Creates a Sender instance.
       *
       * @param {Duplex} socket The connection socket
       * @param {Object} [extensions] An object containing the negotiated extensions
       * @param {Function} [generateMask] The function used to generate the masking
       *     key
       */
      constructor(socket, extensions, generateMask) {
        this._extensions = extensions || {}, generateMask && (this._generateMask = generateMask, this._maskBuffer = Buffer.alloc(4)), this._socket = socket, this._firstFragment = !0, this._compress = !1, this._bufferedBytes = 0, this._queue = [], this._state = DEFAULT, this.onerror = NOOP, this[kWebSocket] = void 0;
      }
      /**
       * Frames a piece of data according to the HyBi WebSocket protocol.
       *
       * @param {(Buffer|String)} data The data to frame
       * @param {Object} options Options object
       * @param {Boolean} [options.fin=false] Specifies whether or not to set the
       *     FIN bit
       * @param {Function} [options.generateMask] The function used to generate the
       *     masking key
       * @param {Boolean} [options.mask=false] Specifies whether or not to mask
       *     `data`
       * @param {Buffer} [options.maskBuffer] The buffer used to store the masking
       *     key
       * @param {Number} options.opcode The opcode
       * @param {Boolean} [options.readOnly=false] Specifies whether `data` can be
       *     modified
       * @param {Boolean} [options.rsv1=false] Specifies whether or not to set the
       *     RSV1 bit
       * @return {(Buffer|String)[]} The framed data
       * @public
       */
      static frame(data, options) {
        let mask, merge = !1, offset = 2, skipMasking = !1;
        options.mask && (mask = options.maskBuffer || maskBuffer, options.generateMask ? options.generateMask(mask) : (randomPoolPointer === RANDOM_POOL_SIZE && (randomPool === void 0 && (randomPool = Buffer.alloc(RANDOM_POOL_SIZE)), randomFillSync(randomPool, 0, RANDOM_POOL_SIZE), randomPoolPointer = 0), mask[0] = randomPool[randomPoolPointer++], mask[1] = randomPool[randomPoolPointer++], mask[2] = randomPool[randomPoolPointer++], mask[3] = randomPool[randomPoolPointer++]), skipMasking = (mask[0] | mask[1] | mask[2] | mask[3]) === 0, offset = 6);
        let dataLength;
        typeof data == "string" ? (!options.mask || skipMasking) && options[kByteLength] !== void 0 ? dataLength = options[kByteLength] : (data = Buffer.from(data), dataLength = data.length) : (dataLength = data.length, merge = options.mask && options.readOnly && !skipMasking);
        let payloadLength = dataLength;
        dataLength >= 65536 ? (offset += 8, payloadLength = 127) : dataLength > 125 && (offset += 2, payloadLength = 126);
        let target = Buffer.allocUnsafe(merge ? dataLength + offset : offset);
        return target[0] = options.fin ? options.opcode | 128 : options.opcode, options.rsv1 && (target[0] |= 64), target[1] = payloadLength, payloadLength === 126 ? target.writeUInt16BE(dataLength, 2) : payloadLength === 127 && (target[2] = target[3] = 0, target.writeUIntBE(dataLength, 4, 6)), options.mask ? (target[1] |= 128, target[offset - 4] = mask[0], target[offset - 3] = mask[1], target[offset - 2] = mask[2], target[offset - 1] = mask[3], dataLength ? skipMasking ? [target, data] : merge ? (applyMask(data, mask, target, offset, dataLength), [target]) : (applyMask(data, mask, data, 0, dataLength), [target, data]) : [target]) : dataLength ? [target, data] : [target];
      }
      /**
       * Sends a close message to the other peer.
       *
       * @param {Number} [code] The status code component of the body
       * @param {(String|Buffer)} [data] The message component of the body
       * @param {Boolean} [mask=false] Specifies whether or not to mask the message
       * @param {Function} [cb] Callback
       * @public
       */
      close(code, data, mask, cb) {
        let buf;
        if (code === void 0)
          buf = EMPTY_BUFFER;
        else {
          if (typeof code != "number" || !isValidStatusCode(code))
            throw new TypeError("First argument must be a valid error code number");
          if (data === void 0 || !data.length)
            buf = Buffer.allocUnsafe(2), buf.writeUInt16BE(code, 0);
          else {
            let length = Buffer.byteLength(data);
            if (length > 123)
              throw new RangeError("The message must not be greater than 123 bytes");
            if (buf = Buffer.allocUnsafe(2 + length), buf.writeUInt16BE(code, 0), typeof data == "string")
              buf.write(data, 2);
            else if (isUint8Array(data))
              buf.set(data, 2);
            else
              throw new TypeError("Second argument must be a string or a Uint8Array");
          }
        }
        let options = {
          [kByteLength]: buf.length,
          fin: !0,
          generateMask: this._generateMask,
          mask,
          maskBuffer: this._maskBuffer,
          opcode: 8,
          readOnly: !1,
          rsv1: !1
        };
        this._state !== DEFAULT ? this.enqueue([this.dispatch, buf, !1, options, cb]) : this.sendFrame(_Sender.frame(buf, options), cb);
      }
      /**
       * Sends a ping message to the other peer.
       *
       * @param {*} data The message to send
       * @param {Boolean} [mask=false] Specifies whether or not to mask `data`
       * @param {Function} [cb] Callback
       * @public
       */
      ping(data, mask, cb) {
        let byteLength, readOnly;
        if (typeof data == "string" ? (byteLength = Buffer.byteLength(data), readOnly = !1) : isBlob(data) ? (byteLength = data.size, readOnly = !1) : (data = toBuffer(data), byteLength = data.length, readOnly = toBuffer.readOnly), byteLength > 125)
          throw new RangeError("The data size must not be greater than 125 bytes");
        let options = {
          [kByteLength]: byteLength,
          fin: !0,
          generateMask: this._generateMask,
          mask,
          maskBuffer: this._maskBuffer,
          opcode: 9,
          readOnly,
          rsv1: !1
        };
        isBlob(data) ? this._state !== DEFAULT ? this.enqueue([this.getBlobData, data, !1, options, cb]) : this.getBlobData(data, !1, options, cb) : this._state !== DEFAULT ? this.enqueue([this.dispatch, data, !1, options, cb]) : this.sendFrame(_Sender.frame(data, options), cb);
      }
      /**
       * Sends a pong message to the other peer.
       *
       * @param {*} data The message to send
       * @param {Boolean} [mask=false] Specifies whether or not to mask `data`
       * @param {Function} [cb] Callback
       * @public
       */
      pong(data, mask, cb) {
        let byteLength, readOnly;
        if (typeof data == "string" ? (byteLength = Buffer.byteLength(data), readOnly = !1) : isBlob(data) ? (byteLength = data.size, readOnly = !1) : (data = toBuffer(data), byteLength = data.length, readOnly = toBuffer.readOnly), byteLength > 125)
          throw new RangeError("The data size must not be greater than 125 bytes");
        let options = {
          [kByteLength]: byteLength,
          fin: !0,
          generateMask: this._generateMask,
          mask,
          maskBuffer: this._maskBuffer,
          opcode: 10,
          readOnly,
          rsv1: !1
        };
        isBlob(data) ? this._state !== DEFAULT ? this.enqueue([this.getBlobData, data, !1, options, cb]) : this.getBlobData(data, !1, options, cb) : this._state !== DEFAULT ? this.enqueue([this.dispatch, data, !1, options, cb]) : this.sendFrame(_Sender.frame(data, options), cb);
      }
      /**
       * Sends a data message to the other peer.
       *
       * @param {*} data The message to send
       * @param {Object} options Options object
       * @param {Boolean} [options.binary=false] Specifies whether `data` is binary
       *     or text
       * @param {Boolean} [options.compress=false] Specifies whether or not to
       *     compress `data`
       * @param {Boolean} [options.fin=false] Specifies whether the fragment is the
       *     last one
       * @param {Boolean} [options.mask=false] Specifies whether or not to mask
       *     `data`
       * @param {Function} [cb] Callback
       * @public
       */
      send(data, options, cb) {
        let perMessageDeflate = this._extensions[PerMessageDeflate2.extensionName], opcode = options.binary ? 2 : 1, rsv1 = options.compress, byteLength, readOnly;
        typeof data == "string" ? (byteLength = Buffer.byteLength(data), readOnly = !1) : isBlob(data) ? (byteLength = data.size, readOnly = !1) : (data = toBuffer(data), byteLength = data.length, readOnly = toBuffer.readOnly), this._firstFragment ? (this._firstFragment = !1, rsv1 && perMessageDeflate && perMessageDeflate.params[perMessageDeflate._isServer ? "server_no_context_takeover" : "client_no_context_takeover"] && (rsv1 = byteLength >= perMessageDeflate._threshold), this._compress = rsv1) : (rsv1 = !1, opcode = 0), options.fin && (this._firstFragment = !0);
        let opts = {
          [kByteLength]: byteLength,
          fin: options.fin,
          generateMask: this._generateMask,
          mask: options.mask,
          maskBuffer: this._maskBuffer,
          opcode,
          readOnly,
          rsv1
        };
        isBlob(data) ? this._state !== DEFAULT ? this.enqueue([this.getBlobData, data, this._compress, opts, cb]) : this.getBlobData(data, this._compress, opts, cb) : this._state !== DEFAULT ? this.enqueue([this.dispatch, data, this._compress, opts, cb]) : this.dispatch(data, this._compress, opts, cb);
      }
      /**
       * Gets the contents of a blob as binary data.
       *
       * @param {Blob} blob The blob
       * @param {Boolean} [compress=false] Specifies whether or not to compress
       *     the data
       * @param {Object} options Options object
       * @param {Boolean} [options.fin=false] Specifies whether or not to set the
       *     FIN bit
       * @param {Function} [options.generateMask] The function used to generate the
       *     masking key
       * @param {Boolean} [options.mask=false] Specifies whether or not to mask
       *     `data`
       * @param {Buffer} [options.maskBuffer] The buffer used to store the masking
       *     key
       * @param {Number} options.opcode The opcode
       * @param {Boolean} [options.readOnly=false] Specifies whether `data` can be
       *     modified
       * @param {Boolean} [options.rsv1=false] Specifies whether or not to set the
       *     RSV1 bit
       * @param {Function} [cb] Callback
       * @private
       */
      getBlobData(blob, compress, options, cb) {
        this._bufferedBytes += options[kByteLength], this._state = GET_BLOB_DATA, blob.arrayBuffer().then((arrayBuffer) => {
          if (this._socket.destroyed) {
            let err = new Error(
              "The socket was closed while the blob was being read"
            );
            process.nextTick(callCallbacks, this, err, cb);
            return;
          }
          this._bufferedBytes -= options[kByteLength];
          let data = toBuffer(arrayBuffer);
          compress ? this.dispatch(data, compress, options, cb) : (this._state = DEFAULT, this.sendFrame(_Sender.frame(data, options), cb), this.dequeue());
        }).catch((err) => {
          process.nextTick(onError, this, err, cb);
        });
      }
      /**
       * Dispatches a message.
       *
       * @param {(Buffer|String)} data The message to send
       * @param {Boolean} [compress=false] Specifies whether or not to compress
       *     `data`
       * @param {Object} options Options object
       * @param {Boolean} [options.fin=false] Specifies whether or not to set the
       *     FIN bit
       * @param {Function} [options.generateMask] The function used to generate the
       *     masking key
       * @param {Boolean} [options.mask=false] Specifies whether or not to mask
       *     `data`
       * @param {Buffer} [options.maskBuffer] The buffer used to store the masking
       *     key
       * @param {Number} options.opcode The opcode
       * @param {Boolean} [options.readOnly=false] Specifies whether `data` can be
       *     modified
       * @param {Boolean} [options.rsv1=false] Specifies whether or not to set the
       *     RSV1 bit
       * @param {Function} [cb] Callback
       * @private
       */
      dispatch(data, compress, options, cb) {
        if (!compress) {
          this.sendFrame(_Sender.frame(data, options), cb);
          return;
        }
        let perMessageDeflate = this._extensions[PerMessageDeflate2.extensionName];
        this._bufferedBytes += options[kByteLength], this._state = DEFLATING, perMessageDeflate.compress(data, options.fin, (_, buf) => {
          if (this._socket.destroyed) {
            let err = new Error(
              "The socket was closed while data was being compressed"
            );
            callCallbacks(this, err, cb);
            return;
          }
          this._bufferedBytes -= options[kByteLength], this._state = DEFAULT, options.readOnly = !1, this.sendFrame(_Sender.frame(buf, options), cb), this.dequeue();
        });
      }
      /**
       * Executes queued send operations.
       *
       * @private
       */
      dequeue() {
        for (; this._state === DEFAULT && this._queue.length; ) {
          let params = this._queue.shift();
          this._bufferedBytes -= params[3][kByteLength], Reflect.apply(params[0], this, params.slice(1));
        }
      }
      /**
       * Enqueues a send operation.
       *
       * @param {Array} params Send operation parameters.
       * @private
       */
      enqueue(params) {
        this._bufferedBytes += params[3][kByteLength], this._queue.push(params);
      }
      /**
       * Sends a frame.
       *
       * @param {(Buffer | String)[]} list The frame to send
       * @param {Function} [cb] Callback
       * @private
       */
      sendFrame(list, cb) {
        list.length === 2 ? (this._socket.cork(), this._socket.write(list[0]), this._socket.write(list[1], cb), this._socket.uncork()) : this._socket.write(list[0], cb);
      }
    };
    module.exports = Sender2;
    function callCallbacks(sender, err, cb) {
      typeof cb == "function" && cb(err);
      for (let i = 0; i < sender._queue.length; i++) {
        let params = sender._queue[i], callback = params[params.length - 1];
        typeof callback == "function" && callback(err);
      }
    }
    function onError(sender, err, cb) {
      callCallbacks(sender, err, cb), sender.onerror(err);
    }
  }
});

// node_modules/ws/lib/event-target.js
var require_event_target = __commonJS({
  "node_modules/ws/lib/event-target.js"(exports, module) {
    "use strict";
    var { kForOnEventAttribute, kListener } = require_constants(), kCode = /* @__PURE__ */ Symbol("kCode"), kData = /* @__PURE__ */ Symbol("kData"), kError = /* @__PURE__ */ Symbol("kError"), kMessage = /* @__PURE__ */ Symbol("kMessage"), kReason = /* @__PURE__ */ Symbol("kReason"), kTarget = /* @__PURE__ */ Symbol("kTarget"), kType = /* @__PURE__ */ Symbol("kType"), kWasClean = /* @__PURE__ */ Symbol("kWasClean"), Event = class {
      /**
       * Create a new `Event`.
       *
       * @param {String} type The name of the event
       * @throws {TypeError} If the `type` argument is not specified
       */
      constructor(type) {
        this[kTarget] = null, this[kType] = type;
      }
      /**
       * @type {*}
       */
      get target() {
        return this[kTarget];
      }
      /**
       * @type {String}
       */
      get type() {
        return this[kType];
      }
    };
    Object.defineProperty(Event.prototype, "target", { enumerable: !0 });
    Object.defineProperty(Event.prototype, "type", { enumerable: !0 });
    var CloseEvent = class extends Event {
      /**
       * Create a new `CloseEvent`.
       *
       * @param {String} type The name of the event
       * @param {Object} [options] A dictionary object that allows for setting
       *     attributes via object members of the same name
       * @param {Number} [options.code=0] The status code explaining why the
       *     connection was closed
       * @param {String} [options.reason=''] A human-readable string explaining why
       *     the connection was closed
       * @param {Boolean} [options.wasClean=false] Indicates whether or not the
       *     connection was cleanly closed
       */
      constructor(type, options = {}) {
        super(type), this[kCode] = options.code === void 0 ? 0 : options.code, this[kReason] = options.reason === void 0 ? "" : options.reason, this[kWasClean] = options.wasClean === void 0 ? !1 : options.wasClean;
      }
      /**
       * @type {Number}
       */
      get code() {
        return this[kCode];
      }
      /**
       * @type {String}
       */
      get reason() {
        return this[kReason];
      }
      /**
       * @type {Boolean}
       */
      get wasClean() {
        return this[kWasClean];
      }
    };
    Object.defineProperty(CloseEvent.prototype, "code", { enumerable: !0 });
    Object.defineProperty(CloseEvent.prototype, "reason", { enumerable: !0 });
    Object.defineProperty(CloseEvent.prototype, "wasClean", { enumerable: !0 });
    var ErrorEvent = class extends Event {
      /**
       * Create a new `ErrorEvent`.
       *
       * @param {String} type The name of the event
       * @param {Object} [options] A dictionary object that allows for setting
       *     attributes via object members of the same name
       * @param {*} [options.error=null] The error that generated this event
       * @param {String} [options.message=''] The error message
       */
      constructor(type, options = {}) {
        super(type), this[kError] = options.error === void 0 ? null : options.error, this[kMessage] = options.message === void 0 ? "" : options.message;
      }
      /**
       * @type {*}
       */
      get error() {
        return this[kError];
      }
      /**
       * @type {String}
       */
      get message() {
        return this[kMessage];
      }
    };
    Object.defineProperty(ErrorEvent.prototype, "error", { enumerable: !0 });
    Object.defineProperty(ErrorEvent.prototype, "message", { enumerable: !0 });
    var MessageEvent = class extends Event {
      /**
       * Create a new `MessageEvent`.
       *
       * @param {String} type The name of the event
       * @param {Object} [options] A dictionary object that allows for setting
       *     attributes via object members of the same name
       * @param {*} [options.data=null] The message content
       */
      constructor(type, options = {}) {
        super(type), this[kData] = options.data === void 0 ? null : options.data;
      }
      /**
       * @type {*}
       */
      get data() {
        return this[kData];
      }
    };
    Object.defineProperty(MessageEvent.prototype, "data", { enumerable: !0 });
    var EventTarget = {
      /**
       * Register an event listener.
       *
       * @param {String} type A string representing the event type to listen for
       * @param {(Function|Object)} handler The listener to add
       * @param {Object} [options] An options object specifies characteristics about
       *     the event listener
       * @param {Boolean} [options.once=false] A `Boolean` indicating that the
       *     listener should be invoked at most once after being added. If `true`,
       *     the listener would be automatically removed when invoked.
       * @public
       */
      addEventListener(type, handler, options = {}) {
        for (let listener of this.listeners(type))
          if (!options[kForOnEventAttribute] && listener[kListener] === handler && !listener[kForOnEventAttribute])
            return;
        let wrapper;
        if (type === "message")
          wrapper = function(data, isBinary) {
            let event = new MessageEvent("message", {
              data: isBinary ? data : data.toString()
            });
            event[kTarget] = this, callListener(handler, this, event);
          };
        else if (type === "close")
          wrapper = function(code, message) {
            let event = new CloseEvent("close", {
              code,
              reason: message.toString(),
              wasClean: this._closeFrameReceived && this._closeFrameSent
            });
            event[kTarget] = this, callListener(handler, this, event);
          };
        else if (type === "error")
          wrapper = function(error) {
            let event = new ErrorEvent("error", {
              error,
              message: error.message
            });
            event[kTarget] = this, callListener(handler, this, event);
          };
        else if (type === "open")
          wrapper = function() {
            let event = new Event("open");
            event[kTarget] = this, callListener(handler, this, event);
          };
        else
          return;
        wrapper[kForOnEventAttribute] = !!options[kForOnEventAttribute], wrapper[kListener] = handler, options.once ? this.once(type, wrapper) : this.on(type, wrapper);
      },
      /**
       * Remove an event listener.
       *
       * @param {String} type A string representing the event type to remove
       * @param {(Function|Object)} handler The listener to remove
       * @public
       */
      removeEventListener(type, handler) {
        for (let listener of this.listeners(type))
          if (listener[kListener] === handler && !listener[kForOnEventAttribute]) {
            this.removeListener(type, listener);
            break;
          }
      }
    };
    module.exports = {
      CloseEvent,
      ErrorEvent,
      Event,
      EventTarget,
      MessageEvent
    };
    function callListener(listener, thisArg, event) {
      typeof listener == "object" && listener.handleEvent ? listener.handleEvent.call(listener, event) : listener.call(thisArg, event);
    }
  }
});

// node_modules/ws/lib/extension.js
var require_extension = __commonJS({
  "node_modules/ws/lib/extension.js"(exports, module) {
    "use strict";
    var { tokenChars } = require_validation();
    function push(dest, name, elem) {
      dest[name] === void 0 ? dest[name] = [elem] : dest[name].push(elem);
    }
    function parse(header) {
      let offers = /* @__PURE__ */ Object.create(null), params = /* @__PURE__ */ Object.create(null), mustUnescape = !1, isEscaping = !1, inQuotes = !1, extensionName, paramName, start = -1, code = -1, end = -1, i = 0;
      for (; i < header.length; i++)
        if (code = header.charCodeAt(i), extensionName === void 0)
          if (end === -1 && tokenChars[code] === 1)
            start === -1 && (start = i);
          else if (i !== 0 && (code === 32 || code === 9))
            end === -1 && start !== -1 && (end = i);
          else if (code === 59 || code === 44) {
            if (start === -1)
              throw new SyntaxError(`Unexpected character at index ${i}`);
            end === -1 && (end = i);
            let name = header.slice(start, end);
            code === 44 ? (push(offers, name, params), params = /* @__PURE__ */ Object.create(null)) : extensionName = name, start = end = -1;
          } else
            throw new SyntaxError(`Unexpected character at index ${i}`);
        else if (paramName === void 0)
          if (end === -1 && tokenChars[code] === 1)
            start === -1 && (start = i);
          else if (code === 32 || code === 9)
            end === -1 && start !== -1 && (end = i);
          else if (code === 59 || code === 44) {
            if (start === -1)
              throw new SyntaxError(`Unexpected character at index ${i}`);
            end === -1 && (end = i), push(params, header.slice(start, end), !0), code === 44 && (push(offers, extensionName, params), params = /* @__PURE__ */ Object.create(null), extensionName = void 0), start = end = -1;
          } else if (code === 61 && start !== -1 && end === -1)
            paramName = header.slice(start, i), start = end = -1;
          else
            throw new SyntaxError(`Unexpected character at index ${i}`);
        else if (isEscaping) {
          if (tokenChars[code] !== 1)
            throw new SyntaxError(`Unexpected character at index ${i}`);
          start === -1 ? start = i : mustUnescape || (mustUnescape = !0), isEscaping = !1;
        } else if (inQuotes)
          if (tokenChars[code] === 1)
            start === -1 && (start = i);
          else if (code === 34 && start !== -1)
            inQuotes = !1, end = i;
          else if (code === 92)
            isEscaping = !0;
          else
            throw new SyntaxError(`Unexpected character at index ${i}`);
        else if (code === 34 && header.charCodeAt(i - 1) === 61)
          inQuotes = !0;
        else if (end === -1 && tokenChars[code] === 1)
          start === -1 && (start = i);
        else if (start !== -1 && (code === 32 || code === 9))
          end === -1 && (end = i);
        else if (code === 59 || code === 44) {
          if (start === -1)
            throw new SyntaxError(`Unexpected character at index ${i}`);
          end === -1 && (end = i);
          let value = header.slice(start, end);
          mustUnescape && (value = value.replace(/\\/g, ""), mustUnescape = !1), push(params, paramName, value), code === 44 && (push(offers, extensionName, params), params = /* @__PURE__ */ Object.create(null), extensionName = void 0), paramName = void 0, start = end = -1;
        } else
          throw new SyntaxError(`Unexpected character at index ${i}`);
      if (start === -1 || inQuotes || code === 32 || code === 9)
        throw new SyntaxError("Unexpected end of input");
      end === -1 && (end = i);
      let token = header.slice(start, end);
      return extensionName === void 0 ? push(offers, token, params) : (paramName === void 0 ? push(params, token, !0) : mustUnescape ? push(params, paramName, token.replace(/\\/g, "")) : push(params, paramName, token), push(offers, extensionName, params)), offers;
    }
    function format2(extensions) {
      return Object.keys(extensions).map((extension2) => {
        let configurations = extensions[extension2];
        return Array.isArray(configurations) || (configurations = [configurations]), configurations.map((params) => [extension2].concat(
          Object.keys(params).map((k) => {
            let values = params[k];
            return Array.isArray(values) || (values = [values]), values.map((v) => v === !0 ? k : `${k}=${v}`).join("; ");
          })
        ).join("; ")).join(", ");
      }).join(", ");
    }
    module.exports = { format: format2, parse };
  }
});

// node_modules/ws/lib/websocket.js
var require_websocket = __commonJS({
  "node_modules/ws/lib/websocket.js"(exports, module) {
    "use strict";
    var EventEmitter = __require("events"), https2 = __require("https"), http2 = __require("http"), net = __require("net"), querystring = __require("querystring"), tls = __require("tls"), { randomBytes, createHash } = __require("crypto"), { Duplex, Readable } = __require("stream"), { URL: URL2 } = __require("url"), PerMessageDeflate2 = require_permessage_deflate(), Receiver2 = require_receiver(), Sender2 = require_sender(), { isBlob } = require_validation(), {
      BINARY_TYPES,
      CLOSE_TIMEOUT,
      EMPTY_BUFFER,
      GUID,
      kForOnEventAttribute,
      kListener,
      kStatusCode,
      kWebSocket,
      NOOP
    } = require_constants(), {
      EventTarget: { addEventListener, removeEventListener }
    } = require_event_target(), { format: format2, parse } = require_extension(), { toBuffer } = require_buffer_util(), kAborted = /* @__PURE__ */ Symbol("kAborted"), protocolVersions = [8, 13], readyStates = ["CONNECTING", "OPEN", "CLOSING", "CLOSED"], subprotocolRegex = /^[!#$%&'*+\-.0-9A-Z^_`|a-z~]+$/, WebSocket2 = class _WebSocket extends EventEmitter {
      /**
       * Create a new `WebSocket`.
       *
       * @param {(String|URL)} address The URL to which to connect
       * @param {(String|String[])} [protocols] The subprotocols
       * @param {Object} [options] Connection options
       */
      constructor(address, protocols, options) {
        super(), this._binaryType = BINARY_TYPES[0], this._closeCode = 1006, this._closeFrameReceived = !1, this._closeFrameSent = !1, this._closeMessage = EMPTY_BUFFER, this._closeTimer = null, this._errorEmitted = !1, this._extensions = {}, this._paused = !1, this._protocol = "", this._readyState = _WebSocket.CONNECTING, this._receiver = null, this._sender = null, this._socket = null, address !== null ? (this._bufferedAmount = 0, this._isServer = !1, this._redirects = 0, protocols === void 0 ? !options || options.protocols === void 0 ? protocols = [] : Array.isArray(options.protocols) ? protocols = options.protocols : protocols = [options.protocols] : Array.isArray(protocols) || (typeof protocols == "object" && protocols !== null ? (options = protocols, options.protocols === void 0 ? protocols = [] : Array.isArray(options.protocols) ? protocols = options.protocols : protocols = [options.protocols]) : protocols = [protocols]), options = initAsClient(this, address, protocols, options)) : this._isServer = !0, options.autoPong && (this._autoPong = !0, this._autoPongComplete = () => autoPongComplete(this), this._pendingAutoPongs = 0, this._maxPendingAutoPongs = options.maxPendingAutoPongs | 0), this._closeTimeout = options.closeTimeout;
      }
      /**
       * For historical reasons, the custom "nodebuffer" type is used by the default
       * instead of "blob".
       *
       * @type {String}
       */
      get binaryType() {
        return this._binaryType;
      }
      set binaryType(type) {
        BINARY_TYPES.includes(type) && (this._binaryType = type, this._receiver && (this._receiver._binaryType = type));
      }
      /**
       * @type {Number}
       */
      get bufferedAmount() {
        return this._socket ? this._socket._writableState.length + this._sender._bufferedBytes : this._bufferedAmount;
      }
      /**
       * @type {String}
       */
      get extensions() {
        return Object.keys(this._extensions).join();
      }
      /**
       * @type {Boolean}
       */
      get isPaused() {
        return this._paused;
      }
      /**
       * @type {Function}
       */
      /* istanbul ignore next */
      get onclose() {
        return null;
      }
      /**
       * @type {Function}
       */
      /* istanbul ignore next */
      get onerror() {
        return null;
      }
      /**
       * @type {Function}
       */
      /* istanbul ignore next */
      get onopen() {
        return null;
      }
      /**
       * @type {Function}
       */
      /* istanbul ignore next */
      get onmessage() {
        return null;
      }
      /**
       * @type {String}
       */
      get protocol() {
        return this._protocol;
      }
      /**
       * @type {Number}
       */
      get readyState() {
        return this._readyState;
      }
      /**
       * @type {String}
       */
      get url() {
        return this._url;
      }
      /**
       * Set up the socket and the internal resources.
       *
       * @param {Duplex} socket The network socket between the server and client
       * @param {Buffer} head The first packet of the upgraded stream
       * @param {Object} options Options object
       * @param {Boolean} [options.allowSynchronousEvents=false] Specifies whether
       *     any of the `'message'`, `'ping'`, and `'pong'` events can be emitted
       *     multiple times in the same tick
       * @param {Function} [options.generateMask] The function used to generate the
       *     masking key
       * @param {Number} [options.maxBufferedChunks=0] The maximum number of
       *     buffered data chunks
       * @param {Number} [options.maxFragments=0] The maximum number of message
       *     fragments
       * @param {Number} [options.maxPayload=0] The maximum allowed message size
       * @param {Boolean} [options.skipUTF8Validation=false] Specifies whether or
       *     not to skip UTF-8 validation for text and close messages
       * @private
       */
      setSocket(socket, head, options) {
        let receiver = new Receiver2({
          allowSynchronousEvents: options.allowSynchronousEvents,
          binaryType: this.binaryType,
          extensions: this._extensions,
          isServer: this._isServer,
          maxBufferedChunks: options.maxBufferedChunks,
          maxFragments: options.maxFragments,
          maxPayload: options.maxPayload,
          skipUTF8Validation: options.skipUTF8Validation
        }), sender = new Sender2(socket, this._extensions, options.generateMask);
        this._receiver = receiver, this._sender = sender, this._socket = socket, receiver[kWebSocket] = this, sender[kWebSocket] = this, socket[kWebSocket] = this, receiver.on("conclude", receiverOnConclude), receiver.on("drain", receiverOnDrain), receiver.on("error", receiverOnError), receiver.on("message", receiverOnMessage), receiver.on("ping", receiverOnPing), receiver.on("pong", receiverOnPong), sender.onerror = senderOnError, socket.setTimeout && socket.setTimeout(0), socket.setNoDelay && socket.setNoDelay(), head.length > 0 && socket.unshift(head), socket.on("close", socketOnClose), socket.on("data", socketOnData), socket.on("end", socketOnEnd), socket.on("error", socketOnError), this._readyState = _WebSocket.OPEN, this.emit("open");
      }
      /**
       * Emit the `'close'` event.
       *
       * @private
       */
      emitClose() {
        if (!this._socket) {
          this._readyState = _WebSocket.CLOSED, this.emit("close", this._closeCode, this._closeMessage);
          return;
        }
        this._extensions[PerMessageDeflate2.extensionName] && this._extensions[PerMessageDeflate2.extensionName].cleanup(), this._receiver.removeAllListeners(), this._readyState = _WebSocket.CLOSED, this.emit("close", this._closeCode, this._closeMessage);
      }
      /**
       * Start a closing handshake.
       *
       *          +----------+   +-----------+   +----------+
       *     - - -|ws.close()|-->|close frame|-->|ws.close()|- - -
       *    |     +----------+   +-----------+   +----------+     |
       *          +----------+   +-----------+         |
       * CLOSING  |ws.close()|<--|close frame|<--+-----+       CLOSING
       *          +----------+   +-----------+   |
       *    |           |                        |   +---+        |
       *                +------------------------+-->|fin| - - - -
       *    |         +---+                      |   +---+
       *     - - - - -|fin|<---------------------+
       *              +---+
       *
       * @param {Number} [code] Status code explaining why the connection is closing
       * @param {(String|Buffer)} [data] The reason why the connection is
       *     closing
       * @public
       */
      close(code, data) {
        if (this.readyState !== _WebSocket.CLOSED) {
          if (this.readyState === _WebSocket.CONNECTING) {
            abortHandshake(this, this._req, "WebSocket was closed before the connection was established");
            return;
          }
          if (this.readyState === _WebSocket.CLOSING) {
            this._closeFrameSent && (this._closeFrameReceived || this._receiver._writableState.errorEmitted) && this._socket.end();
            return;
          }
          this._sender.close(code, data, !this._isServer, (err) => {
            err || (this._closeFrameSent = !0, (this._closeFrameReceived || this._receiver._writableState.errorEmitted) && this._socket.end());
          }), this._readyState = _WebSocket.CLOSING, setCloseTimer(this);
        }
      }
      /**
       * Pause the socket.
       *
       * @public
       */
      pause() {
        this.readyState === _WebSocket.CONNECTING || this.readyState === _WebSocket.CLOSED || (this._paused = !0, this._socket.pause());
      }
      /**
       * Send a ping.
       *
       * @param {*} [data] The data to send
       * @param {Boolean} [mask] Indicates whether or not to mask `data`
       * @param {Function} [cb] Callback which is executed when the ping is sent
       * @public
       */
      ping(data, mask, cb) {
        if (this.readyState === _WebSocket.CONNECTING)
          throw new Error("WebSocket is not open: readyState 0 (CONNECTING)");
        if (typeof data == "function" ? (cb = data, data = mask = void 0) : typeof mask == "function" && (cb = mask, mask = void 0), typeof data == "number" && (data = data.toString()), this.readyState !== _WebSocket.OPEN) {
          sendAfterClose(this, data, cb);
          return;
        }
        mask === void 0 && (mask = !this._isServer), this._sender.ping(data || EMPTY_BUFFER, mask, cb);
      }
      /**
       * Send a pong.
       *
       * @param {*} [data] The data to send
       * @param {Boolean} [mask] Indicates whether or not to mask `data`
       * @param {Function} [cb] Callback which is executed when the pong is sent
       * @public
       */
      pong(data, mask, cb) {
        if (this.readyState === _WebSocket.CONNECTING)
          throw new Error("WebSocket is not open: readyState 0 (CONNECTING)");
        if (typeof data == "function" ? (cb = data, data = mask = void 0) : typeof mask == "function" && (cb = mask, mask = void 0), typeof data == "number" && (data = data.toString()), this.readyState !== _WebSocket.OPEN) {
          sendAfterClose(this, data, cb);
          return;
        }
        mask === void 0 && (mask = !this._isServer), this._sender.pong(data || EMPTY_BUFFER, mask, cb);
      }
      /**
       * Resume the socket.
       *
       * @public
       */
      resume() {
        this.readyState === _WebSocket.CONNECTING || this.readyState === _WebSocket.CLOSED || (this._paused = !1, this._receiver._writableState.needDrain || this._socket.resume());
      }
      /**
       * Send a data message.
       *
       * @param {*} data The message to send
       * @param {Object} [options] Options object
       * @param {Boolean} [options.binary] Specifies whether `data` is binary or
       *     text
       * @param {Boolean} [options.compress] Specifies whether or not to compress
       *     `data`
       * @param {Boolean} [options.fin=true] Specifies whether the fragment is the
       *     last one
       * @param {Boolean} [options.mask] Specifies whether or not to mask `data`
       * @param {Function} [cb] Callback which is executed when data is written out
       * @public
       */
      send(data, options, cb) {
        if (this.readyState === _WebSocket.CONNECTING)
          throw new Error("WebSocket is not open: readyState 0 (CONNECTING)");
        if (typeof options == "function" && (cb = options, options = {}), typeof data == "number" && (data = data.toString()), this.readyState !== _WebSocket.OPEN) {
          sendAfterClose(this, data, cb);
          return;
        }
        let opts = {
          binary: typeof data != "string",
          mask: !this._isServer,
          compress: !0,
          fin: !0,
          ...options
        };
        this._extensions[PerMessageDeflate2.extensionName] || (opts.compress = !1), this._sender.send(data || EMPTY_BUFFER, opts, cb);
      }
      /**
       * Forcibly close the connection.
       *
       * @public
       */
      terminate() {
        if (this.readyState !== _WebSocket.CLOSED) {
          if (this.readyState === _WebSocket.CONNECTING) {
            abortHandshake(this, this._req, "WebSocket was closed before the connection was established");
            return;
          }
          this._socket && (this._readyState = _WebSocket.CLOSING, this._socket.destroy());
        }
      }
    };
    Object.defineProperty(WebSocket2, "CONNECTING", {
      enumerable: !0,
      value: readyStates.indexOf("CONNECTING")
    });
    Object.defineProperty(WebSocket2.prototype, "CONNECTING", {
      enumerable: !0,
      value: readyStates.indexOf("CONNECTING")
    });
    Object.defineProperty(WebSocket2, "OPEN", {
      enumerable: !0,
      value: readyStates.indexOf("OPEN")
    });
    Object.defineProperty(WebSocket2.prototype, "OPEN", {
      enumerable: !0,
      value: readyStates.indexOf("OPEN")
    });
    Object.defineProperty(WebSocket2, "CLOSING", {
      enumerable: !0,
      value: readyStates.indexOf("CLOSING")
    });
    Object.defineProperty(WebSocket2.prototype, "CLOSING", {
      enumerable: !0,
      value: readyStates.indexOf("CLOSING")
    });
    Object.defineProperty(WebSocket2, "CLOSED", {
      enumerable: !0,
      value: readyStates.indexOf("CLOSED")
    });
    Object.defineProperty(WebSocket2.prototype, "CLOSED", {
      enumerable: !0,
      value: readyStates.indexOf("CLOSED")
    });
    [
      "binaryType",
      "bufferedAmount",
      "extensions",
      "isPaused",
      "protocol",
      "readyState",
      "url"
    ].forEach((property) => {
      Object.defineProperty(WebSocket2.prototype, property, { enumerable: !0 });
    });
    ["open", "error", "close", "message"].forEach((method) => {
      Object.defineProperty(WebSocket2.prototype, `on${method}`, {
        enumerable: !0,
        get() {
          for (let listener of this.listeners(method))
            if (listener[kForOnEventAttribute]) return listener[kListener];
          return null;
        },
        set(handler) {
          for (let listener of this.listeners(method))
            if (listener[kForOnEventAttribute]) {
              this.removeListener(method, listener);
              break;
            }
          typeof handler == "function" && this.addEventListener(method, handler, {
            [kForOnEventAttribute]: !0
          });
        }
      });
    });
    WebSocket2.prototype.addEventListener = addEventListener;
    WebSocket2.prototype.removeEventListener = removeEventListener;
    module.exports = WebSocket2;
    function initAsClient(websocket, address, protocols, options) {
      let opts = {
        allowSynchronousEvents: !0,
        autoPong: !0,
        closeTimeout: CLOSE_TIMEOUT,
        protocolVersion: protocolVersions[1],
        maxBufferedChunks: 262144,
        maxFragments: 16384,
        maxPayload: 104857600,
        maxPendingAutoPongs: 60,
        skipUTF8Validation: !1,
        perMessageDeflate: !0,
        followRedirects: !1,
        maxRedirects: 10,
        ...options,
        socketPath: void 0,
        hostname: void 0,
        protocol: void 0,
        protocols: void 0,
        timeout: void 0,
        method: "GET",
        host: void 0,
        path: void 0,
        port: void 0
      };
      if (!protocolVersions.includes(opts.protocolVersion))
        throw new RangeError(
          `Unsupported protocol version: ${opts.protocolVersion} (supported versions: ${protocolVersions.join(", ")})`
        );
      let parsedUrl;
      if (address instanceof URL2)
        parsedUrl = address;
      else
        try {
          parsedUrl = new URL2(address);
        } catch {
          throw new SyntaxError(`Invalid URL: ${address}`);
        }
      (parsedUrl.protocol === "http:" || parsedUrl.protocol === "https:") && (parsedUrl = new URL2(parsedUrl), parsedUrl.protocol = parsedUrl.protocol === "http:" ? "ws:" : "wss:"), websocket._url = parsedUrl.href;
      let isSecure = parsedUrl.protocol === "wss:", isIpcUrl = parsedUrl.protocol === "ws+unix:", invalidUrlMessage;
      if (parsedUrl.protocol !== "ws:" && !isSecure && !isIpcUrl ? invalidUrlMessage = `The URL's protocol must be one of "ws:", "wss:", "http:", "https:", or "ws+unix:"` : isIpcUrl && !parsedUrl.pathname ? invalidUrlMessage = "The URL's pathname is empty" : parsedUrl.hash && (invalidUrlMessage = "The URL contains a fragment identifier"), invalidUrlMessage) {
        let err = new SyntaxError(invalidUrlMessage);
        if (websocket._redirects === 0)
          throw err;
        emitErrorAndClose(websocket, err);
        return;
      }
      let defaultPort = isSecure ? 443 : 80, key = randomBytes(16).toString("base64"), request = isSecure ? https2.request : http2.request, protocolSet = /* @__PURE__ */ new Set(), perMessageDeflate;
      if (opts.createConnection = opts.createConnection || (isSecure ? tlsConnect : netConnect), opts.defaultPort = opts.defaultPort || defaultPort, opts.port = parsedUrl.port || defaultPort, opts.host = parsedUrl.hostname.startsWith("[") ? parsedUrl.hostname.slice(1, -1) : parsedUrl.hostname, opts.headers = {
        ...opts.headers,
        "Sec-WebSocket-Version": opts.protocolVersion,
        "Sec-WebSocket-Key": key,
        Connection: "Upgrade",
        Upgrade: "websocket"
      }, opts.path = parsedUrl.pathname + parsedUrl.search, opts.timeout = opts.handshakeTimeout, opts.perMessageDeflate && (perMessageDeflate = new PerMessageDeflate2({
        ...opts.perMessageDeflate,
        isServer: !1,
        maxPayload: opts.maxPayload
      }), opts.headers["Sec-WebSocket-Extensions"] = format2({
        [PerMessageDeflate2.extensionName]: perMessageDeflate.offer()
      })), protocols.length) {
        for (let protocol of protocols) {
          if (typeof protocol != "string" || !subprotocolRegex.test(protocol) || protocolSet.has(protocol))
            throw new SyntaxError(
              "An invalid or duplicated subprotocol was specified"
            );
          protocolSet.add(protocol);
        }
        opts.headers["Sec-WebSocket-Protocol"] = protocols.join(",");
      }
      if (opts.origin && (opts.protocolVersion < 13 ? opts.headers["Sec-WebSocket-Origin"] = opts.origin : opts.headers.Origin = opts.origin), parsedUrl.username || parsedUrl.password) {
        let username = querystring.unescape(parsedUrl.username), password = querystring.unescape(parsedUrl.password);
        opts.auth = `${username}:${password}`;
      }
      if (isIpcUrl) {
        let i = opts.path.indexOf(":");
        i === -1 ? (opts.socketPath = opts.path, opts.path = "") : (opts.socketPath = opts.path.slice(0, i), opts.path = opts.path.slice(i + 1));
      }
      let req;
      if (opts.followRedirects) {
        if (websocket._redirects === 0) {
          websocket._originalIpc = isIpcUrl, websocket._originalSecure = isSecure, websocket._originalHostOrSocketPath = isIpcUrl ? opts.socketPath : parsedUrl.host;
          let headers = options && options.headers;
          if (options = { ...options, headers: {} }, headers)
            for (let [key2, value] of Object.entries(headers))
              options.headers[key2.toLowerCase()] = value;
        } else if (websocket.listenerCount("redirect") === 0) {
          let isSameHost = isIpcUrl ? websocket._originalIpc ? opts.socketPath === websocket._originalHostOrSocketPath : !1 : websocket._originalIpc ? !1 : parsedUrl.host === websocket._originalHostOrSocketPath;
          (!isSameHost || websocket._originalSecure && !isSecure) && (delete opts.headers.authorization, delete opts.headers.cookie, isSameHost || delete opts.headers.host, opts.auth = void 0);
        }
        opts.auth && !options.headers.authorization && (options.headers.authorization = "Basic " + Buffer.from(opts.auth).toString("base64")), req = websocket._req = request(opts), websocket._redirects && websocket.emit("redirect", websocket.url, req);
      } else
        req = websocket._req = request(opts);
      return opts.timeout && req.on("timeout", () => {
        abortHandshake(websocket, req, "Opening handshake has timed out");
      }), req.on("error", (err) => {
        req === null || req[kAborted] || (req = websocket._req = null, emitErrorAndClose(websocket, err));
      }), req.on("response", (res) => {
        let location = res.headers.location, statusCode = res.statusCode;
        if (location && opts.followRedirects && statusCode >= 300 && statusCode < 400) {
          if (++websocket._redirects > opts.maxRedirects) {
            abortHandshake(websocket, req, "Maximum redirects exceeded");
            return;
          }
          req.abort();
          let addr;
          try {
            addr = new URL2(location, address);
          } catch {
            let err = new SyntaxError(`Invalid URL: ${location}`);
            emitErrorAndClose(websocket, err);
            return;
          }
          initAsClient(websocket, addr, protocols, options);
        } else websocket.emit("unexpected-response", req, res) || abortHandshake(
          websocket,
          req,
          `Unexpected server response: ${res.statusCode}`
        );
      }), req.on("upgrade", (res, socket, head) => {
        if (websocket.emit("upgrade", res), websocket.readyState !== WebSocket2.CONNECTING) return;
        req = websocket._req = null;
        let upgrade = res.headers.upgrade;
        if (upgrade === void 0 || upgrade.toLowerCase() !== "websocket") {
          abortHandshake(websocket, socket, "Invalid Upgrade header");
          return;
        }
        let digest = createHash("sha1").update(key + GUID).digest("base64");
        if (res.headers["sec-websocket-accept"] !== digest) {
          abortHandshake(websocket, socket, "Invalid Sec-WebSocket-Accept header");
          return;
        }
        let serverProt = res.headers["sec-websocket-protocol"], protError;
        if (serverProt !== void 0 ? protocolSet.size ? protocolSet.has(serverProt) || (protError = "Server sent an invalid subprotocol") : protError = "Server sent a subprotocol but none was requested" : protocolSet.size && (protError = "Server sent no subprotocol"), protError) {
          abortHandshake(websocket, socket, protError);
          return;
        }
        serverProt && (websocket._protocol = serverProt);
        let secWebSocketExtensions = res.headers["sec-websocket-extensions"];
        if (secWebSocketExtensions !== void 0) {
          if (!perMessageDeflate) {
            abortHandshake(websocket, socket, "Server sent a Sec-WebSocket-Extensions header but no extension was requested");
            return;
          }
          let extensions;
          try {
            extensions = parse(secWebSocketExtensions);
          } catch {
            abortHandshake(websocket, socket, "Invalid Sec-WebSocket-Extensions header");
            return;
          }
          let extensionNames = Object.keys(extensions);
          if (extensionNames.length !== 1 || extensionNames[0] !== PerMessageDeflate2.extensionName) {
            abortHandshake(websocket, socket, "Server indicated an extension that was not requested");
            return;
          }
          try {
            perMessageDeflate.accept(extensions[PerMessageDeflate2.extensionName]);
          } catch {
            abortHandshake(websocket, socket, "Invalid Sec-WebSocket-Extensions header");
            return;
          }
          websocket._extensions[PerMessageDeflate2.extensionName] = perMessageDeflate;
        }
        websocket.setSocket(socket, head, {
          allowSynchronousEvents: opts.allowSynchronousEvents,
          generateMask: opts.generateMask,
          maxBufferedChunks: opts.maxBufferedChunks,
          maxFragments: opts.maxFragments,
          maxPayload: opts.maxPayload,
          skipUTF8Validation: opts.skipUTF8Validation
        });
      }), opts.finishRequest ? opts.finishRequest(req, websocket) : req.end(), opts;
    }
    function emitErrorAndClose(websocket, err) {
      websocket._readyState = WebSocket2.CLOSING, websocket._errorEmitted = !0, websocket.emit("error", err), websocket.emitClose();
    }
    function netConnect(options) {
      return options.path = options.socketPath, net.connect(options);
    }
    function tlsConnect(options) {
      return options.path = void 0, !options.servername && options.servername !== "" && (options.servername = net.isIP(options.host) ? "" : options.host), tls.connect(options);
    }
    function abortHandshake(websocket, stream, message) {
      websocket._readyState = WebSocket2.CLOSING;
      let err = new Error(message);
      Error.captureStackTrace(err, abortHandshake), stream.setHeader ? (stream[kAborted] = !0, stream.abort(), stream.socket && !stream.socket.destroyed && stream.socket.destroy(), process.nextTick(emitErrorAndClose, websocket, err)) : (stream.destroy(err), stream.once("error", websocket.emit.bind(websocket, "error")), stream.once("close", websocket.emitClose.bind(websocket)));
    }
    function sendAfterClose(websocket, data, cb) {
      if (data) {
        let length = isBlob(data) ? data.size : toBuffer(data).length;
        websocket._socket ? websocket._sender._bufferedBytes += length : websocket._bufferedAmount += length;
      }
      if (cb) {
        let err = new Error(
          `WebSocket is not open: readyState ${websocket.readyState} (${readyStates[websocket.readyState]})`
        );
        process.nextTick(cb, err);
      }
    }
    function receiverOnConclude(code, reason) {
      let websocket = this[kWebSocket];
      websocket._closeFrameReceived = !0, websocket._closeCode = code, reason.length === 0 ? websocket._closeMessage = EMPTY_BUFFER : (websocket._closeMessage = Buffer.allocUnsafeSlow(reason.length), websocket._closeMessage.set(reason)), websocket._socket[kWebSocket] !== void 0 && (websocket._socket.removeListener("data", socketOnData), process.nextTick(resume, websocket._socket), code === 1005 ? websocket.close() : websocket.close(code, reason));
    }
    function receiverOnDrain() {
      let websocket = this[kWebSocket];
      websocket.isPaused || websocket._socket.resume();
    }
    function receiverOnError(err) {
      let websocket = this[kWebSocket];
      websocket._socket[kWebSocket] !== void 0 && (websocket._socket.removeListener("data", socketOnData), process.nextTick(resume, websocket._socket), websocket.close(err[kStatusCode])), websocket._errorEmitted || (websocket._errorEmitted = !0, websocket.emit("error", err));
    }
    function receiverOnFinish() {
      this[kWebSocket].emitClose();
    }
    function receiverOnMessage(data, isBinary) {
      this[kWebSocket].emit("message", data, isBinary);
    }
    function receiverOnPing(data) {
      let websocket = this[kWebSocket];
      websocket._autoPong && websocket.readyState === WebSocket2.OPEN && (websocket._maxPendingAutoPongs > 0 && websocket._pendingAutoPongs >= websocket._maxPendingAutoPongs ? websocket.terminate() : (websocket._pendingAutoPongs++, websocket.pong(data, !this._isServer, websocket._autoPongComplete))), websocket.emit("ping", data);
    }
    function autoPongComplete(websocket) {
      websocket._pendingAutoPongs--;
    }
    function receiverOnPong(data) {
      this[kWebSocket].emit("pong", data);
    }
    function resume(stream) {
      stream.resume();
    }
    function senderOnError(err) {
      let websocket = this[kWebSocket];
      websocket.readyState !== WebSocket2.CLOSED && (websocket.readyState === WebSocket2.OPEN && (websocket._readyState = WebSocket2.CLOSING, setCloseTimer(websocket)), this._socket.end(), websocket._errorEmitted || (websocket._errorEmitted = !0, websocket.emit("error", err)));
    }
    function setCloseTimer(websocket) {
      websocket._closeTimer = setTimeout(
        websocket._socket.destroy.bind(websocket._socket),
        websocket._closeTimeout
      );
    }
    function socketOnClose() {
      let websocket = this[kWebSocket];
      if (this.removeListener("close", socketOnClose), this.removeListener("data", socketOnData), this.removeListener("end", socketOnEnd), websocket._readyState = WebSocket2.CLOSING, !this._readableState.endEmitted && !websocket._closeFrameReceived && !websocket._receiver._writableState.errorEmitted && this._readableState.length !== 0) {
        let chunk = this.read(this._readableState.length);
        websocket._receiver.write(chunk);
      }
      websocket._receiver.end(), this[kWebSocket] = void 0, clearTimeout(websocket._closeTimer), websocket._receiver._writableState.finished || websocket._receiver._writableState.errorEmitted ? websocket.emitClose() : (websocket._receiver.on("error", receiverOnFinish), websocket._receiver.on("finish", receiverOnFinish));
    }
    function socketOnData(chunk) {
      this[kWebSocket]._receiver.write(chunk) || this.pause();
    }
    function socketOnEnd() {
      let websocket = this[kWebSocket];
      websocket._readyState = WebSocket2.CLOSING, websocket._receiver.end(), this.end();
    }
    function socketOnError() {
      let websocket = this[kWebSocket];
      this.removeListener("error", socketOnError), this.on("error", NOOP), websocket && (websocket._readyState = WebSocket2.CLOSING, this.destroy());
    }
  }
});

// node_modules/ws/lib/stream.js
var require_stream = __commonJS({
  "node_modules/ws/lib/stream.js"(exports, module) {
    "use strict";
    var WebSocket2 = require_websocket(), { Duplex } = __require("stream");
    function emitClose(stream) {
      stream.emit("close");
    }
    function duplexOnEnd() {
      !this.destroyed && this._writableState.finished && this.destroy();
    }
    function duplexOnError(err) {
      this.removeListener("error", duplexOnError), this.destroy(), this.listenerCount("error") === 0 && this.emit("error", err);
    }
    function createWebSocketStream2(ws, options) {
      let terminateOnDestroy = !0, duplex = new Duplex({
        ...options,
        autoDestroy: !1,
        emitClose: !1,
        objectMode: !1,
        writableObjectMode: !1
      });
      return ws.on("message", function(msg, isBinary) {
        let data = !isBinary && duplex._readableState.objectMode ? msg.toString() : msg;
        duplex.push(data) || ws.pause();
      }), ws.once("error", function(err) {
        duplex.destroyed || (terminateOnDestroy = !1, duplex.destroy(err));
      }), ws.once("close", function() {
        duplex.destroyed || duplex.push(null);
      }), duplex._destroy = function(err, callback) {
        if (ws.readyState === ws.CLOSED) {
          callback(err), process.nextTick(emitClose, duplex);
          return;
        }
        let called = !1;
        ws.once("error", function(err2) {
          called = !0, callback(err2);
        }), ws.once("close", function() {
          called || callback(err), process.nextTick(emitClose, duplex);
        }), terminateOnDestroy && ws.terminate();
      }, duplex._final = function(callback) {
        if (ws.readyState === ws.CONNECTING) {
          ws.once("open", function() {
            duplex._final(callback);
          });
          return;
        }
        ws._socket !== null && (ws._socket._writableState.finished ? (callback(), duplex._readableState.endEmitted && duplex.destroy()) : (ws._socket.once("finish", function() {
          callback();
        }), ws.close()));
      }, duplex._read = function() {
        ws.isPaused && ws.resume();
      }, duplex._write = function(chunk, encoding, callback) {
        if (ws.readyState === ws.CONNECTING) {
          ws.once("open", function() {
            duplex._write(chunk, encoding, callback);
          });
          return;
        }
        ws.send(chunk, callback);
      }, duplex.on("end", duplexOnEnd), duplex.on("error", duplexOnError), duplex;
    }
    module.exports = createWebSocketStream2;
  }
});

// node_modules/ws/lib/subprotocol.js
var require_subprotocol = __commonJS({
  "node_modules/ws/lib/subprotocol.js"(exports, module) {
    "use strict";
    var { tokenChars } = require_validation();
    function parse(header) {
      let protocols = /* @__PURE__ */ new Set(), start = -1, end = -1, i = 0;
      for (i; i < header.length; i++) {
        let code = header.charCodeAt(i);
        if (end === -1 && tokenChars[code] === 1)
          start === -1 && (start = i);
        else if (i !== 0 && (code === 32 || code === 9))
          end === -1 && start !== -1 && (end = i);
        else if (code === 44) {
          if (start === -1)
            throw new SyntaxError(`Unexpected character at index ${i}`);
          end === -1 && (end = i);
          let protocol2 = header.slice(start, end);
          if (protocols.has(protocol2))
            throw new SyntaxError(`The "${protocol2}" subprotocol is duplicated`);
          protocols.add(protocol2), start = end = -1;
        } else
          throw new SyntaxError(`Unexpected character at index ${i}`);
      }
      if (start === -1 || end !== -1)
        throw new SyntaxError("Unexpected end of input");
      let protocol = header.slice(start, i);
      if (protocols.has(protocol))
        throw new SyntaxError(`The "${protocol}" subprotocol is duplicated`);
      return protocols.add(protocol), protocols;
    }
    module.exports = { parse };
  }
});

// node_modules/ws/lib/websocket-server.js
var require_websocket_server = __commonJS({
  "node_modules/ws/lib/websocket-server.js"(exports, module) {
    "use strict";
    var EventEmitter = __require("events"), http2 = __require("http"), { Duplex } = __require("stream"), { createHash } = __require("crypto"), extension2 = require_extension(), PerMessageDeflate2 = require_permessage_deflate(), subprotocol2 = require_subprotocol(), WebSocket2 = require_websocket(), { CLOSE_TIMEOUT, GUID, kWebSocket } = require_constants(), keyRegex = /^[+/0-9A-Za-z]{22}==$/, RUNNING = 0, CLOSING = 1, CLOSED = 2, WebSocketServer2 = class extends EventEmitter {
      /**
       * Create a `WebSocketServer` instance.
       *
       * @param {Object} options Configuration options
       * @param {Boolean} [options.allowSynchronousEvents=true] Specifies whether
       *     any of the `'message'`, `'ping'`, and `'pong'` events can be emitted
       *     multiple times in the same tick
       * @param {Boolean} [options.autoPong=true] Specifies whether or not to
       *     automatically send a pong in response to a ping
       * @param {Number} [options.backlog=511] The maximum length of the queue of
       *     pending connections
       * @param {Boolean} [options.clientTracking=true] Specifies whether or not to
       *     track clients
       * @param {Number} [options.closeTimeout=30000] Duration in milliseconds to
       *     wait for the closing handshake to finish after `websocket.close()` is
       *     called
       * @param {Function} [options.handleProtocols] A hook to handle protocols
       * @param {String} [options.host] The hostname where to bind the server
       * @param {Number} [options.maxBufferedChunks=262144] The maximum number of
       *     buffered data chunks
       * @param {Number} [options.maxFragments=16384] The maximum number of message
       *     fragments
       * @param {Number} [options.maxPayload=104857600] The maximum allowed message
       *     size
       * @param {Number} [options.maxPendingAutoPongs=60] The maximum number of
       *     pending automatic pongs
       * @param {Boolean} [options.noServer=false] Enable no server mode
       * @param {String} [options.path] Accept only connections matching this path
       * @param {(Boolean|Object)} [options.perMessageDeflate=false] Enable/disable
       *     permessage-deflate
       * @param {Number} [options.port] The port where to bind the server
       * @param {(http.Server|https.Server)} [options.server] A pre-created HTTP/S
       *     server to use
       * @param {Boolean} [options.skipUTF8Validation=false] Specifies whether or
       *     not to skip UTF-8 validation for text and close messages
       * @param {Function} [options.verifyClient] A hook to reject connections
       * @param {Function} [options.WebSocket=WebSocket] Specifies the `WebSocket`
       *     class to use. It must be the `WebSocket` class or class that extends it
       * @param {Function} [callback] A listener for the `listening` event
       */
      constructor(options, callback) {
        if (super(), options = {
          allowSynchronousEvents: !0,
          autoPong: !0,
          maxBufferedChunks: 256 * 1024,
          maxFragments: 16 * 1024,
          maxPayload: 100 * 1024 * 1024,
          maxPendingAutoPongs: 60,
          skipUTF8Validation: !1,
          perMessageDeflate: !1,
          handleProtocols: null,
          clientTracking: !0,
          closeTimeout: CLOSE_TIMEOUT,
          verifyClient: null,
          noServer: !1,
          backlog: null,
          // use default (511 as implemented in net.js)
          server: null,
          host: null,
          path: null,
          port: null,
          WebSocket: WebSocket2,
          ...options
        }, options.port == null && !options.server && !options.noServer || options.port != null && (options.server || options.noServer) || options.server && options.noServer)
          throw new TypeError(
            'One and only one of the "port", "server", or "noServer" options must be specified'
          );
        if (options.port != null ? (this._server = http2.createServer((req, res) => {
          let body = http2.STATUS_CODES[426];
          res.writeHead(426, {
            "Content-Length": body.length,
            "Content-Type": "text/plain"
          }), res.end(body);
        }), this._server.listen(
          options.port,
          options.host,
          options.backlog,
          callback
        )) : options.server && (this._server = options.server), this._server) {
          let emitConnection = this.emit.bind(this, "connection");
          this._removeListeners = addListeners(this._server, {
            listening: this.emit.bind(this, "listening"),
            error: this.emit.bind(this, "error"),
            upgrade: (req, socket, head) => {
              this.handleUpgrade(req, socket, head, emitConnection);
            }
          });
        }
        options.perMessageDeflate === !0 && (options.perMessageDeflate = {}), options.clientTracking && (this.clients = /* @__PURE__ */ new Set(), this._shouldEmitClose = !1), this.options = options, this._state = RUNNING;
      }
      /**
       * Returns the bound address, the address family name, and port of the server
       * as reported by the operating system if listening on an IP socket.
       * If the server is listening on a pipe or UNIX domain socket, the name is
       * returned as a string.
       *
       * @return {(Object|String|null)} The address of the server
       * @public
       */
      address() {
        if (this.options.noServer)
          throw new Error('The server is operating in "noServer" mode');
        return this._server ? this._server.address() : null;
      }
      /**
       * Stop the server from accepting new connections and emit the `'close'` event
       * when all existing connections are closed.
       *
       * @param {Function} [cb] A one-time listener for the `'close'` event
       * @public
       */
      close(cb) {
        if (this._state === CLOSED) {
          cb && this.once("close", () => {
            cb(new Error("The server is not running"));
          }), process.nextTick(emitClose, this);
          return;
        }
        if (cb && this.once("close", cb), this._state !== CLOSING)
          if (this._state = CLOSING, this.options.noServer || this.options.server)
            this._server && (this._removeListeners(), this._removeListeners = this._server = null), this.clients ? this.clients.size ? this._shouldEmitClose = !0 : process.nextTick(emitClose, this) : process.nextTick(emitClose, this);
          else {
            let server = this._server;
            this._removeListeners(), this._removeListeners = this._server = null, server.close(() => {
              emitClose(this);
            });
          }
      }
      /**
       * See if a given request should be handled by this server instance.
       *
       * @param {http.IncomingMessage} req Request object to inspect
       * @return {Boolean} `true` if the request is valid, else `false`
       * @public
       */
      shouldHandle(req) {
        if (this.options.path) {
          let index = req.url.indexOf("?");
          if ((index !== -1 ? req.url.slice(0, index) : req.url) !== this.options.path) return !1;
        }
        return !0;
      }
      /**
       * Handle a HTTP Upgrade request.
       *
       * @param {http.IncomingMessage} req The request object
       * @param {Duplex} socket The network socket between the server and client
       * @param {Buffer} head The first packet of the upgraded stream
       * @param {Function} cb Callback
       * @public
       */
      handleUpgrade(req, socket, head, cb) {
        socket.on("error", socketOnError);
        let key = req.headers["sec-websocket-key"], upgrade = req.headers.upgrade, version = +req.headers["sec-websocket-version"];
        if (req.method !== "GET") {
          abortHandshakeOrEmitwsClientError(this, req, socket, 405, "Invalid HTTP method");
          return;
        }
        if (upgrade === void 0 || upgrade.toLowerCase() !== "websocket") {
          abortHandshakeOrEmitwsClientError(this, req, socket, 400, "Invalid Upgrade header");
          return;
        }
        if (key === void 0 || !keyRegex.test(key)) {
          abortHandshakeOrEmitwsClientError(this, req, socket, 400, "Missing or invalid Sec-WebSocket-Key header");
          return;
        }
        if (version !== 13 && version !== 8) {
          abortHandshakeOrEmitwsClientError(this, req, socket, 400, "Missing or invalid Sec-WebSocket-Version header", {
            "Sec-WebSocket-Version": "13, 8"
          });
          return;
        }
        if (!this.shouldHandle(req)) {
          abortHandshake(socket, 400);
          return;
        }
        let secWebSocketProtocol = req.headers["sec-websocket-protocol"], protocols = /* @__PURE__ */ new Set();
        if (secWebSocketProtocol !== void 0)
          try {
            protocols = subprotocol2.parse(secWebSocketProtocol);
          } catch {
            abortHandshakeOrEmitwsClientError(this, req, socket, 400, "Invalid Sec-WebSocket-Protocol header");
            return;
          }
        let secWebSocketExtensions = req.headers["sec-websocket-extensions"], extensions = {};
        if (this.options.perMessageDeflate && secWebSocketExtensions !== void 0) {
          let perMessageDeflate = new PerMessageDeflate2({
            ...this.options.perMessageDeflate,
            isServer: !0,
            maxPayload: this.options.maxPayload
          });
          try {
            let offers = extension2.parse(secWebSocketExtensions);
            offers[PerMessageDeflate2.extensionName] && (perMessageDeflate.accept(offers[PerMessageDeflate2.extensionName]), extensions[PerMessageDeflate2.extensionName] = perMessageDeflate);
          } catch {
            abortHandshakeOrEmitwsClientError(this, req, socket, 400, "Invalid or unacceptable Sec-WebSocket-Extensions header");
            return;
          }
        }
        if (this.options.verifyClient) {
          let info = {
            origin: req.headers[`${version === 8 ? "sec-websocket-origin" : "origin"}`],
            secure: !!(req.socket.authorized || req.socket.encrypted),
            req
          };
          if (this.options.verifyClient.length === 2) {
            this.options.verifyClient(info, (verified, code, message, headers) => {
              if (!verified)
                return abortHandshake(socket, code || 401, message, headers);
              this.completeUpgrade(
                extensions,
                key,
                protocols,
                req,
                socket,
                head,
                cb
              );
            });
            return;
          }
          if (!this.options.verifyClient(info)) return abortHandshake(socket, 401);
        }
        this.completeUpgrade(extensions, key, protocols, req, socket, head, cb);
      }
      /**
       * Upgrade the connection to WebSocket.
       *
       * @param {Object} extensions The accepted extensions
       * @param {String} key The value of the `Sec-WebSocket-Key` header
       * @param {Set} protocols The subprotocols
       * @param {http.IncomingMessage} req The request object
       * @param {Duplex} socket The network socket between the server and client
       * @param {Buffer} head The first packet of the upgraded stream
       * @param {Function} cb Callback
       * @throws {Error} If called more than once with the same socket
       * @private
       */
      completeUpgrade(extensions, key, protocols, req, socket, head, cb) {
        if (!socket.readable || !socket.writable) return socket.destroy();
        if (socket[kWebSocket])
          throw new Error(
            "server.handleUpgrade() was called more than once with the same socket, possibly due to a misconfiguration"
          );
        if (this._state > RUNNING) return abortHandshake(socket, 503);
        let headers = [
          "HTTP/1.1 101 Switching Protocols",
          "Upgrade: websocket",
          "Connection: Upgrade",
          `Sec-WebSocket-Accept: ${createHash("sha1").update(key + GUID).digest("base64")}`
        ], ws = new this.options.WebSocket(null, void 0, this.options);
        if (protocols.size) {
          let protocol = this.options.handleProtocols ? this.options.handleProtocols(protocols, req) : protocols.values().next().value;
          protocol && (headers.push(`Sec-WebSocket-Protocol: ${protocol}`), ws._protocol = protocol);
        }
        if (extensions[PerMessageDeflate2.extensionName]) {
          let params = extensions[PerMessageDeflate2.extensionName].params, value = extension2.format({
            [PerMessageDeflate2.extensionName]: [params]
          });
          headers.push(`Sec-WebSocket-Extensions: ${value}`), ws._extensions = extensions;
        }
        this.emit("headers", headers, req), socket.write(headers.concat(`\r
`).join(`\r
`)), socket.removeListener("error", socketOnError), ws.setSocket(socket, head, {
          allowSynchronousEvents: this.options.allowSynchronousEvents,
          maxBufferedChunks: this.options.maxBufferedChunks,
          maxFragments: this.options.maxFragments,
          maxPayload: this.options.maxPayload,
          skipUTF8Validation: this.options.skipUTF8Validation
        }), this.clients && (this.clients.add(ws), ws.on("close", () => {
          this.clients.delete(ws), this._shouldEmitClose && !this.clients.size && process.nextTick(emitClose, this);
        })), cb(ws, req);
      }
    };
    module.exports = WebSocketServer2;
    function addListeners(server, map) {
      for (let event of Object.keys(map)) server.on(event, map[event]);
      return function() {
        for (let event of Object.keys(map))
          server.removeListener(event, map[event]);
      };
    }
    function emitClose(server) {
      server._state = CLOSED, server.emit("close");
    }
    function socketOnError() {
      this.destroy();
    }
    function abortHandshake(socket, code, message, headers) {
      message = message || http2.STATUS_CODES[code], headers = {
        Connection: "close",
        "Content-Type": "text/html",
        "Content-Length": Buffer.byteLength(message),
        ...headers
      }, socket.once("finish", socket.destroy), socket.end(
        `HTTP/1.1 ${code} ${http2.STATUS_CODES[code]}\r
` + Object.keys(headers).map((h) => `${h}: ${headers[h]}`).join(`\r
`) + `\r
\r
` + message
      );
    }
    function abortHandshakeOrEmitwsClientError(server, req, socket, code, message, headers) {
      if (server.listenerCount("wsClientError")) {
        let err = new Error(message);
        Error.captureStackTrace(err, abortHandshakeOrEmitwsClientError), server.emit("wsClientError", err, socket, req);
      } else
        abortHandshake(socket, code, message, headers);
    }
  }
});

// src/live/kube/kubeconfig.ts
import { readFileSync, existsSync } from "node:fs";
import { homedir } from "node:os";
import { dirname, isAbsolute, resolve, delimiter } from "node:path";
var KubeconfigError = class extends Error {
  name = "KubeconfigError";
}, SA_DIR = "/var/run/secrets/kubernetes.io/serviceaccount";
function asObj(v) {
  return v !== null && typeof v == "object" && !Array.isArray(v) ? v : {};
}
function str(v) {
  return typeof v == "string" && v !== "" ? v : void 0;
}
function kubeconfigFiles(opts) {
  if (opts.kubeconfig) return [resolve(opts.kubeconfig)];
  let env = opts.env ?? process.env;
  if (env.KUBECONFIG)
    return env.KUBECONFIG.split(delimiter).filter((f) => f !== "").map((f) => resolve(f));
  let home = env.HOME ?? homedir();
  return [resolve(home, ".kube", "config")];
}
function loadKubeconfig(opts = {}) {
  let explicit = opts.kubeconfig !== void 0, merged = { files: [], clusters: /* @__PURE__ */ new Map(), users: /* @__PURE__ */ new Map(), contexts: /* @__PURE__ */ new Map() };
  for (let file of kubeconfigFiles(opts)) {
    if (!existsSync(file)) {
      if (explicit) throw new KubeconfigError(`kubeconfig ${file} does not exist`);
      continue;
    }
    let doc;
    try {
      doc = asObj(yamlLib().parse(readFileSync(file, "utf8")));
    } catch (err) {
      throw new KubeconfigError(`kubeconfig ${file} is not valid YAML: ${err.message}`);
    }
    merged.files.push(file);
    let baseDir = dirname(file);
    merged.currentContext ??= str(doc["current-context"]);
    for (let [section, key] of [["clusters", "cluster"], ["users", "user"], ["contexts", "context"]]) {
      let list = Array.isArray(doc[section]) ? doc[section] : [];
      for (let entry of list) {
        let name = str(asObj(entry).name);
        name && !merged[section].has(name) && merged[section].set(name, { value: asObj(asObj(entry)[key]), baseDir, file });
      }
    }
  }
  return merged;
}
function readPath(base, p) {
  let full = isAbsolute(p) ? p : resolve(base, p);
  try {
    return readFileSync(full);
  } catch (err) {
    throw new KubeconfigError(`cannot read ${full}: ${err.code ?? err.message}`);
  }
}
function fileOrData(o, fileKey, dataKey, base) {
  let data = str(o[dataKey]);
  if (data) return Buffer.from(data, "base64");
  let file = str(o[fileKey]);
  return file ? readPath(base, file) : void 0;
}
function execConfig(o, baseDir) {
  let exec = asObj(o.exec), command = str(exec.command);
  if (!command) return;
  let apiVersion = str(exec.apiVersion) ?? "";
  if (!/^client\.authentication\.k8s\.io\/(v1|v1beta1)$/.test(apiVersion))
    throw new KubeconfigError(`exec plugin ${command}: unsupported apiVersion "${apiVersion}" (want client.authentication.k8s.io/v1 or v1beta1)`);
  let env = (Array.isArray(exec.env) ? exec.env : []).map((e) => ({
    name: String(asObj(e).name ?? ""),
    value: String(asObj(e).value ?? "")
  }));
  return {
    apiVersion,
    command,
    args: (Array.isArray(exec.args) ? exec.args : []).map(String),
    env,
    interactiveMode: str(exec.interactiveMode),
    provideClusterInfo: exec.provideClusterInfo === !0,
    baseDir
  };
}
function inCluster(opts) {
  let env = opts.env ?? process.env, host = env.KUBERNETES_SERVICE_HOST, port = env.KUBERNETES_SERVICE_PORT, dir = opts.serviceAccountDir ?? SA_DIR;
  if (!host || !port || !existsSync(resolve(dir, "token")))
    throw new KubeconfigError(
      `no kubeconfig found (${kubeconfigFiles(opts).join(", ")}) and not running in a cluster (KUBERNETES_SERVICE_HOST unset or ${dir}/token missing)`
    );
  return {
    server: `https://${host.includes(":") ? `[${host}]` : host}:${port}`,
    origin: `in-cluster service account (${dir})`,
    ca: existsSync(resolve(dir, "ca.crt")) ? readFileSync(resolve(dir, "ca.crt")) : void 0,
    insecureSkipTLSVerify: !1,
    tokenFile: resolve(dir, "token"),
    // re-read on each request: projected tokens rotate
    impersonate: impersonation(opts),
    timeoutMs: opts.timeoutMs ?? 3e4
  };
}
function impersonation(opts) {
  if (!(!opts.asUser && !opts.asGroups?.length)) {
    if (!opts.asUser) throw new KubeconfigError("--as-group needs --as (as kubectl: impersonating groups requires a user)");
    return { user: opts.asUser, groups: opts.asGroups ?? [] };
  }
}
function resolveConnection(opts = {}) {
  let merged = loadKubeconfig(opts);
  if (merged.files.length === 0 && !opts.kubeconfig) return inCluster(opts);
  let ctxName = opts.context ?? merged.currentContext;
  if (!ctxName) throw new KubeconfigError(`no current-context in ${merged.files.join(", ")}; pass --context`);
  let ctx = merged.contexts.get(ctxName);
  if (!ctx) {
    let known = [...merged.contexts.keys()].join(", ") || "none";
    throw new KubeconfigError(`context "${ctxName}" not found in ${merged.files.join(", ")} (known: ${known})`);
  }
  let clusterName = str(ctx.value.cluster), cluster = clusterName ? merged.clusters.get(clusterName) : void 0;
  if (!cluster) throw new KubeconfigError(`context "${ctxName}" names cluster "${clusterName ?? ""}", which is not defined`);
  let server = str(cluster.value.server);
  if (!server) throw new KubeconfigError(`cluster "${clusterName}" has no server`);
  let userName = str(ctx.value.user), user = userName ? merged.users.get(userName) : void 0;
  if (userName && !user) throw new KubeconfigError(`context "${ctxName}" names user "${userName}", which is not defined`);
  let u = user?.value ?? {}, ubase = user?.baseDir ?? cluster.baseDir, tokenFile = str(u.tokenFile), conn = {
    server: server.replace(/\/+$/, ""),
    origin: `context "${ctxName}" in ${ctx.file}`,
    ca: fileOrData(cluster.value, "certificate-authority", "certificate-authority-data", cluster.baseDir),
    insecureSkipTLSVerify: cluster.value["insecure-skip-tls-verify"] === !0,
    tlsServerName: str(cluster.value["tls-server-name"]),
    clientCert: fileOrData(u, "client-certificate", "client-certificate-data", ubase),
    clientKey: fileOrData(u, "client-key", "client-key-data", ubase),
    token: str(u.token),
    tokenFile: tokenFile ? isAbsolute(tokenFile) ? tokenFile : resolve(ubase, tokenFile) : void 0,
    exec: execConfig(u, ubase),
    impersonate: impersonation({ asUser: opts.asUser ?? str(u.as), asGroups: opts.asGroups ?? (Array.isArray(u["as-groups"]) ? u["as-groups"].map(String) : void 0) }),
    timeoutMs: opts.timeoutMs ?? 3e4
  };
  if (!server.startsWith("https://") && !server.startsWith("http://"))
    throw new KubeconfigError(`cluster "${clusterName}" server "${server}" is not an http(s) URL`);
  return conn;
}

// src/live/kube/errors.ts
import { STATUS_CODES } from "node:http";
var LiveError = class extends Error {
  constructor(kind, message, httpStatus, kubeStatus, context) {
    super(message);
    this.kind = kind;
    this.httpStatus = httpStatus;
    this.kubeStatus = kubeStatus;
    this.context = context;
  }
  kind;
  httpStatus;
  kubeStatus;
  context;
  name = "LiveError";
}, TLS_UNKNOWN_CA = /* @__PURE__ */ new Set([
  "UNABLE_TO_VERIFY_LEAF_SIGNATURE",
  "SELF_SIGNED_CERT_IN_CHAIN",
  "DEPTH_ZERO_SELF_SIGNED_CERT",
  "UNABLE_TO_GET_ISSUER_CERT_LOCALLY",
  "UNABLE_TO_GET_ISSUER_CERT"
]);
function fromNetworkError(err, server) {
  if (err instanceof LiveError) return err;
  let e = err, code = e.code ?? "", detail = e.message || code || "unknown error";
  return code === "ENOTFOUND" || code === "EAI_AGAIN" ? new LiveError("dns", `cannot resolve the API server host in ${server} (DNS: ${code})`) : code === "ECONNREFUSED" ? new LiveError("refused", `connection to ${server} refused: nothing listens there (${detail})`) : code === "ECONNRESET" || code === "EPIPE" ? new LiveError("reset", `connection to ${server} was reset (${detail})`) : code === "ETIMEDOUT" ? new LiveError("timeout", `connection to ${server} timed out`) : TLS_UNKNOWN_CA.has(code) ? new LiveError("tls-unknown-ca", `TLS: the certificate of ${server} is signed by an unknown authority (${code}); set certificate-authority(-data) for this cluster`) : code === "ERR_TLS_CERT_ALTNAME_INVALID" ? new LiveError("tls-name-mismatch", `TLS: the certificate of ${server} is not valid for this name (${e.reason ?? detail}); fix the server URL or set tls-server-name`) : code === "CERT_HAS_EXPIRED" ? new LiveError("tls-expired", `TLS: the certificate of ${server} has expired`) : code.startsWith("ERR_SSL") || code.startsWith("ERR_TLS") || /certificate|ssl|tls/i.test(detail) ? new LiveError("tls", `TLS handshake with ${server} failed: ${detail}`) : new LiveError("protocol", `request to ${server} failed: ${detail}${code && !detail.includes(code) ? ` (${code})` : ""}`);
}
function kindForStatus(code) {
  return code === 401 ? "unauthorized" : code === 403 ? "forbidden" : code === 404 ? "not-found" : code === 400 ? "bad-request" : "http";
}
function parseStatus(body) {
  try {
    let v = JSON.parse(body);
    return v && v.kind === "Status" ? v : void 0;
  } catch {
    return;
  }
}
function fromHttpResponse(code, body, what) {
  let status = parseStatus(body), text = status?.message || body.trim().slice(0, 1e3) || "(empty response body)", reason = STATUS_CODES[code] ?? "HTTP error";
  return new LiveError(kindForStatus(code), `${code} ${reason}: ${text}`, code, status, what);
}

// src/live/kube/http.ts
import https from "node:https";
import http from "node:http";
import { readFile } from "node:fs/promises";

// src/live/kube/exec-plugin.ts
import { spawn } from "node:child_process";
import { isAbsolute as isAbsolute2, resolve as resolve2 } from "node:path";
var ExecPluginError = class extends Error {
  name = "ExecPluginError";
}, cache = /* @__PURE__ */ new Map();
function cacheKey(cfg, server) {
  return JSON.stringify([cfg.command, cfg.args, cfg.env, cfg.apiVersion, server]);
}
function invalidateExecCredential(cfg, server) {
  cache.delete(cacheKey(cfg, server));
}
function resolveCommand(cfg) {
  return cfg.command.includes("/") && !isAbsolute2(cfg.command) ? resolve2(cfg.baseDir, cfg.command) : cfg.command;
}
function parseCredential(cfg, stdout) {
  let obj;
  try {
    obj = JSON.parse(stdout);
  } catch {
    throw new ExecPluginError(`exec plugin ${cfg.command} printed no valid ExecCredential JSON`);
  }
  if (obj.kind !== "ExecCredential") throw new ExecPluginError(`exec plugin ${cfg.command} printed kind "${String(obj.kind)}", want ExecCredential`);
  if (obj.apiVersion !== cfg.apiVersion)
    throw new ExecPluginError(`exec plugin ${cfg.command} answered ${String(obj.apiVersion)}, but the kubeconfig asked for ${cfg.apiVersion}`);
  let status = obj.status ?? {}, token = typeof status.token == "string" && status.token !== "" ? status.token : void 0, cert = typeof status.clientCertificateData == "string" ? status.clientCertificateData : void 0, key = typeof status.clientKeyData == "string" ? status.clientKeyData : void 0;
  if (!token && !(cert && key))
    throw new ExecPluginError(`exec plugin ${cfg.command}: status has neither a token nor clientCertificateData + clientKeyData`);
  if (cert && !key || key && !cert) throw new ExecPluginError(`exec plugin ${cfg.command}: a client certificate needs both certificate and key`);
  let exp = typeof status.expirationTimestamp == "string" ? Date.parse(status.expirationTimestamp) : void 0;
  return {
    token,
    clientCert: cert ? Buffer.from(cert) : void 0,
    clientKey: key ? Buffer.from(key) : void 0,
    expiresAt: exp !== void 0 && !Number.isNaN(exp) ? exp : void 0
  };
}
async function getExecCredential(cfg, cluster, timeoutMs, now = Date.now) {
  let key = cacheKey(cfg, cluster.server), hit = cache.get(key);
  if (hit && (hit.expiresAt === void 0 || hit.expiresAt > now())) return hit;
  let spec = { interactive: !1 };
  cfg.provideClusterInfo && (spec.cluster = cluster);
  let execInfo = JSON.stringify({ apiVersion: cfg.apiVersion, kind: "ExecCredential", spec }), env = { ...process.env, KUBERNETES_EXEC_INFO: execInfo };
  for (let e of cfg.env) env[e.name] = e.value;
  let command = resolveCommand(cfg), stdout = await runPlugin(command, cfg.args, env, timeoutMs), cred = parseCredential(cfg, stdout);
  return cache.set(key, cred), cred;
}
var MAX_PLUGIN_OUTPUT = 1 << 20;
function runPlugin(command, args, env, timeoutMs) {
  return new Promise((ok, fail) => {
    let group = process.platform !== "win32", child = spawn(command, [...args], { env, stdio: ["ignore", "pipe", "pipe"], detached: group, windowsHide: !0 }), out = [], err = [], outSize = 0, errSize = 0, settled = !1, exit, closed = !1, killTree = () => {
      try {
        group && child.pid !== void 0 ? process.kill(-child.pid, "SIGKILL") : child.kill("SIGKILL");
      } catch {
      }
    }, settle = (e) => {
      settled || (settled = !0, clearTimeout(timer), e ? fail(e) : ok(Buffer.concat(out).toString("utf8")));
    }, stderrText = () => {
      let t = Buffer.concat(err).toString("utf8").trim();
      return t ? `: ${t.slice(0, 500)}` : "";
    }, timer = setTimeout(() => {
      killTree(), settle(new ExecPluginError(`exec plugin ${command} timed out after ${timeoutMs} ms (it and every process it started were killed)${stderrText()}`));
    }, timeoutMs), maybeDone = () => {
      !exit || !closed || (killTree(), exit.code === 0 ? settle(void 0) : settle(new ExecPluginError(`exec plugin ${command} ${exit.signal ? `was killed by ${exit.signal}` : `exited with ${String(exit.code)}`}${stderrText()}`)));
    };
    child.stdout.on("data", (c) => {
      outSize += c.length, outSize > MAX_PLUGIN_OUTPUT ? (killTree(), settle(new ExecPluginError(`exec plugin ${command} printed more than ${MAX_PLUGIN_OUTPUT} bytes; it was killed`))) : out.push(c);
    }), child.stderr.on("data", (c) => {
      errSize < 64 * 1024 && err.push(c), errSize += c.length;
    }), child.on("error", (e) => {
      killTree(), settle(new ExecPluginError(`exec plugin ${command} ${e.code === "ENOENT" ? "not found" : `could not be started (${e.code ?? e.message})`}`));
    }), child.on("exit", (code, signal) => {
      exit = { code, signal }, maybeDone();
    }), child.stdout.on("close", () => {
      closed = !0, maybeDone();
    });
  });
}

// src/live/kube/paths.ts
var DNS1123_LABEL = /^[a-z0-9](?:[-a-z0-9]*[a-z0-9])?$/, DNS1035_LABEL = /^[a-z](?:[-a-z0-9]*[a-z0-9])?$/, isDns1123Label = (s) => s.length <= 63 && DNS1123_LABEL.test(s), isDns1035Label = (s) => s.length <= 63 && DNS1035_LABEL.test(s), isDns1123Subdomain = (s) => s.length > 0 && s.length <= 253 && s.split(".").every((l) => l.length > 0 && DNS1123_LABEL.test(l)), isPathSegmentName = (s) => s.length > 0 && s !== "." && s !== ".." && !s.includes("/") && !s.includes("%"), CHECK = {
  "DNS-1123 label": isDns1123Label,
  "DNS-1123 subdomain": isDns1123Subdomain,
  "DNS-1035 label": isDns1035Label,
  "path segment name": isPathSegmentName
}, PATH_SEGMENT_KINDS = /* @__PURE__ */ new Set(["Role", "ClusterRole", "RoleBinding", "ClusterRoleBinding"]);
function nameSyntax(kind) {
  return kind === "Namespace" ? "DNS-1123 label" : PATH_SEGMENT_KINDS.has(kind) ? "path segment name" : "DNS-1123 subdomain";
}
function checkSegment(field, value, syntax) {
  return CHECK[syntax](value) ? void 0 : { field, value, syntax };
}
function checkApiVersion(apiVersion) {
  let slash = apiVersion.indexOf("/");
  return slash === -1 ? checkSegment("apiVersion", apiVersion, "DNS-1035 label") : checkSegment("apiVersion", apiVersion.slice(0, slash), "DNS-1123 subdomain") ?? checkSegment("apiVersion", apiVersion.slice(slash + 1), "DNS-1035 label");
}
function checkKind(kind) {
  return checkSegment("kind", kind.toLowerCase(), "DNS-1035 label") ? { field: "kind", value: kind, syntax: "DNS-1035 label" } : void 0;
}
function checkObjectIdentity(o) {
  return checkApiVersion(o.apiVersion) ?? checkKind(o.kind) ?? (o.namespace !== void 0 ? checkSegment("metadata.namespace", o.namespace, "DNS-1123 label") : void 0) ?? (o.name !== void 0 ? checkSegment("metadata.name", o.name, nameSyntax(o.kind)) : void 0);
}
function describeInvalid(bad) {
  return `${bad.field} ${JSON.stringify(bad.value.length > 80 ? bad.value.slice(0, 80) + "\u2026" : bad.value)} is not a valid ${bad.syntax}`;
}
var lit = (value) => ({ value, syntax: "literal" }), seg = (field, value, syntax) => ({ field, value, syntax });
function apiPath(segments, query) {
  let parts = segments.map((s) => {
    if (s.syntax !== "literal") {
      let bad = checkSegment(s.field ?? "segment", s.value, s.syntax);
      if (bad) throw new LiveError("config", `${describeInvalid(bad)}: no request was sent`);
    }
    return encodeURIComponent(s.value);
  }), q = query?.toString();
  return "/" + parts.join("/") + (q ? `?${q}` : "");
}
function groupVersionSegments(apiVersion) {
  let slash = apiVersion.indexOf("/");
  return slash === -1 ? [lit("api"), seg("apiVersion", apiVersion, "DNS-1035 label")] : [lit("apis"), seg("apiVersion", apiVersion.slice(0, slash), "DNS-1123 subdomain"), seg("apiVersion", apiVersion.slice(slash + 1), "DNS-1035 label")];
}
function assertSafePath(path) {
  let q = path.indexOf("?"), p = q === -1 ? path : path.slice(0, q), dotOrSlash = (s) => {
    let d = s.replace(/%2e/gi, ".");
    return d === "" || d === "." || d === ".." || /%2f|%5c/i.test(s);
  };
  if (!p.startsWith("/") || /[^\x21-\x7e]/.test(path) || path.includes("#") || p !== "/" && p.slice(1).split("/").some(dotOrSlash)) throw new LiveError("config", `refusing to send a request with an unsafe path: ${JSON.stringify(path.slice(0, 200))}`);
}

// src/live/kube/http.ts
function tlsOptions(conn, cred) {
  return {
    ca: conn.ca,
    cert: cred?.clientCert ?? conn.clientCert,
    key: cred?.clientKey ?? conn.clientKey,
    rejectUnauthorized: !conn.insecureSkipTLSVerify,
    // Node checks the certificate against servername when given: this is tls-server-name.
    servername: conn.tlsServerName
  };
}
async function credentials(conn) {
  let headers = {}, clientCert, clientKey, token = conn.token;
  if (!token && conn.tokenFile)
    try {
      token = (await readFile(conn.tokenFile, "utf8")).trim();
    } catch (err) {
      throw new LiveError("credentials", `cannot read tokenFile ${conn.tokenFile}: ${err.code ?? String(err)}`);
    }
  if (!token && conn.exec) {
    let cred = await getExecCredential(
      conn.exec,
      {
        server: conn.server,
        "tls-server-name": conn.tlsServerName,
        "insecure-skip-tls-verify": conn.insecureSkipTLSVerify || void 0,
        "certificate-authority-data": conn.ca?.toString("base64")
      },
      conn.timeoutMs
    ).catch((err) => {
      throw new LiveError("credentials", err.message);
    });
    token = cred.token, clientCert = cred.clientCert, clientKey = cred.clientKey;
  }
  return token && (headers.Authorization = `Bearer ${token}`), conn.impersonate && (headers["Impersonate-User"] = conn.impersonate.user, conn.impersonate.groups.length && (headers["Impersonate-Group"] = conn.impersonate.groups)), { headers, clientCert, clientKey };
}
var MAX_RESPONSE_BYTES = 64 * 1024 * 1024;
function once(conn, spec, cred) {
  assertSafePath(spec.path);
  let url = new URL(conn.server + spec.path), payload = spec.body === void 0 ? void 0 : Buffer.from(JSON.stringify(spec.body)), headers = { Accept: "application/json", "User-Agent": "leastpriv-verify", ...cred.headers };
  payload && (headers["Content-Type"] = "application/json", headers["Content-Length"] = payload.length);
  let lib = url.protocol === "http:" ? http : https, maxBytes = spec.maxBytes ?? MAX_RESPONSE_BYTES;
  return new Promise((ok, fail) => {
    let deadline = setTimeout(
      () => req.destroy(new LiveError("timeout", `${spec.what}: no answer from ${conn.server} within ${conn.timeoutMs} ms (the deadline of the whole request)`)),
      conn.timeoutMs
    ), done = (f) => (x) => {
      clearTimeout(deadline), f(x);
    }, resolve3 = done(ok), reject = done(fail), req = lib.request(
      url,
      { method: spec.method, headers, timeout: conn.timeoutMs, agent: !1, ...tlsOptions(conn, cred) },
      (res) => {
        let chunks = [], size = 0;
        res.on("data", (c) => {
          if (size += c.length, size > maxBytes) {
            req.destroy(new LiveError("protocol", `${spec.what}: the answer from ${conn.server} is larger than ${maxBytes} bytes; not read further`));
            return;
          }
          chunks.push(c);
        }), res.on("end", () => resolve3({ code: res.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8") })), res.on("error", (err) => reject(err instanceof LiveError ? err : fromNetworkError(err, conn.server)));
      }
    );
    req.on("timeout", () => req.destroy(new LiveError("timeout", `${spec.what}: no answer from ${conn.server} within ${conn.timeoutMs} ms`))), req.on("error", (err) => reject(err instanceof LiveError ? err : fromNetworkError(err, conn.server))), req.end(payload);
  });
}
async function requestJson(conn, spec) {
  let res = await once(conn, spec, await credentials(conn));
  if (res.code === 401 && conn.exec && !conn.token && (invalidateExecCredential(conn.exec, conn.server), res = await once(conn, spec, await credentials(conn))), res.code < 200 || res.code >= 300) throw fromHttpResponse(res.code, res.body, spec.what);
  try {
    return JSON.parse(res.body);
  } catch {
    throw new LiveError("protocol", `${spec.what}: the answer is not JSON (${res.body.slice(0, 200)})`, res.code);
  }
}

// src/live/access/review.ts
function subjectIdentity(subject) {
  if (subject.kind === "ServiceAccount") {
    let ns = subject.namespace ?? "default";
    return { user: `system:serviceaccount:${ns}:${subject.name}`, groups: [...serviceAccountGroups(ns), ALL_AUTHENTICATED] };
  }
  return subject.kind === "Group" ? { groups: [subject.name] } : { user: subject.name, groups: [ALL_AUTHENTICATED] };
}
function describeAttributes(a) {
  let res = a.subresource ? `${a.resource}/${a.subresource}` : a.resource, grp = a.group ? `.${a.group}` : "";
  return `${a.verb} ${res}${grp}${a.name ? ` "${a.name}"` : ""}${a.namespace ? ` in namespace ${a.namespace}` : " cluster-wide"}`;
}
function cleanAttributes(a) {
  let out = { verb: a.verb, group: a.group, resource: a.resource };
  return a.namespace && (out.namespace = a.namespace), a.subresource && (out.subresource = a.subresource), a.name && (out.name = a.name), out;
}
async function reviewAccess(conn, subject, attrs, mode = "subject") {
  let id = subjectIdentity(subject), what = `review "${describeAttributes(attrs)}" for ${subject.kind} ${subject.namespace ? `${subject.namespace}/` : ""}${subject.name}`, res;
  if (mode === "subject")
    res = await requestJson(conn, {
      method: "POST",
      path: "/apis/authorization.k8s.io/v1/subjectaccessreviews",
      what,
      body: {
        apiVersion: "authorization.k8s.io/v1",
        kind: "SubjectAccessReview",
        spec: { ...id.user ? { user: id.user } : {}, groups: id.groups, resourceAttributes: cleanAttributes(attrs) }
      }
    });
  else {
    if (!id.user) throw new Error("a Group cannot be impersonated without a user; use a SubjectAccessReview");
    let impersonated = { ...conn, impersonate: { user: id.user, groups: id.groups.filter((g) => g !== ALL_AUTHENTICATED) } };
    res = await requestJson(impersonated, {
      method: "POST",
      path: "/apis/authorization.k8s.io/v1/selfsubjectaccessreviews",
      what,
      body: { apiVersion: "authorization.k8s.io/v1", kind: "SelfSubjectAccessReview", spec: { resourceAttributes: cleanAttributes(attrs) } }
    });
  }
  let st = res.status ?? {};
  return {
    allowed: st.allowed === !0,
    denied: st.denied === !0,
    reason: st.reason ?? "",
    evaluationError: st.evaluationError ?? "",
    via: mode === "subject" ? "SubjectAccessReview" : "SelfSubjectAccessReview"
  };
}

// node_modules/ws/wrapper.mjs
var import_stream = __toESM(require_stream(), 1), import_extension = __toESM(require_extension(), 1), import_permessage_deflate = __toESM(require_permessage_deflate(), 1), import_receiver = __toESM(require_receiver(), 1), import_sender = __toESM(require_sender(), 1), import_subprotocol = __toESM(require_subprotocol(), 1), import_websocket = __toESM(require_websocket(), 1), import_websocket_server = __toESM(require_websocket_server(), 1);
var wrapper_default = import_websocket.default;

// src/live/exec/protocol.ts
var PROTOCOL_V5 = "v5.channel.k8s.io", PROTOCOL_V4 = "v4.channel.k8s.io", EXEC_PROTOCOLS = [PROTOCOL_V5, PROTOCOL_V4];
var STREAM_STDOUT = 1, STREAM_STDERR = 2, STREAM_ERROR = 3;
var NON_ZERO_EXIT_CODE_REASON = "NonZeroExitCode", EXIT_CODE_CAUSE_TYPE = "ExitCode";
function decodeFrame(msg) {
  if (msg.length !== 0)
    return { channel: msg[0], data: msg.subarray(1) };
}
function decodeExitStatus(payload) {
  let text = payload.toString(), status;
  try {
    status = JSON.parse(text);
  } catch {
    return { kind: "failure", message: `status channel protocol error: not JSON: ${text.slice(0, 200)}` };
  }
  if (status.status === "Success") return { kind: "exited", code: 0 };
  if (status.status === "Failure" && status.reason === NON_ZERO_EXIT_CODE_REASON) {
    let cause = status.details?.causes?.find((c) => c.reason === EXIT_CODE_CAUSE_TYPE), code = cause?.message !== void 0 ? Number.parseInt(cause.message, 10) : Number.NaN;
    return !Number.isInteger(code) || code < 0 || code > 255 ? { kind: "failure", message: `status channel protocol error: NonZeroExitCode without a valid ${EXIT_CODE_CAUSE_TYPE} cause` } : { kind: "exited", code };
  }
  return { kind: "failure", message: status.message || `status channel: ${text.slice(0, 200)}`, reason: status.reason };
}

// src/live/exec/ws-exec.ts
var ExecStreamError = class extends LiveError {
  upgraded = !0;
};
function execQuery(container, command) {
  if (command.length === 0) throw new LiveError("config", "exec needs a command");
  let q = new URLSearchParams();
  for (let arg of command) q.append("command", arg);
  if (container) {
    if (!isDns1123Label(container)) throw new LiveError("config", `container name ${JSON.stringify(container.slice(0, 80))} is not a valid DNS-1123 label: no request was sent`);
    q.set("container", container);
  }
  return q.set("stdout", "true"), q.set("stderr", "true"), q;
}
function execPath(target, command) {
  let q = execQuery(target.container, command);
  return apiPath([lit("api"), lit("v1"), lit("namespaces"), seg("namespace", target.namespace, "DNS-1123 label"), lit("pods"), seg("pod name", target.pod, "DNS-1123 subdomain"), lit("exec")], q);
}
function attachPath(target) {
  let q = new URLSearchParams();
  if (target.container) {
    if (!isDns1123Label(target.container)) throw new LiveError("config", `container name ${JSON.stringify(target.container.slice(0, 80))} is not a valid DNS-1123 label: no request was sent`);
    q.set("container", target.container);
  }
  return q.set("stdout", "true"), q.set("stderr", "true"), apiPath([lit("api"), lit("v1"), lit("namespaces"), seg("namespace", target.namespace, "DNS-1123 label"), lit("pods"), seg("pod name", target.pod, "DNS-1123 subdomain"), lit("attach")], q);
}
async function openAttach(conn, target, opts) {
  let what = `attach to pod ${target.namespace}/${target.pod}${target.container ? ` container ${target.container}` : ""}`, cred = await credentials(conn), path = attachPath(target);
  assertSafePath(path);
  let url = conn.server.replace(/^http/, "ws") + path;
  return new Promise((resolve3, reject) => {
    let settled = !1, ws = new wrapper_default(url, [...EXEC_PROTOCOLS], { headers: cred.headers, ...tlsOptions(conn, cred), handshakeTimeout: opts.timeoutMs, perMessageDeflate: !1, maxPayload: MAX_WS_MESSAGE_BYTES }), finish2 = (fn) => {
      settled || (settled = !0, clearTimeout(timer), fn());
    }, timer = setTimeout(() => {
      finish2(() => reject(new LiveError("timeout", `${what}: no upgrade within ${opts.timeoutMs} ms`, void 0, void 0, what))), ws.terminate();
    }, opts.timeoutMs);
    ws.on("open", () => {
      finish2(() => resolve3({ protocol: ws.protocol })), ws.close(1e3);
    }), ws.on("unexpected-response", (req, res) => {
      readBody(res).then((body) => {
        finish2(() => reject(fromHttpResponse(res.statusCode ?? 0, body, what))), req.destroy();
      });
    }), ws.on("error", (e) => {
      finish2(() => reject(e instanceof LiveError ? e : fromNetworkError(e, conn.server))), ws.terminate();
    });
  });
}
function execPlanPath(namespace, container, command, pod = "<each pod>") {
  return `${apiPath([lit("api"), lit("v1"), lit("namespaces"), seg("namespace", namespace, "DNS-1123 label"), lit("pods")])}/${encodeURIComponent(pod)}/exec?${execQuery(container, command).toString()}`;
}
var MAX_WS_MESSAGE_BYTES = 4 * 1024 * 1024;
function readBody(res, limit = 64 * 1024) {
  return new Promise((ok) => {
    let chunks = [], size = 0;
    res.on("data", (c) => {
      size < limit && chunks.push(c), size += c.length, size >= limit && (res.destroy(), ok(Buffer.concat(chunks).toString("utf8")));
    }), res.on("end", () => ok(Buffer.concat(chunks).toString("utf8"))), res.on("error", () => ok(Buffer.concat(chunks).toString("utf8")));
  });
}
async function execInPod(conn, target, command, opts) {
  try {
    return await execOnce(conn, target, command, opts);
  } catch (err) {
    if (!(err instanceof LiveError && err.kind === "unauthorized" && conn.exec && !conn.token)) throw err;
    return invalidateExecCredential(conn.exec, conn.server), execOnce(conn, target, command, opts);
  }
}
async function execOnce(conn, target, command, opts) {
  let what = `exec in pod ${target.namespace}/${target.pod}${target.container ? ` container ${target.container}` : ""}`, cred = await credentials(conn), path = execPath(target, command);
  assertSafePath(path);
  let url = conn.server.replace(/^http/, "ws") + path, max = opts.maxOutputBytes ?? 1 << 20;
  return new Promise((resolve3, reject) => {
    let settled = !1, out = [], err = [], sizes = { out: 0, err: 0 }, truncated = !1, status, opened = !1, ws = new wrapper_default(url, [...EXEC_PROTOCOLS], {
      headers: cred.headers,
      ...tlsOptions(conn, cred),
      handshakeTimeout: opts.timeoutMs,
      perMessageDeflate: !1,
      maxPayload: opts.maxMessageBytes ?? MAX_WS_MESSAGE_BYTES
    }), finish2 = (fn) => {
      settled || (settled = !0, clearTimeout(timer), fn());
    }, timer = setTimeout(() => {
      finish2(() => reject(new (opened ? ExecStreamError : LiveError)("timeout", `${what}: no exit status within ${opts.timeoutMs} ms; the command was cut off`, void 0, void 0, what))), ws.terminate();
    }, opts.timeoutMs);
    ws.on("unexpected-response", (req, res) => {
      readBody(res).then((body) => {
        finish2(() => reject(fromHttpResponse(res.statusCode ?? 0, body, what))), req.destroy();
      });
    }), ws.on("open", () => {
      opened = !0;
    }), ws.on("error", (e) => {
      let tooBig = e.code === "WS_ERR_UNSUPPORTED_MESSAGE_LENGTH";
      finish2(() => reject(tooBig ? new LiveError("protocol", `${what}: the API server sent a WebSocket message larger than ${opts.maxMessageBytes ?? MAX_WS_MESSAGE_BYTES} bytes; the connection was closed`, void 0, void 0, what) : e instanceof LiveError ? e : fromNetworkError(e, conn.server))), ws.terminate();
    }), ws.on("message", (data, isBinary) => {
      let frame = isBinary ? decodeFrame(data) : void 0;
      if (frame)
        if (frame.channel === STREAM_STDOUT || frame.channel === STREAM_STDERR) {
          let key = frame.channel === STREAM_STDOUT ? "out" : "err";
          sizes[key] + frame.data.length > max ? truncated = !0 : (key === "out" ? out : err).push(Buffer.from(frame.data)), sizes[key] += frame.data.length;
        } else frame.channel === STREAM_ERROR && (status = decodeExitStatus(frame.data));
    }), ws.on("close", (code, reason) => {
      finish2(() => {
        if (!status) {
          let why = reason.length ? reason.toString() : `close code ${code}`;
          reject(new (opened ? ExecStreamError : LiveError)("reset", `${what}: the connection closed before the exit status arrived (${why})`, void 0, void 0, what));
          return;
        }
        resolve3({ protocol: ws.protocol, stdout: Buffer.concat(out).toString("utf8"), stderr: Buffer.concat(err).toString("utf8"), status, truncated });
      });
    });
  });
}

// src/live/verify/verify.ts
import { relative, isAbsolute as isAbsolute3 } from "node:path";

// src/live/verify/grants.ts
function subjectKey(s) {
  return `${s.kind}:${s.namespace ?? ""}:${s.name}`;
}
function subjectLabel(s) {
  return principalLabel(s.kind === "ServiceAccount" ? { kind: s.kind, name: s.name, namespace: s.namespace ?? "default" } : { kind: s.kind, name: s.name });
}
function userOf(s) {
  return subjectIdentity(s).user;
}
function grantsFrom(objects) {
  let graph = new RbacGraph(objects), out = [];
  for (let b of graph.bindings)
    if (b.role)
      for (let { principal, index } of b.subjects) {
        let subject = principal.kind === "ServiceAccount" ? { kind: "ServiceAccount", name: principal.name, namespace: principal.namespace } : { kind: principal.kind, name: principal.name };
        for (let r of b.role.rules) {
          let src = r.source.object;
          out.push({
            subject,
            binding: b.object,
            subjectIndex: index,
            ruleSite: src ? { object: src, path: ["rules", r.index] } : { object: b.object, path: ["roleRef"] },
            roleLabel: (src ? roleLabel(src) : `built-in ClusterRole ${r.source.name}`) + (r.source !== b.role ? ` (aggregated into ClusterRole ${b.role.name})` : ""),
            ruleIndex: r.index,
            rule: r.rule,
            ...b.namespace ? { namespace: b.namespace } : {}
          });
        }
      }
  return out;
}
function grantsIn(grants, namespace) {
  return grants.filter((g) => g.namespace === void 0 || g.namespace === namespace);
}
function granted(grants, verb, group, resource, sub = "") {
  return grants.find((g) => grantsVerbOn(g.rule, verb, group, resource, sub));
}
function streamingGrants(grants) {
  return grants.filter((g) => STREAMING_SUBRESOURCES.some((sub) => ["get", "create"].some((v) => grantsVerbOn(g.rule, v, "", "pods", sub))));
}

// src/live/verify/findings.ts
function liveFinding(rule, messageId, site, data, severity = rule.meta.severity) {
  return objectFinding({
    code: rule.meta.code,
    rule: rule.meta.name,
    severity,
    messageId,
    message: format(rule.meta.messages[messageId], data),
    object: site.object,
    path: site.path,
    data: Object.fromEntries(Object.entries(data).map(([k, v]) => [k, String(v)]))
  });
}

// src/live/verify/live-rules.ts
var LIVE_RULES = [live_access_denied_default, live_access_not_in_manifests_default, live_probe_failed_default, live_capabilities_mismatch_default, live_drift_default, live_cluster_unreachable_default, live_exec_denied_default, live_not_verified_default, live_probe_no_target_default];

// src/live/verify/limit.ts
async function mapLimit(items, limit, fn) {
  let out = new Array(items.length), next = 0, worker = async () => {
    for (; next < items.length; ) {
      let i = next++;
      out[i] = await fn(items[i], i);
    }
  };
  return await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker)), out;
}

// src/live/verify/access-check.ts
var concrete = (list) => (list ?? []).filter((v) => v !== "*" && !v.startsWith("*/"));
function planAccess(grants) {
  let seen = /* @__PURE__ */ new Set(), out = [], add = (c) => {
    let key = `${subjectKey(c.subject)}|${JSON.stringify(c.attrs)}`;
    seen.has(key) || (seen.add(key), out.push(c));
  };
  for (let g of grants) {
    let names2 = g.rule.resourceNames?.length ? g.rule.resourceNames : [void 0];
    (g.rule.verbs ?? []).forEach((verb, vi) => {
      if (verb !== "*")
        for (let group of concrete(g.rule.apiGroups?.length ? g.rule.apiGroups : [""]))
          for (let res of concrete(g.rule.resources)) {
            let [resource, subresource] = res.split("/", 2);
            for (let name of names2) {
              let attrs = { verb, group, resource, ...subresource ? { subresource } : {}, ...g.namespace ? { namespace: g.namespace } : {}, ...name ? { name } : {} };
              add({ subject: g.subject, attrs, expect: "promised", site: { object: g.ruleSite.object, path: [...g.ruleSite.path, "verbs", vi] } });
            }
          }
    });
  }
  let bySubject = /* @__PURE__ */ new Map();
  for (let g of streamingGrants(grants)) bySubject.set(subjectKey(g.subject), [...bySubject.get(subjectKey(g.subject)) ?? [], g]);
  for (let list of bySubject.values()) {
    let subject = list[0].subject, mine = grants.filter((g) => subjectKey(g.subject) === subjectKey(subject)), scopes = /* @__PURE__ */ new Map();
    for (let g of list) {
      let ns = g.namespace ?? g.subject.namespace ?? "";
      scopes.has(ns) || scopes.set(ns, g);
    }
    for (let [ns, first] of scopes) {
      let here = ns ? grantsIn(mine, ns) : mine.filter((g) => g.namespace === void 0);
      for (let subresource of STREAMING_SUBRESOURCES)
        for (let verb of ["get", "create"])
          granted(here, verb, "", "pods", subresource) || add({
            subject,
            attrs: { verb, group: "", resource: "pods", subresource, ...ns ? { namespace: ns } : {} },
            expect: "unexpected",
            site: { object: first.binding, path: ["subjects", first.subjectIndex] }
          });
    }
  }
  return out;
}
async function runAccess(conn, checks, concurrency) {
  let mode = "subject";
  if (checks.length)
    try {
      await reviewAccess(conn, checks[0].subject, checks[0].attrs, "subject");
    } catch (err) {
      if (!(err instanceof LiveError && err.kind === "forbidden")) throw err;
      mode = "self-impersonated";
    }
  let answers = await mapLimit(
    checks,
    concurrency,
    (c) => c.subject.kind === "Group" && mode === "self-impersonated" ? Promise.resolve(void 0) : reviewAccess(conn, c.subject, c.attrs, mode)
  ), findings = [];
  return checks.forEach((c, i) => {
    let a = answers[i];
    if (!a) return;
    let data = { subject: subjectLabel(c.subject), action: describeAttributes(c.attrs), via: a.via + (a.reason ? `: ${a.reason}` : "") };
    if (c.expect === "promised" && !a.allowed && findings.push(liveFinding(live_access_denied_default, "denied", c.site, data)), c.expect === "unexpected" && a.allowed) {
      let resource = `${c.attrs.resource}${c.attrs.subresource ? ` --subresource=${c.attrs.subresource}` : ""}${c.attrs.namespace ? ` -n ${c.attrs.namespace}` : ""}`;
      findings.push(liveFinding(live_access_not_in_manifests_default, "unexpected", c.site, { ...data, verb: c.attrs.verb, resource, user: userOf(c.subject) ?? c.subject.name }));
    }
  }), { findings, asked: checks.length, mode };
}

// src/live/verify/targets.ts
function labelSelector(selector) {
  return selectorString(selector);
}
var WORKLOAD_KINDS = /* @__PURE__ */ new Set(["Pod", "Deployment", "DaemonSet", "StatefulSet", "ReplicaSet", "ReplicationController", "Job", "CronJob"]);
function templateLabels(obj, pod) {
  return (pod.metadata ?? (obj.kind === "Pod" ? obj.value.metadata : void 0))?.labels;
}
function workloadContainers(objects) {
  let out = [];
  for (let obj of objects) {
    if (!WORKLOAD_KINDS.has(obj.kind)) continue;
    let ns = obj.namespace ?? "default";
    for (let pod of podSpecs(obj)) {
      let labels = templateLabels(obj, pod), selector = (obj.kind === "Pod" || obj.kind === "CronJob" || obj.kind === "Job" ? void 0 : workloadSelector(obj.value)) ?? { matchLabels: { ...labels ?? {} } };
      for (let c of containers(pod))
        c.list === "containers" && out.push({ workload: obj, pod, container: c, namespace: ns, selector, ...obj.kind === "Pod" && obj.name ? { podName: obj.name } : {} });
    }
  }
  return out;
}
function exercisesMatch(t, exercises) {
  if (!exercises) return !1;
  if (exercises.hostNetwork && t.pod.spec.hostNetwork === !0) return !0;
  let sc = t.container.container.securityContext, added = new Set((sc?.capabilities?.add ?? []).map(normaliseCapability)), privileged = sc?.privileged === !0 || added.has("ALL");
  return (exercises.capabilities ?? []).some((cap) => privileged || added.has(normaliseCapability(cap)));
}
function probeTargets(all, probe) {
  let t = probe.target;
  if (!t) {
    let seen2 = /* @__PURE__ */ new Set();
    return all.filter((x) => seen2.has(x.pod) || !exercisesMatch(x, probe.exercises) ? !1 : (seen2.add(x.pod), !0));
  }
  let [kind, name] = t.workload ? t.workload.split("/", 2) : [], picked = [], seen = /* @__PURE__ */ new Set();
  for (let x of all) {
    if (seen.has(x.pod) || t.namespace && x.namespace !== t.namespace || kind && (x.workload.kind.toLowerCase() !== kind.toLowerCase() || x.workload.name !== name)) continue;
    let labels = templateLabels(x.workload, x.pod);
    t.selector && !matchesSelector(labels, { matchLabels: t.selector }) || t.labelSelector && !matchesSelector(labels, t.labelSelector) || t.container && x.container.name !== t.container || (seen.add(x.pod), picked.push(x));
  }
  return picked;
}
function describeTarget(probe) {
  let t = probe.target;
  if (!t) {
    let e = probe.exercises ?? {};
    return [e.hostNetwork ? "hostNetwork: true" : "", ...(e.capabilities ?? []).map((c) => `adds ${c}`)].filter(Boolean).join(", ");
  }
  return [
    t.workload ? `workload ${t.workload}` : "",
    t.namespace ? `namespace ${t.namespace}` : "",
    t.selector ? `labels ${selectorString({ matchLabels: t.selector })}` : "",
    t.labelSelector ? `selector ${selectorString(t.labelSelector)}` : "",
    t.container ? `container ${t.container}` : ""
  ].filter(Boolean).join(", ");
}
function execGrantsBySubject(grants, namespace) {
  let by = /* @__PURE__ */ new Map();
  for (let g of namespace === void 0 ? grants : grantsIn(grants, namespace)) {
    if (!["get", "create"].some((v) => grantsVerbOn(g.rule, v, "", "pods", "exec"))) continue;
    let key = subjectKey(g.subject);
    by.set(key, [...by.get(key) ?? [], g]);
  }
  return by;
}
function identitiesFor(grants, namespace, opts) {
  if (opts.as) return [{ label: `User ${opts.as} (--as)`, impersonate: { user: opts.as, groups: opts.asGroups ?? [] }, execGrants: [] }];
  let out = [];
  for (let list of execGrantsBySubject(grants, namespace).values()) {
    let user = userOf(list[0].subject);
    user && out.push({ label: subjectLabel(list[0].subject), impersonate: { user, groups: [] }, execGrants: list });
  }
  return out.length ? out : [{ label: "the current credentials", execGrants: [] }];
}
function planProbes(objects, grants, probes, opts) {
  let all = workloadContainers(objects), targets = [], unmatched = [];
  for (let probe of probes) {
    let picked = probeTargets(all, probe);
    picked.length || unmatched.push(probe);
    for (let t of picked) targets.push({ ...t, probe, identities: identitiesFor(grants, t.namespace, opts) });
  }
  return { targets, unmatched };
}

// src/live/verify/exec-access.ts
import { dirname as dirname2 } from "node:path";
var EXEC_PROOF_COMMAND = ["true"], STREAMS = ["exec", "attach"], APP_LABELS = ["app.kubernetes.io/name", "app.kubernetes.io/instance", "app.kubernetes.io/part-of", "app", "k8s-app", "name", "component"];
function names(t) {
  let labels = t.pod.metadata?.labels ?? {};
  return [t.workload.name ?? "", ...APP_LABELS.map((k) => labels[k] ?? "")].filter((n) => n.length >= 3);
}
var related = (a, b) => a.length >= 3 && b.length >= 3 && (a.includes(b) || b.includes(a));
function affinity(t, grants, resourceNames) {
  let score = 0, wname = t.workload.name ?? "";
  resourceNames?.some((r) => r === t.podName || wname && r.startsWith(`${wname}-`)) && (score += 8);
  let wdir = dirname2(t.workload.file.path), dirs = grants.flatMap((g) => [dirname2(g.ruleSite.object.file.path), dirname2(g.binding.file.path)]);
  dirs.includes(wdir) ? score += 4 : dirs.some((d) => d.startsWith(`${wdir}/`) || wdir.startsWith(`${d}/`)) && (score += 2);
  let grantNames = grants.flatMap((g) => [g.ruleSite.object.name ?? "", g.binding.name ?? "", g.subject.name]);
  return names(t).some((n) => grantNames.some((g) => related(n, g))) && (score += 1), score;
}
function preferred(cands, grants, resourceNames, first) {
  return cands.map((t, i) => ({ t, i, s: affinity(t, grants, resourceNames) + (first?.(t) ? 16 : 0) })).sort((a, b) => b.s - a.s || a.i - b.i).map((x) => x.t);
}
function streamGrantsBySubject(grants, sub, namespace) {
  let by = /* @__PURE__ */ new Map();
  for (let g of namespace === void 0 ? grants : grantsIn(grants, namespace)) {
    if (!["get", "create"].some((v) => grantsVerbOn(g.rule, v, "", "pods", sub))) continue;
    let key = subjectKey(g.subject);
    by.set(key, [...by.get(key) ?? [], g]);
  }
  return by;
}
var doing = (sub) => sub === "exec" ? "exec" : "attach";
function execSite(g) {
  return { object: g.ruleSite.object, path: [...g.ruleSite.path, "verbs"] };
}
function namesOf(grants) {
  if (!(!grants.length || grants.some((g) => !g.rule.resourceNames?.length)))
    return [...new Set(grants.flatMap((g) => g.rule.resourceNames ?? []))];
}
function planExecAccess(objects, grants) {
  let all = workloadContainers(objects), firstOfPod = all.filter((t, i) => all.findIndex((x) => x.pod === t.pod) === i), checks = [], unverifiable = [];
  for (let sub of STREAMS) for (let list of streamGrantsBySubject(grants, sub).values()) {
    let subject = list[0].subject, label = subjectLabel(subject), user = userOf(subject), mine = grants.filter((g) => subjectKey(g.subject) === subjectKey(subject));
    if (!user) {
      unverifiable.push({ what: `${doing(sub)} as ${label}`, why: "a Group cannot be impersonated without a user name, so only access reviews checked it", site: execSite(list[0]) });
      continue;
    }
    let namespaced = [...new Set(list.filter((g) => g.namespace !== void 0).map((g) => g.namespace))].sort(), clusterWide = list.filter((g) => g.namespace === void 0), scopes = namespaced.map((ns) => ({ ns, grants: streamGrantsBySubject(grantsIn(mine, ns), sub).get(subjectKey(subject)) ?? [] }));
    clusterWide.length && scopes.push({ grants: clusterWide });
    for (let scope of scopes) {
      let ordered = [...scope.grants].sort((a, b) => +(a.namespace === void 0) - +(b.namespace === void 0)), resourceNames = namesOf(ordered), identity = { label, impersonate: { user, groups: [] }, execGrants: ordered }, inScope = scope.ns === void 0 ? firstOfPod : firstOfPod.filter((t) => t.namespace === scope.ns), candidates = preferred(inScope, ordered, resourceNames, scope.ns === void 0 ? (t) => !namespaced.includes(t.namespace) : void 0), what = `${doing(sub)} as ${label} ${scope.ns ? `in namespace ${scope.ns}` : "in any namespace (cluster-wide grant)"}`, site = execSite(ordered[0]);
      if (!candidates.length) {
        unverifiable.push({ what, why: scope.ns ? `the manifests define no workload in namespace ${scope.ns} to exec into` : "the manifests define no workload to exec into", site });
        continue;
      }
      checks.push({ subresource: sub, subject, identity, ...scope.ns ? { namespace: scope.ns } : {}, subjectGrants: mine, candidates, ...resourceNames ? { resourceNames } : {}, site });
    }
  }
  return { checks, unverifiable };
}
function deniedVerb(message, sub = "exec") {
  return new RegExp(`cannot (\\w+) resource "pods/${sub}"`).exec(message)?.[1];
}
function serverMinor(gitVersion) {
  let m = /^v?(\d+)\.(\d+)/.exec(gitVersion ?? "");
  return m && m[1] === "1" ? Number(m[2]) : void 0;
}
async function nameVerbs(check, pod, err, opts) {
  let stated = deniedVerb(err.message, check.subresource);
  if (stated) return { verbs: [stated], how: "the API server names it" };
  let minor = serverMinor(opts.gitVersion), base = { verb: "", group: "", resource: "pods", subresource: check.subresource, namespace: pod.namespace, name: pod.name }, [get2, create] = await Promise.all(["get", "create"].map((verb) => opts.review(check.subject, { ...base, verb }))), denied = [get2 === !1 ? "get" : "", create === !1 ? "create" : ""].filter(Boolean), reviews = get2 === void 0 || create === void 0 ? "access reviews could not be made" : `access reviews: get ${get2 ? "allowed" : "denied"}, create ${create ? "allowed" : "denied"}`, v135 = minor !== void 0 && minor >= 35, server = `server ${opts.gitVersion ?? "version unknown"}`;
  if (denied.length) {
    let gate = denied.includes("create") && v135 ? `; from 1.35 the ${check.subresource} handler checks create on the WebSocket upgrade (AuthorizePodWebsocketUpgradeCreatePermission) and its 403 does not name the verb` : "";
    return { verbs: denied, how: `${server}, ${reviews}${gate}` };
  }
  return v135 ? { verbs: ["create"], how: `${server}: a 403 without a verb is the 1.35 create check on the WebSocket upgrade (AuthorizePodWebsocketUpgradeCreatePermission); ${reviews}` } : { verbs: ["get", "create"], how: `${server}, ${reviews}: the API server did not name the verb` };
}
async function runExecAccess(conn, plan, lister, opts) {
  let out = { proofs: [], refusals: [], unverified: [...plan.unverifiable] };
  return await mapLimit(plan.checks, opts.concurrency, async (check) => {
    let sub = check.subresource, what = `${doing(sub)} as ${check.identity.label} ${check.namespace ? `in namespace ${check.namespace}` : "in any namespace (cluster-wide grant)"}`, chosen, looked = [];
    for (let t2 of check.candidates) {
      let pods;
      try {
        pods = await lister.list(t2.namespace, t2.selector, t2.podName);
      } catch (err) {
        looked.push(`${objectLabel(t2.workload)}: ${err.message}`);
        continue;
      }
      if (check.resourceNames && (pods = pods.filter((p) => check.resourceNames.includes(p.name))), pods.length) {
        chosen = { t: t2, pod: pods[0] };
        break;
      }
      looked.push(`${objectLabel(t2.workload)} in ${t2.namespace}: no running, ready pod${check.resourceNames ? ` named ${check.resourceNames.join(" or ")}` : ""}`);
    }
    if (!chosen) {
      out.unverified.push({ what, why: `no pod to ${sub === "exec" ? "exec into" : "attach to"} (${looked.slice(0, 6).join("; ")}${looked.length > 6 ? `; ${looked.length - 6} more` : ""})`, site: check.site });
      return;
    }
    let { t, pod } = chosen, as = { ...conn, impersonate: check.identity.impersonate }, proof = (outcome) => {
      out.proofs.push({ subresource: sub, identity: check.identity.label, namespace: pod.namespace, pod: pod.name, outcome });
    };
    try {
      if (sub === "attach") {
        await openAttach(as, { namespace: pod.namespace, pod: pod.name, container: t.container.name }, { timeoutMs: opts.timeoutMs }), proof("attached read-only (101), closed at once");
        return;
      }
      let r = await execInPod(as, { namespace: pod.namespace, pod: pod.name, container: t.container.name }, EXEC_PROOF_COMMAND, { timeoutMs: opts.timeoutMs }), outcome = r.status.kind === "failure" ? `the session opened, then: ${r.status.message}` : r.status.code === 126 || r.status.code === 127 ? `exit ${r.status.code}: the image has no \`true\`, but the session opened, which is the proof` : `exit ${r.status.code}`;
      proof(outcome);
    } catch (err) {
      if (err instanceof ExecStreamError) {
        proof(`the session opened, then: ${err.message}`);
        return;
      }
      let e = err instanceof LiveError ? err : new LiveError("protocol", String(err));
      if (e.kind === "forbidden" && /cannot impersonate/.test(e.message)) {
        out.unverified.push({ what, why: `the verifier may not impersonate ${check.identity.label} (${e.message}); verify with credentials that may impersonate users and service accounts`, site: check.site });
        return;
      }
      if (e.kind !== "forbidden") {
        out.unverified.push({ what, why: `${doing(sub)} in pod ${pod.namespace}/${pod.name} failed before the upgrade: ${e.message}`, site: check.site });
        return;
      }
      let { verbs, how } = await nameVerbs(check, pod, e, opts);
      out.refusals.push({ check, pod, container: t.container.name, workload: t.workload, error: e, verbs, how, probes: [] });
    }
  }), out;
}
function refusalFinding(r) {
  let sub = r.check.subresource, lacking = [...grantsIn(r.check.subjectGrants, r.pod.namespace)].filter((g) => ["get", "create"].some((v) => grantsVerbOn(g.rule, v, "", "pods", sub))).sort((a, b) => +(a.namespace === void 0) - +(b.namespace === void 0)).filter((g) => r.verbs.some((v) => !grantsVerbOn(g.rule, v, "", "pods", sub))), site = r.check.site, fix;
  if (lacking.length) {
    let g = lacking[0];
    site = execSite(g);
    let add = r.verbs.filter((v) => !grantsVerbOn(g.rule, v, "", "pods", sub)), also = lacking.slice(1).map((x) => `rule ${x.ruleIndex} of ${x.roleLabel} (${where(x.ruleSite.object, [...x.ruleSite.path, "verbs"])})`);
    fix = `Fix: add ${add.map((v) => `"${v}"`).join(" and ")} to the verbs of rule ${g.ruleIndex} of ${g.roleLabel} (${where(site.object, site.path)})${also.length ? `, and to ${also.join(", ")}` : ""}: WebSocket ${sub} needs both get and create on pods/${sub}.`;
  } else
    fix = `The manifests grant ${r.verbs.map((v) => `"${v}"`).join(" and ")} on pods/${sub} here, but the cluster does not: apply the manifests, or find the older copy the cluster runs.`;
  return r.probes.length && (fix += ` Probes not run because of this: ${r.probes.join(", ")}.`), liveFinding(live_exec_denied_default, "denied", site, {
    stream: sub === "exec" ? "exec into" : "attach to",
    kind: sub,
    identity: r.check.identity.label,
    namespace: r.pod.namespace,
    pod: `pod ${r.pod.namespace}/${r.pod.name} (${objectLabel(r.workload)}, container ${r.container})`,
    error: r.error.message,
    verb: r.verbs.join('" and "'),
    how: r.how,
    fix
  });
}

// src/live/verify/probe-check.ts
function upgradeFix(job, err) {
  let verb = deniedVerb(err.message), { identity, target } = job;
  if (err.kind === "forbidden" && /cannot impersonate resource/.test(err.message))
    return {
      site: { object: target.workload, path: target.container.path },
      fix: `The verifier may not impersonate ${identity.label}, so the probes could not run as it: verify with credentials that may (impersonate on users/serviceaccounts), or pass --as.`
    };
  if (err.kind === "forbidden" && verb) {
    let promised = identity.execGrants.find((g) => grantsVerbOn(g.rule, verb, "", "pods", "exec"));
    if (promised) {
      let site = { object: promised.ruleSite.object, path: [...promised.ruleSite.path, "verbs"] }, at = locate(site.object, site.path);
      return {
        site,
        fix: `Rule ${promised.ruleIndex} of ${promised.roleLabel} (${site.object.file.path}:${at.start.line}) grants "${verb}" here, but the cluster does not: apply the manifests, or find the older copy the cluster runs.`
      };
    }
    let rule = identity.execGrants.find((g) => !grantsVerbOn(g.rule, verb, "", "pods", "exec"));
    if (rule) {
      let site = { object: rule.ruleSite.object, path: [...rule.ruleSite.path, "verbs"] }, at = locate(site.object, site.path), why = verb === "get" ? "WebSocket exec is an HTTP GET, authorized as get" : "Kubernetes 1.35+ also checks create on the WebSocket GET (AuthorizePodWebsocketUpgradeCreatePermission)";
      return {
        site,
        fix: `Fix: add "${verb}" to the verbs of rule ${rule.ruleIndex} of ${rule.roleLabel} (${site.object.file.path}:${at.start.line}): ${why}.`
      };
    }
    return { site: { object: target.workload, path: target.container.path }, fix: `Fix: grant "${verb}" (and "create") on pods/exec in namespace ${target.namespace} to ${identity.label}.` };
  }
  return { site: { object: target.workload, path: target.container.path }, fix: err.kind === "unauthorized" ? "Fix the credentials in the kubeconfig." : "" };
}
function outcomeOf(r, expected) {
  if (r.status.kind === "failure") return `failed: ${r.status.message}`;
  let out = r.stdout.trim().slice(0, 300), err = r.stderr.trim().slice(0, 300);
  if (r.status.code !== expected.exitCode) return `exited with ${r.status.code} (expected ${expected.exitCode})${err ? `: ${err}` : out ? `: ${out}` : ""}`;
  if (expected.stdout && !new RegExp(expected.stdout).test(r.stdout)) return `printed ${JSON.stringify(out)}, which does not match /${expected.stdout}/`;
}
function failureSite(t) {
  let caps = t.probe.exercises?.capabilities;
  return caps?.length ? { path: [...t.container.path, "securityContext", "capabilities"], fix: `This probe needs ${caps.join(", ")}: check that the container adds them and runs with them.` } : t.probe.exercises?.hostNetwork ? { path: [...t.pod.path, "hostNetwork"], fix: "This probe needs the node network (hostNetwork: true)." } : { path: t.container.path, fix: "Check the image has the tool and the probe target is right." };
}
var refusalKey = (identity, namespace) => `${identity}|${namespace}`;
async function runProbes(conn, targets, lister, opts) {
  let findings = [], unverified = [], perProbe = /* @__PURE__ */ new Map(), tally = (id) => {
    let t = perProbe.get(id);
    return t || perProbe.set(id, t = { runs: 0, passed: 0, failed: 0 }), t;
  }, jobs = [];
  for (let target of targets) {
    let pods;
    try {
      pods = (await lister.list(target.namespace, target.selector, target.podName)).slice(0, target.probe.target?.maxPods ?? opts.maxPods);
    } catch (err) {
      unverified.push({ what: `probe ${target.probe.id} in ${objectLabel(target.workload)}`, why: `its pods could not be listed: ${err.message}`, site: { object: target.workload, path: target.container.path } });
      continue;
    }
    if (pods.length === 0) {
      unverified.push({
        what: `probe ${target.probe.id} in ${objectLabel(target.workload)}`,
        why: `no running, ready pod matches ${labelSelector(target.selector) || target.podName || "(its pods)"} in namespace ${target.namespace}`,
        site: { object: target.workload, path: target.pod.metadataPath ?? target.pod.path }
      });
      continue;
    }
    for (let pod of pods)
      for (let identity of target.identities) {
        let refusal = opts.refused?.get(refusalKey(identity.label, pod.namespace));
        if (refusal) {
          refusal.probes.includes(target.probe.id) || refusal.probes.push(target.probe.id);
          let t = tally(target.probe.id);
          t.runs++, t.failed++;
          continue;
        }
        jobs.push({ target, pod, identity });
      }
  }
  let refused = /* @__PURE__ */ new Map(), execs = 0, passed = 0;
  await mapLimit(jobs, opts.concurrency, async (job) => {
    let { target, pod, identity } = job, t = tally(target.probe.id);
    t.runs++;
    let ok = await runJob(job);
    ok === "skipped" ? t.runs-- : ok ? (t.passed++, passed++) : t.failed++;
  });
  async function runJob(job) {
    let { target, pod, identity } = job, as = identity.impersonate ? { ...conn, impersonate: identity.impersonate } : conn, podLabel = `pod ${pod.namespace}/${pod.name}`;
    for (let command of target.probe.commands) {
      let key = `${identity.label}|${pod.namespace}/${pod.name}`, seen = refused.get(key);
      if (seen)
        return seen.probes.includes(target.probe.id) || seen.probes.push(target.probe.id), !1;
      execs++;
      let r;
      try {
        r = await execInPod(as, { namespace: pod.namespace, pod: pod.name, container: target.container.name }, command, { timeoutMs: target.probe.timeoutSeconds * 1e3 });
      } catch (err) {
        let e = err instanceof LiveError ? err : new LiveError("protocol", String(err)), prev = refused.get(key);
        return prev && !prev.probes.includes(target.probe.id) ? prev.probes.push(target.probe.id) : !prev && e.httpStatus !== void 0 ? refused.set(key, { job, err: e, probes: [target.probe.id] }) : prev || findings.push(liveFinding(live_probe_failed_default, "unreachable", { object: target.workload, path: target.container.path }, { probe: target.probe.id, pod: podLabel, error: e.message })), !1;
      }
      if (!target.probe.target && target.probe.builtin && r.status.kind === "exited" && r.status.code === 127)
        return unverified.push({
          what: `probe ${target.probe.id} in ${podLabel}`,
          why: `the image has no \`${command[0]}\` (exit ${r.status.code}); the built-in probes assume a diagnostic image, add a catalog (--probes) with the tools this one has`,
          site: { object: target.workload, path: target.container.path }
        }), "skipped";
      let outcome = outcomeOf(r, target.probe.expect);
      if (outcome) {
        let f = failureSite(target);
        return findings.push(liveFinding(live_probe_failed_default, "failed", { object: target.workload, path: f.path }, {
          probe: target.probe.id,
          pod: podLabel,
          identity: identity.label,
          command: command.join(" "),
          outcome,
          fix: f.fix
        })), !1;
      }
    }
    return !0;
  }
  let order = new Map(targets.map((t, i) => [t.probe.id, i]));
  for (let { job, err, probes } of refused.values()) {
    probes.sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
    let { site, fix } = upgradeFix(job, err);
    findings.push(liveFinding(live_probe_failed_default, "upgradeRefused", site, {
      probe: probes.join(", "),
      pod: `pod ${job.pod.namespace}/${job.pod.name}`,
      identity: job.identity.label,
      error: err.message,
      fix
    }));
  }
  return { findings, execs, passed, perProbe, unverified };
}

// src/live/caps/capabilities.ts
var CAPABILITY_BITS = [
  "CHOWN",
  "DAC_OVERRIDE",
  "DAC_READ_SEARCH",
  "FOWNER",
  "FSETID",
  "KILL",
  "SETGID",
  "SETUID",
  "SETPCAP",
  "LINUX_IMMUTABLE",
  "NET_BIND_SERVICE",
  "NET_BROADCAST",
  "NET_ADMIN",
  "NET_RAW",
  "IPC_LOCK",
  "IPC_OWNER",
  "SYS_MODULE",
  "SYS_RAWIO",
  "SYS_CHROOT",
  "SYS_PTRACE",
  "SYS_PACCT",
  "SYS_ADMIN",
  "SYS_BOOT",
  "SYS_NICE",
  "SYS_RESOURCE",
  "SYS_TIME",
  "SYS_TTY_CONFIG",
  "MKNOD",
  "LEASE",
  "AUDIT_WRITE",
  "AUDIT_CONTROL",
  "SETFCAP",
  "MAC_OVERRIDE",
  "MAC_ADMIN",
  "SYSLOG",
  "WAKE_ALARM",
  "BLOCK_SUSPEND",
  "AUDIT_READ",
  "PERFMON",
  "BPF",
  "CHECKPOINT_RESTORE"
], RUNTIME_DEFAULT_CAPABILITIES = [
  "CHOWN",
  "DAC_OVERRIDE",
  "FSETID",
  "FOWNER",
  "MKNOD",
  "NET_RAW",
  "SETGID",
  "SETUID",
  "SETFCAP",
  "SETPCAP",
  "NET_BIND_SERVICE",
  "SYS_CHROOT",
  "KILL",
  "AUDIT_WRITE"
];
function decodeCapMask(hex) {
  if (!/^[0-9a-fA-F]{1,16}$/.test(hex.trim())) throw new Error(`not a capability mask: "${hex}"`);
  let mask = BigInt(`0x${hex.trim()}`), names2 = [];
  for (let bit = 0; bit < 64; bit++)
    mask >> BigInt(bit) & 1n && names2.push(CAPABILITY_BITS[bit] ?? `CAP_${bit}`);
  return names2;
}
function parseProcStatus(text) {
  let field = (key) => {
    let m = new RegExp(`^${key}:\\s*([0-9a-fA-F]+)\\s*$`, "m").exec(text);
    if (!m) throw new Error(`/proc status has no ${key} line`);
    return decodeCapMask(m[1]);
  };
  return { inheritable: field("CapInh"), permitted: field("CapPrm"), effective: field("CapEff"), bounding: field("CapBnd"), ambient: field("CapAmb") };
}
function expectedCapabilities(decl) {
  if (decl.privileged) return { set: [...CAPABILITY_BITS], basis: "privileged" };
  let drop = new Set((decl.drop ?? []).map(normaliseCapability)), add = (decl.add ?? []).map(normaliseCapability), base = drop.has("ALL") ? [] : RUNTIME_DEFAULT_CAPABILITIES.filter((c) => !drop.has(c)), set = /* @__PURE__ */ new Set([...base, ...add.filter((c) => c !== "ALL")]);
  return add.includes("ALL") && CAPABILITY_BITS.forEach((c) => set.add(c)), { set: CAPABILITY_BITS.filter((c) => set.has(c)), basis: drop.has("ALL") ? "drop-all" : "runtime-default" };
}
function compareCapabilities(actual, expected) {
  let a = new Set(actual), e = new Set(expected);
  return { extra: actual.filter((c) => !e.has(c)), missing: expected.filter((c) => !a.has(c)) };
}

// src/live/verify/caps-check.ts
var PROC_STATUS_COMMAND = ["cat", "/proc/1/status"];
function promisesCapabilities(t) {
  let sc = t.container.container.securityContext;
  return sc?.privileged === !0 || (sc?.capabilities?.add?.length ?? 0) > 0;
}
function capabilityTargets(targets) {
  let seen = /* @__PURE__ */ new Map();
  for (let t of targets) seen.set(`${t.workload.file.path}#${t.workload.documentIndex}|${t.container.path.join(".")}`, t);
  return [...seen.values()];
}
async function runCapabilities(conn, targets, lister, opts) {
  let unverified = [], jobs = (await Promise.all(
    targets.map(async (t) => {
      let what = `capabilities of ${containerLabel(t.container)} of ${objectLabel(t.workload)}`;
      try {
        let pods = (await lister.list(t.namespace, t.selector, t.podName)).slice(0, opts.maxPods);
        return pods.length || unverified.push({ what, why: `no running, ready pod of it in namespace ${t.namespace}`, site: { object: t.workload, path: t.container.path } }), pods.map((pod) => ({ t, pod }));
      } catch (err) {
        return unverified.push({ what, why: `its pods could not be listed: ${err.message}`, site: { object: t.workload, path: t.container.path } }), [];
      }
    })
  )).flat(), findings = [], checked = 0;
  return await mapLimit(jobs, opts.concurrency, async ({ t, pod }) => {
    let sc = t.container.container.securityContext, declared = expectedCapabilities({ privileged: sc?.privileged === !0, add: sc?.capabilities?.add, drop: sc?.capabilities?.drop }), podLabel = `pod ${pod.namespace}/${pod.name}`, container = containerLabel(t.container), expected = declared.basis === "privileged" ? "all capabilities (privileged)" : declared.set.length ? declared.set.join(", ") : "no capabilities", actual;
    try {
      let r = await execInPod(conn, { namespace: pod.namespace, pod: pod.name, container: t.container.name }, PROC_STATUS_COMMAND, { timeoutMs: opts.timeoutMs });
      if (r.status.kind === "exited" && r.status.code === 127) {
        unverified.push({ what: `capabilities of ${container} in ${podLabel}`, why: `the image has no \`cat\` (exit ${r.status.code}), so /proc/1/status could not be read`, site: { object: t.workload, path: t.container.path } });
        return;
      }
      if (r.status.kind !== "exited" || r.status.code !== 0) throw new LiveError("protocol", `cat /proc/1/status ${r.status.kind === "exited" ? `exited with ${r.status.code}` : r.status.message}: ${r.stderr.trim()}`);
      actual = parseProcStatus(r.stdout).bounding;
    } catch (err) {
      findings.push(liveFinding(live_capabilities_mismatch_default, "unreadable", { object: t.workload, path: t.container.path }, { container, pod: podLabel, error: err.message }));
      return;
    }
    checked++;
    let { extra, missing } = compareCapabilities(actual, declared.set), base = [...t.container.path, "securityContext"];
    if (extra.length) {
      let path = sc?.privileged !== void 0 ? [...base, "privileged"] : sc?.capabilities?.drop ? [...base, "capabilities", "drop"] : base, caps = extra.length > 12 ? `${extra.length} capabilities (${extra.slice(0, 6).join(", ")}, \u2026: privileged)` : extra.join(", "), severity = declared.basis === "runtime-default" ? "note" : "error";
      findings.push(liveFinding(live_capabilities_mismatch_default, "extra", { object: t.workload, path }, { container, pod: podLabel, caps, expected }, severity));
    }
    missing.length && findings.push(liveFinding(live_capabilities_mismatch_default, "missing", { object: t.workload, path: [...base, "capabilities", "add"] }, { container, pod: podLabel, caps: missing.join(", "), expected }));
  }), { findings, checked, unverified };
}

// src/live/verify/drift-check.ts
var PLURAL = {
  ClusterRole: "clusterroles",
  Role: "roles",
  ClusterRoleBinding: "clusterrolebindings",
  RoleBinding: "rolebindings",
  ServiceAccount: "serviceaccounts",
  Pod: "pods",
  DaemonSet: "daemonsets",
  Deployment: "deployments",
  StatefulSet: "statefulsets",
  ReplicaSet: "replicasets",
  Job: "jobs",
  CronJob: "cronjobs"
}, CLUSTER_SCOPED = /* @__PURE__ */ new Set(["ClusterRole", "ClusterRoleBinding"]), comparesKind = (kind) => kind in PLURAL;
function livePath(o) {
  let plural = PLURAL[o.kind];
  if (!plural || !o.name) return;
  let ns = CLUSTER_SCOPED.has(o.kind) ? [] : [lit("namespaces"), seg("namespace", o.namespace ?? "default", "DNS-1123 label")];
  return apiPath([...groupVersionSegments(o.apiVersion), ...ns, lit(plural), seg("name", o.name, nameSyntax(o.kind))]);
}
var sortedList = (v) => Array.isArray(v) ? v.map(String).sort() : [], canon = (v) => JSON.stringify(v, (_k, x) => x && typeof x == "object" && !Array.isArray(x) ? Object.fromEntries(Object.entries(x).sort(([a], [b]) => a.localeCompare(b))) : x);
function normRule(r) {
  let o = r ?? {};
  return canon({ apiGroups: sortedList(o.apiGroups), resources: sortedList(o.resources), verbs: sortedList(o.verbs), resourceNames: sortedList(o.resourceNames), nonResourceURLs: sortedList(o.nonResourceURLs) });
}
function compareRbac(o, live) {
  let diffs = [];
  if (o.kind === "Role" || o.kind === "ClusterRole") {
    let mine = Array.isArray(o.value.rules) ? o.value.rules : [], theirs = Array.isArray(live.rules) ? live.rules : [], max = Math.max(mine.length, theirs.length);
    for (let i = 0; i < max; i++) {
      let a = i < mine.length ? normRule(mine[i]) : "absent", b = i < theirs.length ? normRule(theirs[i]) : "absent";
      a !== b && diffs.push({ path: i < mine.length ? ["rules", i] : ["rules"], field: `rule ${i}`, live: b, declared: a });
    }
  } else {
    let ref = (v) => canon({ kind: v?.kind, name: v?.name });
    ref(o.value.roleRef) !== ref(live.roleRef) && diffs.push({ path: ["roleRef"], field: "roleRef", live: ref(live.roleRef), declared: ref(o.value.roleRef) });
    let subs = (v) => Array.isArray(v) ? v.map((s) => canon({ kind: s?.kind, name: s?.name, namespace: s?.namespace ?? (s?.kind === "ServiceAccount" ? o.namespace : void 0) })).sort() : [];
    canon(subs(o.value.subjects)) !== canon(subs(live.subjects)) && diffs.push({ path: ["subjects"], field: "subjects", live: subs(live.subjects).join(" "), declared: subs(o.value.subjects).join(" ") });
  }
  return diffs;
}
function comparePods(o, live) {
  let diffs = [], show = (v) => v === void 0 ? "unset" : JSON.stringify(v);
  for (let pod of podSpecs(o)) {
    let liveSpec = get(live, pod.path) ?? {};
    for (let f of ["hostNetwork", "hostPID", "hostIPC"]) {
      let a = pod.spec[f] === !0, b = liveSpec[f] === !0;
      a !== b && diffs.push({ path: [...pod.path, f], field: f, live: String(b), declared: String(a) });
    }
    let sa = (v) => typeof v == "string" && v ? v : "default";
    sa(pod.spec.serviceAccountName) !== sa(liveSpec.serviceAccountName) && diffs.push({ path: [...pod.path, "serviceAccountName"], field: "serviceAccountName", live: sa(liveSpec.serviceAccountName), declared: sa(pod.spec.serviceAccountName) });
    let liveContainers = /* @__PURE__ */ new Map();
    for (let list of ["initContainers", "containers"])
      for (let c of Array.isArray(liveSpec[list]) ? liveSpec[list] : []) liveContainers.set(`${list}/${String(c.name)}`, c);
    for (let c of containers(pod)) {
      if (c.list === "ephemeralContainers") continue;
      let lc = liveContainers.get(`${c.list}/${c.name}`);
      if (!lc) {
        diffs.push({ path: c.path, field: `${c.list} "${c.name}"`, live: "absent", declared: "present" });
        continue;
      }
      let a = c.container.securityContext ?? {}, b = lc.securityContext ?? {}, checks = [
        ["privileged", a.privileged === !0, b.privileged === !0],
        ["allowPrivilegeEscalation", a.allowPrivilegeEscalation, b.allowPrivilegeEscalation],
        ["runAsNonRoot", a.runAsNonRoot, b.runAsNonRoot],
        ["runAsUser", a.runAsUser, b.runAsUser],
        ["capabilities.add", sortedList(a.capabilities?.add), sortedList(b.capabilities?.add)],
        ["capabilities.drop", sortedList(a.capabilities?.drop), sortedList(b.capabilities?.drop)]
      ];
      for (let [field, mine, theirs] of checks)
        canon(mine) !== canon(theirs) && diffs.push({ path: [...c.path, "securityContext", ...field.split(".")], field: `container "${c.name}" securityContext.${field}`, live: show(theirs), declared: show(mine) });
    }
  }
  return diffs;
}
async function runDrift(conn, objects, concurrency) {
  let todo = objects.filter((o) => livePath(o) !== void 0), findings = [];
  return await mapLimit(todo, concurrency, async (o) => {
    let live;
    try {
      live = await requestJson(conn, { method: "GET", path: livePath(o), what: `get ${objectLabel(o)}` });
    } catch (err) {
      if (err instanceof LiveError && err.kind === "not-found") {
        findings.push(liveFinding(live_drift_default, "missing", { object: o, path: ["metadata", "name"] }, { object: objectLabel(o), error: err.message }));
        return;
      }
      throw err;
    }
    let diffs = o.kind.includes("Role") ? compareRbac(o, live) : comparePods(o, live);
    for (let d of diffs) findings.push(liveFinding(live_drift_default, "changed", { object: o, path: d.path }, { object: objectLabel(o), field: d.field, live: d.live, declared: d.declared }));
  }), { findings, compared: todo.length };
}

// src/live/verify/identity.ts
function firstProblem(o) {
  let id = checkObjectIdentity({ apiVersion: o.apiVersion, kind: o.kind, namespace: o.namespace, ...o.name ? { name: o.name } : {} });
  if (id) return { bad: id, path: id.field === "metadata.namespace" ? ["metadata", "namespace"] : id.field === "metadata.name" ? ["metadata", "name"] : [id.field] };
  for (let pod of podSpecs(o))
    for (let c of containers(pod)) {
      if (typeof c.container.name != "string") continue;
      let bad = checkSegment("container name", c.container.name, "DNS-1123 label");
      if (bad) return { bad, path: [...c.path, "name"] };
    }
}
function checkIdentities(objects, relevant) {
  let valid = [], findings = [];
  for (let o of objects) {
    let p = relevant(o) ? firstProblem(o) : void 0;
    if (!p) {
      valid.push(o);
      continue;
    }
    findings.push(liveFinding(live_drift_default, "invalidName", { object: o, path: p.path }, { object: objectLabel(o), problem: describeInvalid(p.bad) }, "error"));
  }
  return { valid, findings };
}

// src/live/verify/pods.ts
function isReady(p) {
  let cond = p.status?.conditions?.find((c) => c.type === "Ready");
  if (cond) return cond.status === "True";
  let cs = p.status?.containerStatuses ?? [];
  return cs.length > 0 && cs.every((c) => c.ready === !0);
}
var PodLister = class {
  constructor(conn) {
    this.conn = conn;
  }
  conn;
  cache = /* @__PURE__ */ new Map();
  /** Running pods (ready or not) matching the selector, sorted by name. */
  all(namespace, selector) {
    let sel = selectorString(selector), key = `${namespace}?${sel}`, hit = this.cache.get(key);
    if (!hit) {
      let path = apiPath([lit("api"), lit("v1"), lit("namespaces"), seg("namespace", namespace, "DNS-1123 label"), lit("pods")], sel ? new URLSearchParams({ labelSelector: sel }) : void 0);
      hit = requestJson(this.conn, { method: "GET", path, what: `list pods ${sel || "(all)"} in ${namespace}` }).then(
        (r) => (r.items ?? []).map((p) => ({ name: p.metadata?.name ?? "", namespace, phase: p.status?.phase, ready: isReady(p) })).filter((p) => isDns1123Subdomain(p.name) && p.phase === "Running").sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0)
      ), this.cache.set(key, hit);
    }
    return hit;
  }
  /** Running and ready pods (only `podName` when given). */
  async list(namespace, selector, podName) {
    return (await this.all(namespace, selector)).filter((p) => p.ready && (podName === void 0 || p.name === podName));
  }
};

// src/live/verify/verify.ts
function planVerify(objects, opts) {
  let grants = grantsFrom(objects), probes = planProbes(objects, grants, loadProbes(opts.probeFiles ?? []), { as: opts.asUser, asGroups: opts.asGroups });
  return {
    access: planAccess(grants),
    execAccess: planExecAccess(objects, grants),
    probes: probes.targets,
    unmatchedProbes: probes.unmatched,
    capabilities: capabilityTargets([...workloadContainers(objects).filter(promisesCapabilities), ...probes.targets]),
    drift: objects.filter((o) => livePath(o) !== void 0),
    noExec: opts.noExec === !0
  };
}
function describePlan(plan) {
  let lines = ["GET  /version"];
  for (let c of plan.access)
    lines.push(`POST /apis/authorization.k8s.io/v1/subjectaccessreviews   ${subjectLabel(c.subject)}: ${describeAttributes(c.attrs)} (${c.expect === "promised" ? "promised" : "not in the manifests"})`);
  let listed = /* @__PURE__ */ new Set();
  if (!plan.noExec)
    for (let c of plan.execAccess.checks) {
      let t = c.candidates[0];
      lines.push(`${c.subresource === "exec" ? `EXEC ${execPlanPath(t.namespace, t.container.name, EXEC_PROOF_COMMAND, "<a running, ready pod>")}` : `ATTACH /api/v1/namespaces/${t.namespace}/pods/<a running, ready pod>/attach?container=${t.container.name}&stdout=true&stderr=true`}   ${c.subresource} access as ${c.identity.label}${c.namespace ? ` in ${c.namespace}` : " (cluster-wide grant)"}, in ${objectLabel(t.workload)} or the next of ${c.candidates.length} workload(s)`);
    }
  for (let t of plan.noExec ? [] : [...plan.probes, ...plan.capabilities]) {
    let key = `${t.namespace}?${labelSelector(t.selector)}`;
    listed.has(key) || (listed.add(key), lines.push(`GET  /api/v1/namespaces/${t.namespace}/pods?labelSelector=${encodeURIComponent(labelSelector(t.selector))}`));
  }
  for (let t of plan.noExec ? [] : plan.probes)
    for (let cmd of t.probe.commands)
      for (let id of t.identities)
        lines.push(`EXEC ${execPlanPath(t.namespace, t.container.name, cmd)}   probe ${t.probe.id} as ${id.label}`);
  for (let t of plan.noExec ? [] : plan.capabilities)
    lines.push(`EXEC ${execPlanPath(t.namespace, t.container.name, PROC_STATUS_COMMAND)}   capabilities of ${objectLabel(t.workload)}`);
  for (let o of plan.drift) lines.push(`GET  ${livePath(o)}   drift of ${objectLabel(o)}`);
  return lines;
}
function clusterFinding(message, file) {
  return {
    code: live_cluster_unreachable_default.meta.code,
    rule: live_cluster_unreachable_default.meta.name,
    severity: live_cluster_unreachable_default.meta.severity,
    messageId: "failed",
    message,
    file,
    region: { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } },
    fingerprint: fingerprint([live_cluster_unreachable_default.meta.code, file, message])
  };
}
function finish(base, findings, plan, stats, unreachableFlag = !1) {
  findings.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.region.start.line - b.region.start.line || a.region.start.column - b.region.start.column || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0) || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0));
  let counts = { error: 0, warning: 0, note: 0 };
  for (let f of findings) counts[f.severity]++;
  return {
    ...base,
    findings,
    summary: { ...base.summary, findings: counts, suppressed: 0 },
    rules: LIVE_RULES.map((r) => describeRule(r)),
    justifications: [],
    plan,
    stats,
    verify: {
      ...stats.server ? { server: stats.server } : {},
      ...stats.serverVersion ? { serverVersion: stats.serverVersion } : {},
      accessReviews: stats.reviews,
      exec: plan.noExec ? "skipped (--no-exec)" : "opened",
      execAccess: { ...stats.execAccess },
      probes: { ...stats.probes },
      proofs: stats.proofs.map((p) => ({ ...p })),
      unverified: stats.unverified.map((u) => ({ ...u }))
    },
    ...unreachableFlag ? { unreachable: !0 } : {}
  };
}
async function verify(opts) {
  let loaded = loadObjects(opts, opts.config ?? defaults()), checked = checkIdentities(
    loaded.objects.filter((o) => !o.invalid),
    (o) => comparesKind(o.kind) || podSpecs(o).length > 0
  ), objects = checked.valid, pre = checked.findings, base = {
    findings: [],
    summary: { files: loaded.sources.size, documents: loaded.documents, objects: loaded.objects.length, skipped: loaded.skipped, nonKubernetes: loaded.nonKubernetes, nonKubernetesFiles: loaded.nonKubernetesFiles, objectsReported: loaded.objects.length, findings: { error: 0, warning: 0, note: 0 }, suppressed: 0 },
    sources: loaded.sources,
    rules: [],
    justifications: []
  }, plan = planVerify(objects, opts), stats = {
    reviews: 0,
    execs: 0,
    probesPassed: 0,
    capabilityChecks: 0,
    objectsCompared: 0,
    execAccess: { checks: plan.noExec ? 0 : plan.execAccess.checks.length, proven: 0, refused: 0 },
    proofs: [],
    probes: summariseProbes(plan, /* @__PURE__ */ new Map()),
    unverified: [],
    promises: 0,
    exercised: 0
  };
  if (opts.dryRun) return finish(base, [...pre, ...probeTargetFindings(plan, opts.cwd)], plan, stats);
  let conn;
  try {
    conn = opts.connection ?? resolveConnection({ ...opts, asUser: void 0, asGroups: void 0 });
  } catch (err) {
    if (!(err instanceof KubeconfigError)) throw err;
    return finish(base, [...pre, clusterFinding(`no usable kubeconfig: ${err.message}`, kubeconfigFiles(opts)[0] ?? "-")], plan, stats, !0);
  }
  stats.server = conn.server;
  let concurrency = opts.concurrency ?? 4, maxPods = opts.maxPods ?? 2, where2 = conn.origin.replace(/^.* in /, "") || "-", failed = (what, err) => {
    let msg = err instanceof LiveError || err instanceof Error ? err.message : String(err);
    return clusterFinding(`cannot verify against ${conn.server} (${conn.origin}): ${what}: ${msg}`, where2);
  }, findings = [...pre, ...probeTargetFindings(plan, opts.cwd)];
  try {
    let v = await requestJson(conn, { method: "GET", path: "/version", what: "get /version" });
    stats.serverVersion = v.gitVersion;
  } catch (err) {
    return finish(base, [...pre, failed("reaching the API server", err)], plan, stats, !0);
  }
  let mode;
  try {
    let a = await runAccess(conn, plan.access, concurrency);
    findings.push(...a.findings), stats.reviews = a.asked, mode = a.mode, stats.reviewMode = a.mode === "subject" ? "SubjectAccessReview" : "SelfSubjectAccessReview (impersonation)";
  } catch (err) {
    findings.push(failed("access reviews", err));
  }
  let lister = new PodLister(conn), timeoutMs = conn.timeoutMs, unverified = [], refused = /* @__PURE__ */ new Map(), refusals = [], perProbe = /* @__PURE__ */ new Map(), review = async (subject, attrs) => {
    for (let m of mode ? [mode] : ["subject", "self-impersonated"])
      try {
        return (await reviewAccess(conn, subject, attrs, m)).allowed;
      } catch {
      }
  }, phases = plan.noExec ? [] : [
    ["exec access", async () => {
      let e = await runExecAccess(conn, plan.execAccess, lister, { concurrency, timeoutMs, gitVersion: stats.serverVersion, review });
      stats.proofs = e.proofs, stats.execAccess.proven = e.proofs.length, stats.execAccess.refused = e.refusals.length, stats.execs += e.proofs.length + e.refusals.length, unverified.push(...e.unverified);
      for (let r of e.refusals) r.check.subresource === "exec" && refused.set(refusalKey(r.check.identity.label, r.pod.namespace), r);
      refusals.push(...e.refusals);
    }],
    ["exec probes", async () => {
      let p = await runProbes(conn, plan.probes, lister, { concurrency, maxPods, refused });
      findings.push(...p.findings), stats.execs += p.execs, stats.probesPassed = p.passed, unverified.push(...p.unverified);
      for (let [k, v] of p.perProbe) perProbe.set(k, v);
    }],
    ["capabilities", async () => {
      let c = await runCapabilities(conn, plan.capabilities, lister, { concurrency, maxPods, timeoutMs });
      findings.push(...c.findings), stats.capabilityChecks = c.checked, unverified.push(...c.unverified);
    }]
  ];
  phases.push(["drift", async () => {
    let d = await runDrift(conn, plan.drift, concurrency);
    findings.push(...d.findings), stats.objectsCompared = d.compared;
  }]);
  for (let [name, run] of phases)
    try {
      await run();
    } catch (err) {
      if (!(err instanceof LiveError)) throw err;
      findings.push(failed(name, err));
    }
  for (let r of refusals) findings.push(refusalFinding(r));
  stats.probes = summariseProbes(plan, perProbe), stats.unverified = unverified.map(({ what, why }) => ({ what, why }));
  for (let u of unverified) findings.push(liveFinding(live_not_verified_default, "skipped", u.site, { what: u.what, why: u.why }));
  if (!plan.noExec && (stats.promises = plan.execAccess.checks.length + plan.execAccess.unverifiable.length + plan.capabilities.length + new Set(plan.probes.map((t) => t.probe.id)).size, stats.exercised = stats.execAccess.proven + stats.execAccess.refused + stats.capabilityChecks + stats.probes.ran, stats.promises > 0 && stats.exercised === 0 && unverified.length)) {
    let list = unverified.slice(0, 8).map((u) => `${u.what} (${u.why})`).join("; ") + (unverified.length > 8 ? `; and ${unverified.length - 8} more` : "");
    findings.push(liveFinding(live_not_verified_default, "nothing", unverified[0].site, { count: stats.promises, list }, "error"));
  }
  return finish(base, findings, plan, stats);
}
function summariseProbes(plan, perProbe) {
  let withTargets = new Set(plan.probes.map((t) => t.probe.id)), ran = 0, passed = 0, failedCount = 0;
  for (let id of withTargets) {
    let t = perProbe.get(id);
    !t || t.runs === 0 || (ran++, t.failed ? failedCount++ : passed++);
  }
  return { total: withTargets.size + plan.unmatchedProbes.length, ran, matchedNothing: plan.unmatchedProbes.length, passed, failed: failedCount, notRun: withTargets.size - ran };
}
function probeTargetFindings(plan, cwd) {
  return plan.unmatchedProbes.filter((p) => !p.builtin).map((p) => {
    let rel = cwd ? relative(cwd, p.source) : p.source, file = rel && !rel.startsWith("..") && !isAbsolute3(rel) ? rel : p.source, message = format(live_probe_no_target_default.meta.messages.noTarget, { probe: p.id, target: describeTarget(p) || "no target" });
    return {
      code: live_probe_no_target_default.meta.code,
      rule: live_probe_no_target_default.meta.name,
      severity: live_probe_no_target_default.meta.severity,
      messageId: "noTarget",
      message,
      file,
      region: { start: { line: p.line, column: p.column }, end: { line: p.line, column: p.column } },
      fingerprint: fingerprint([live_probe_no_target_default.meta.code, file, p.id]),
      data: { probe: p.id }
    };
  });
}
export {
  describePlan,
  planVerify,
  verify
};
