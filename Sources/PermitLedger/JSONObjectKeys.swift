import Foundation

/// The member names of a top-level JSON object, in order and with repeats,
/// which `JSONDecoder` cannot tell: it silently keeps one value of a repeated
/// key (the first), where Go keeps the last, so one file could verify here
/// and fail there.
enum JSONObjectKeys {
    /// The names as decoded (escapes resolved, so `"a"` and `"\u0061"` are
    /// one name), or nil if `json` is not an object.
    /// - Precondition: `json` is valid JSON; values are skipped, not checked.
    static func topLevel(of json: Data) -> [String]? {
        var scanner = Scanner(bytes: Array(json))
        scanner.skipWhitespace()
        guard scanner.take(UInt8(ascii: "{")) else { return nil }
        var names: [String] = []
        scanner.skipWhitespace()
        if scanner.take(UInt8(ascii: "}")) { return names }
        repeat {
            scanner.skipWhitespace()
            let token = scanner.stringToken()
            guard let name = try? JSONDecoder().decode(String.self, from: Data(token)) else { return nil }
            names.append(name)
            scanner.skipWhitespace()
            _ = scanner.take(UInt8(ascii: ":"))
            scanner.skipValue()
            scanner.skipWhitespace()
        } while scanner.take(UInt8(ascii: ","))
        return names
    }

    private struct Scanner {
        let bytes: [UInt8]
        var position = 0

        mutating func take(_ byte: UInt8) -> Bool {
            guard position < bytes.count, bytes[position] == byte else { return false }
            position += 1
            return true
        }

        mutating func skipWhitespace() {
            while position < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[position]) { position += 1 }
        }

        /// A string with its quotes, starting at its opening quote.
        mutating func stringToken() -> ArraySlice<UInt8> {
            let start = position
            position += 1
            while position < bytes.count, bytes[position] != UInt8(ascii: "\"") {
                position += bytes[position] == UInt8(ascii: "\\") ? 2 : 1
            }
            position = min(position + 1, bytes.count)
            return bytes[start..<position]
        }

        /// Skips one value, nested ones whole: only brackets and strings
        /// matter, since the input is known to be valid.
        mutating func skipValue() {
            skipWhitespace()
            var depth = 0
            while position < bytes.count {
                switch bytes[position] {
                case UInt8(ascii: "\""):
                    _ = stringToken()
                    if depth == 0 { return }
                    continue
                case UInt8(ascii: "{"), UInt8(ascii: "["):
                    depth += 1
                case UInt8(ascii: "}"), UInt8(ascii: "]"):
                    if depth == 0 { return }
                    depth -= 1
                    if depth == 0 {
                        position += 1
                        return
                    }
                case UInt8(ascii: ","):
                    if depth == 0 { return }
                default:
                    break
                }
                position += 1
            }
        }
    }
}
